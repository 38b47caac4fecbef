/**
 * What the shipped reader costs a phone-speed browser while it loads, in Chromium with the CPU
 * slowed 4× (DevTools' "mid-tier mobile"): the longest main-thread task, the total blocking
 * time (the part of each task over 50 ms, from load start to 2 s after load), the elements in
 * the page, the JavaScript heap once it has settled, with and without JavaScript, and the
 * JavaScript the page loaded (every script response, its bytes and its gzip); and the
 * longest task again with reading preferences remembered that rewrite every syllable.
 * Then an imported text of `characters` (the seed's paragraphs repeated), opened at /text as a
 * reader opens it again: when its first paragraph is on screen, the longest task while the
 * rest is drawn, and the longest task and frame while it is scrolled from top to bottom.
 * Measures, asserts nothing.
 *
 *   npm run build && npx vite preview --port 4173 &   # then:
 *   npm run bench:reader -- [base URL, default http://localhost:4173] [rounds, default 3] [characters, default 190000; 0: no imported text]
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { launchChromium, recordLongTasks } from './browser.ts';

const base = process.argv[2] ?? 'http://localhost:4173';
const rounds = Number(process.argv[3] ?? 3);
const characters = Number(process.argv[4] ?? 190_000);
const PATH = '/read/certification-conference-2013';
const SLOWDOWN = 4;

interface Load {
	longest: number;
	blocking: number;
	tasks: number;
	elements: number;
	heapMB: number;
	scripts: number;
	scriptBytes: number;
	scriptGzip: number;
}

/** Reading preferences remembered from an earlier visit (localStorage `duizhao:{name}`). */
type Remembered = Record<string, string>;
/** Every syllable rewritten before the first paint: tone numbers, no tone changes, full tones. */
const REWRITTEN: Remembered = { tones: 'numbers', sandhi: 'off', neutral: 'off' };

async function load(
	browser: Browser,
	javaScript: boolean,
	remembered: Remembered = {}
): Promise<Load> {
	const context = await browser.newContext({ javaScriptEnabled: javaScript });
	await context.addInitScript((stored: Remembered) => {
		for (const [name, value] of Object.entries(stored))
			localStorage.setItem(`duizhao:${name}`, value);
	}, remembered);
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
	await cdp.send('Performance.enable');
	// Long tasks from the first script on; with JavaScript off there are none to see.
	await recordLongTasks(page);
	const scripts: Buffer[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') {
			void response.body().then((body) => scripts.push(body));
		}
	});
	await page.goto(base + PATH, { waitUntil: 'load' });
	await page.waitForTimeout(2000);
	const tasks = javaScript
		? await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
		: [];
	await cdp.send('HeapProfiler.collectGarbage');
	const { metrics } = await cdp.send('Performance.getMetrics');
	const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
	const elements = await cdp.send('Runtime.evaluate', {
		expression: 'document.getElementsByTagName("*").length',
		returnByValue: true
	});
	await context.close();
	return {
		longest: Math.max(0, ...tasks),
		blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
		tasks: tasks.length,
		elements: Number(elements.result.value),
		heapMB: heap / 2 ** 20,
		scripts: scripts.length,
		scriptBytes: scripts.reduce((sum, body) => sum + body.length, 0),
		scriptGzip: scripts.reduce((sum, body) => sum + gzipSync(body).length, 0)
	};
}

const browser = await launchChromium();
const best = (xs: Load[], key: keyof Load) => Math.min(...xs.map((x) => x[key]));
const withJs: Load[] = [];
const withoutJs: Load[] = [];
const rewritten: Load[] = [];
for (let round = 0; round < rounds; round++) {
	withJs.push(await load(browser, true));
	withoutJs.push(await load(browser, false));
	rewritten.push(await load(browser, true, REWRITTEN));
}
await browser.close();

