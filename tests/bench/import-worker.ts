/**
 * The import page's annotation Worker, in Chromium: the bytes it fetches, how long it takes to
 * load its data and to annotate 10,000 characters once loaded, and the longest main-thread
 * task (PerformanceObserver 'longtask', tasks over 50 ms) while it works, and while the
 * result is stored and shown. Measures, asserts nothing.
 *
 *   npm run build && npx vite preview --port 4173 &   # then:
 *   node tests/bench/import-worker.ts [base URL, default http://localhost:4173] [characters, default 10000]
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { launchChromium, recordLongTasks } from './browser.ts';

const base = process.argv[2] ?? 'http://localhost:4173';
const size = Number(process.argv[3] ?? 10_000);
const seed = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8')
	.split('\n')
	.filter((l) => /\p{Script=Han}/u.test(l))
	.slice(1);

/** About `n` characters of the seed's paragraphs, repeated. */
function text(n: number): string {
	const out: string[] = [];
	let length = 0;
	for (let i = 0; length < n; i++) {
		const p = seed[i % seed.length] ?? '';
		out.push(p);
		length += p.length;
	}
	return out.join('\n\n');
}

/** Long tasks since the last call: [longest ms, count]. */
async function longTasks(page: Page): Promise<[number, number]> {
	return page.evaluate(() => {
		const w = window as unknown as { longTasks: number[] };
		const tasks = w.longTasks.splice(0);
		return [Math.round(Math.max(0, ...tasks)), tasks.length] as [number, number];
	});
}

const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
let bytes = 0;
page.on('response', async (r) => {
	if (/\/(dictionary|annotator)\/|annotate\.worker/.test(r.url()))
		bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
});
await recordLongTasks(page);
await page.goto(`${base}/import`);
for (const round of ['first (loads the data)', 'second (data loaded)']) {
	const body = text(size);
	await page.getByLabel('Chinese text').fill(body);
	await page.getByRole('heading', { name: 'Pairing' }).waitFor();
	await page.waitForTimeout(500);
	await longTasks(page);
	const start = Date.now();
	await page.getByRole('button', { name: 'Read this text' }).click();
	// While the Worker works: until it has posted its last paragraphs.
	await page.waitForFunction(
		() => performance.getEntriesByName('duizhao:annotated').length > 0,
		null,
		{
			timeout: 300_000,
			polling: 50
		}
	);
	const working = await longTasks(page);
	const workerMs = Date.now() - start;
	await page.waitForURL(/\/text\?id=/, { timeout: 300_000 });
	await page.locator('.row').first().waitFor();
	const shownMs = Date.now() - start;
	const showing = await longTasks(page);
	const detail = await page.evaluate(() => {
		const marks = performance.getEntriesByName('duizhao:annotated') as PerformanceMark[];
		performance.clearMarks('duizhao:annotated');
		return marks[0]?.detail as { loadMs: number; annotateMs: number };
	});
	console.log(
		`${round}: ${body.length} characters; Worker: load ${Math.round(detail.loadMs)} ms, annotate ${Math.round(detail.annotateMs)} ms; ` +
			`click to last paragraph ${workerMs} ms, longest main-thread task ${working[0]} ms (${working[1]} over 50 ms); ` +
			`stored and shown after ${shownMs} ms, longest task then ${showing[0]} ms (${showing[1]})`
	);
	await page.getByRole('link', { name: 'Read another text' }).click();
	await page.getByLabel('Chinese text').waitFor();
}
console.log(
	`fetched for the Worker: ${(bytes / 1e6).toFixed(2)} MB (as sent, before any compression)`
);
await browser.close();
