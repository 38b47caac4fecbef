/**
 * How /vocabulary copes with 25,000 saved words, in Chromium: the time until it shows them,
 * and the longest main-thread task (PerformanceObserver 'longtask', tasks over 50 ms) while
 * it loads them and while it imports a 25,000-word backup. Measures, asserts nothing.
 *
 *   npm run build && npx vite preview --port 4173 &   # then:
 *   node tests/bench/vocabulary-25k.ts [base URL, default http://localhost:4173] [rounds, default 3]
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { launchChromium, recordLongTasks } from './browser.ts';
import { toBackup } from '../../src/lib/vocabulary/export.ts';
import type { SavedWord } from '../../src/lib/vocabulary/word.ts';

const base = process.argv[2] ?? 'http://localhost:4173';
const rounds = Number(process.argv[3] ?? 3);
const COUNT = 25_000;
const syllables = ['zhōng', 'guó', 'rén', 'mín', 'fā', 'zhǎn', 'kě', 'néng', 'lǜ', 'shì', 'xué'];

function words(): SavedWord[] {
	return Array.from({ length: COUNT }, (_, i) => {
		const hanzi = `词${i}`;
		const pinyin = `${syllables[i % 11]} ${syllables[(i * 7) % 11]}`;
		return {
			id: `${hanzi}|${pinyin}`,
			hanzi,
			pinyin,
			definition: `definition number ${i}; another sense; a third one`,
			...(i % 7 ? { hsk: (i % 6) + 1 } : {}),
			source: {
				doc: 'certification-conference-2013',
				title: 'Certification and Accreditation Conference Held in Beijing',
				sentence: `p${1 + (i % 9)}s${1 + (i % 5)}`,
				zh: `认证认可是${hanzi}的重要组成部分，也是市场经济的基础性制度安排。`,
				en: 'Certification and accreditation are an important part of this, and a basic institution of the market economy.'
			},
			savedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()
		};
	});
}

/** Long tasks since the page loaded, or since the last call: [longest ms, count]. */
async function longTasks(page: Page): Promise<[number, number]> {
	return page.evaluate(() => {
		const w = window as unknown as { longTasks: number[] };
		const tasks = w.longTasks.splice(0);
		return [Math.max(0, ...tasks), tasks.length] as [number, number];
	});
}

const browser = await launchChromium();
const backup = toBackup(words(), '2026-01-02T00:00:00.000Z');
// From a file on disk: a buffer would be decoded in the page, a long task of the harness's own.
const file = join(mkdtempSync(join(tmpdir(), 'duizhao-bench-')), 'backup.json');
writeFileSync(file, backup);
console.log(`backup: ${COUNT} words, ${(backup.length / 1e6).toFixed(1)} MB of JSON`);
for (let round = 1; round <= rounds; round++) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await recordLongTasks(page);
	await page.goto(`${base}/vocabulary`);
	await page.getByText('No saved words yet.').waitFor();
	await longTasks(page);

	// Import: read the file a step at a time, write it 500 words a transaction.
	let start = Date.now();
	await page.getByLabel('Import a backup (JSON)').setInputFiles(file);
	await page.getByText(`Imported ${COUNT} new word(s)`).waitFor({ timeout: 300_000 });
	const importMs = Date.now() - start;
	const [importLongest, importCount] = await longTasks(page);

	// Show: a fresh load of the page with 25,000 words stored.
	start = Date.now();
	await page.reload();
	await page
		.locator('.count')
		.getByText(/25,?000/)
		.waitFor({ timeout: 300_000 });
	const showMs = Date.now() - start;
	const [showLongest, showCount] = await longTasks(page);
	const rows = await page.locator('table.vocab tbody tr').count();

	// Sorting all 25,000 by pinyin.
	start = Date.now();
	await page.getByLabel('Sort by').selectOption('pinyin', { timeout: 300_000 });
	await page.locator('table.vocab tbody tr').first().waitFor({ timeout: 300_000 });
	const sortMs = Date.now() - start;
	const [sortLongest] = await longTasks(page);

	console.log(
		`round ${round}: import ${importMs} ms (longest task ${importLongest.toFixed(0)} ms, ${importCount} over 50 ms); ` +
			`show ${showMs} ms, ${rows} rows (longest task ${showLongest.toFixed(0)} ms, ${showCount} over 50 ms); ` +
			`sort by pinyin ${sortMs} ms (longest task ${sortLongest.toFixed(0)} ms)`
	);
	await context.close();
}
await browser.close();