const fmt = (n: number) => n.toFixed(0);
console.log(`${PATH} at ${SLOWDOWN}× CPU slowdown, best of ${rounds}:`);
console.log(
	`  longest task ${fmt(best(withJs, 'longest'))} ms; total blocking time ${fmt(best(withJs, 'blocking'))} ms; ` +
		`long tasks ${best(withJs, 'tasks')}`
);
console.log(
	`  elements ${best(withJs, 'elements')}; JavaScript heap ${best(withJs, 'heapMB').toFixed(2)} MB ` +
		`(${best(withoutJs, 'heapMB').toFixed(2)} MB with JavaScript off, ` +
		`${(best(withJs, 'heapMB') / best(withoutJs, 'heapMB')).toFixed(1)}×)`
);
console.log(
	`  with tone numbers, no tone changes and full tones remembered (every syllable rewritten ` +
		`before the first paint): longest task ${fmt(best(rewritten, 'longest'))} ms; ` +
		`total blocking time ${fmt(best(rewritten, 'blocking'))} ms`
);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
	`  JavaScript loaded: ${best(withJs, 'scripts')} files, ${kb(best(withJs, 'scriptBytes'))} ` +
		`(${kb(best(withJs, 'scriptGzip'))} gzip)`
);
if (characters === 0) process.exit(0);

// --- An imported text, drawn a few paragraphs at a time.
const seed = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8')
	.split('\n')
	.filter((l) => /\p{Script=Han}/u.test(l))
	.slice(1);
const paragraphs: string[] = [];
for (let i = 0, n = 0; n < characters; i++) {
	const p = seed[i % seed.length] ?? '';
	paragraphs.push(p);
	n += p.length;
}

/** Long tasks since the last call (longest, ms). */
const longest = (page: Page) =>
	page.evaluate(() =>
		Math.round(Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks.splice(0)))
	);

const imported = await launchChromium();
const context = await imported.newContext();
const importPage = await context.newPage();
await importPage.goto(`${base}/import`);
await importPage.getByLabel('Chinese text').fill(paragraphs.join('\n\n'));
await importPage.getByRole('button', { name: 'Read this text' }).click();
await importPage.waitForURL(/\/text\?id=/, { timeout: 300_000 });
const url = importPage.url();
await importPage.close();

const reader = await context.newPage();
await recordLongTasks(reader);
await reader.goto(url);
await reader.locator('.row').first().waitFor({ timeout: 60_000 });
const first = await reader.evaluate(() => Math.round(performance.now()));
await reader.waitForFunction(
	(n) => document.querySelectorAll('.row').length >= n,
	paragraphs.length,
	{
		timeout: 300_000,
		polling: 100
	}
);
const all = await reader.evaluate(() => Math.round(performance.now()));
const drawing = await longest(reader);
const frames = await reader.evaluate(async () => {
	const gaps: number[] = [];
	let last = performance.now();
	while (scrollY + innerHeight < document.documentElement.scrollHeight - 1) {
		scrollBy(0, innerHeight * 0.8);
		await new Promise(requestAnimationFrame);
		const now = performance.now();
		gaps.push(now - last);
		last = now;
	}
	gaps.sort((a, b) => a - b);
	return {
		count: gaps.length,
		worst: Math.round(gaps.at(-1) ?? 0),
		p95: Math.round(gaps[Math.floor(gaps.length * 0.95)] ?? 0)
	};
});
const scrolling = await longest(reader);
await imported.close();
console.log(
	`imported text, ${paragraphs.join('').length} characters in ${paragraphs.length} paragraphs, opened at /text (no slowdown):`
);
console.log(
	`  first paragraph on screen ${first} ms after navigation; all drawn after ${all} ms, longest task meanwhile ${drawing} ms`
);
console.log(
	`  scrolled top to bottom in ${frames.count} steps: frame interval worst ${frames.worst} ms, 95th percentile ${frames.p95} ms; longest task ${scrolling} ms`
);
