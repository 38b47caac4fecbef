/**
 * The import page's annotation Worker, in Chromium: the bytes it fetches, how long it takes to
 * load its data and to annotate a text once loaded, and the main thread's long tasks
 * (PerformanceObserver 'longtask', tasks over 50 ms): while the pasted text is paired for the
 * report, between the click and the text handed to the Worker, while the Worker works, and
 * while the result is stored and shown. Measures, asserts nothing.
 *
 *   npm run build && npx vite preview --port 4173 &   # then:
 *   node tests/bench/import-worker.ts [base URL, default http://localhost:4173] [characters, default 10000]
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { launchChromium, recordLongTasks } from './browser.ts';

const base = process.argv[2] ?? 'http://localhost:4173';
const size = Number(process.argv[3] ?? 10_000);
if (!(size > 0)) throw new Error(`characters: a number, not ${process.argv[3]}`);
const seed = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8')
	.split('\n')
	.filter((l) => /\p{Script=Han}/u.test(l))
	.slice(1);

/** The seed's paragraphs, repeated, to at most `n` characters (blank lines included). */
function text(n: number): string {
	const out: string[] = [];
	let length = 0;
	for (let i = 0; ; i++) {
		const p = seed[i % seed.length] ?? '';
		if (length + p.length + 2 > n) break;
		out.push(p);
		length += p.length + 2;
	}
	return out.join('\n\n');
}

/**
 * Long tasks since the last call, as [longest ms, count], split by when they started: before
 * the first of `marks` (performance marks the page set), between it and the next, and so on.
 */
async function longTasks(page: Page, marks: string[] = []): Promise<[number, number][]> {
	return page.evaluate((names) => {
		const w = window as unknown as { longTasks: { start: number; duration: number }[] };
		const tasks = w.longTasks.splice(0);
		const at = names.map((n) => performance.getEntriesByName(n)[0]?.startTime ?? Infinity);
		const bounds = [-Infinity, ...at, Infinity];
		return bounds.slice(1).map((end, k) => {
			const list = tasks.filter((t) => t.start >= (bounds[k] ?? -Infinity) && t.start < end);
			return [Math.round(Math.max(0, ...list.map((t) => t.duration))), list.length];
		});
	}, marks);
}

const show = ([ms, n]: [number, number]) => `${ms} ms (${n} over 50 ms)`;

const browser = await launchChromium();
const context = await browser.newContext();
const page = await context.newPage();
/** Bytes fetched (as sent, and gzipped as a static host sends them), by what they are for. */
const fetched = {
	'the import page’s JavaScript before the engine loads': { raw: 0, gz: 0, files: 0 },
	'the engine (the annotation Worker’s JavaScript)': { raw: 0, gz: 0, files: 0 },
	'the Worker’s data (/dictionary/, /annotator/)': { raw: 0, gz: 0, files: 0 }
};
const [pageJs, engineJs, data] = Object.values(fetched) as [
	(typeof fetched)[keyof typeof fetched],
	(typeof fetched)[keyof typeof fetched],
	(typeof fetched)[keyof typeof fetched]
];
let engineStarted = false;
const counted: Promise<void>[] = [];
page.on('response', (r) => {
	const url = r.url();
	const kind = /annotate\.worker/.test(url)
		? engineJs
		: /\/(dictionary|annotator)\//.test(url)
			? data
			: /\.js(\?|$)/.test(url) && !engineStarted
				? pageJs
				: null;
	if (!kind) return;
	// The file as built where it is here (Playwright's body of a Worker's text response is
	// not always its bytes), else the body.
	const file = `build${new URL(url).pathname}`;
	counted.push(
		(existsSync(file) ? Promise.resolve(readFileSync(file)) : r.body())
			.then((body) => {
				kind.raw += body.length;
				kind.gz += gzipSync(body).length;
				kind.files++;
			})
			.catch(() => undefined)
	);
});
await recordLongTasks(page, true);
await page.goto(`${base}/import`);
for (const round of ['first (loads the data)', 'second (data loaded)']) {
	const body = text(size);
	// Not what leaving the last page took.
	await page.waitForTimeout(1000);
	await longTasks(page);
	// The text set as a paste leaves it, not typed in through Playwright's fill (Chromium's
	// editing takes seconds over 200,000 characters: its cost, not the page's).
	await page.getByLabel('Chinese text').evaluate((box, value) => {
		(box as HTMLTextAreaElement).value = value;
		box.dispatchEvent(new Event('input', { bubbles: true }));
	}, body);
	await page.getByRole('heading', { name: 'Pairing' }).waitFor({ timeout: 120_000 });
	await page.waitForTimeout(500);
	const [pairing = [0, 0]] = await longTasks(page);
	// When the text's beginning first shows, while the rest is annotated.
	const clicked = await page.evaluate(() => {
		const w = window as unknown as { previewAt?: number };
		delete w.previewAt;
		const seen = new MutationObserver(() => {
			if (!document.querySelector('.preview .row')) return;
			w.previewAt = performance.now();
			seen.disconnect();
		});
		seen.observe(document.body, { childList: true, subtree: true });
		return performance.now();
	});
	const start = Date.now();
	engineStarted = true;
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
	const [toWorker = [0, 0], working = [0, 0], toStored = [0, 0]] = await longTasks(page, [
		'duizhao:posted',
		'duizhao:annotated'
	]);
	const workerMs = Date.now() - start;
	await page.waitForURL(/\/text\?id=/, { timeout: 300_000 });
	await page.locator('.row').first().waitFor();
	const shownMs = Date.now() - start;
	const [showing = [0, 0]] = await longTasks(page);
	const detail = await page.evaluate(() => {
		const marks = performance.getEntriesByName('duizhao:annotated') as PerformanceMark[];
		performance.clearMarks('duizhao:annotated');
		performance.clearMarks('duizhao:posted');
		return marks[0]?.detail as { loadMs: number; annotateMs: number };
	});
	const previewAt = await page.evaluate(
		() => (window as unknown as { previewAt?: number }).previewAt
	);
	const beginning =
		previewAt === undefined
			? 'not shown before the text was kept'
			: `${Math.round(previewAt - clicked - detail.loadMs)} ms after annotation started`;
	console.log(
		`${round}: ${body.length} characters; Worker: load ${Math.round(detail.loadMs)} ms, annotate ${Math.round(detail.annotateMs)} ms\n` +
			`  main thread, longest task: pairing the pasted text ${show(pairing)}; ` +
			`click to the Worker's start ${show(toWorker)}; while it works ${show(working)} ` +
			`(click to last paragraph ${workerMs} ms); storing ${show(toStored)}; ` +
			`showing ${show(showing)} (shown after ${shownMs} ms)\n` +
			`  the text's beginning on screen ${beginning}`
	);
	await page.getByRole('link', { name: 'Read another text' }).click();
	await page.getByLabel('Chinese text').waitFor();
}
await Promise.all(counted);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const [what, { raw, gz, files }] of Object.entries(fetched))
	console.log(`fetched, ${what}: ${files} files, ${kb(raw)} (${kb(gz)} gzip)`);
await browser.close();
