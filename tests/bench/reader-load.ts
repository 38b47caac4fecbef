/**
 * What the shipped reader costs a phone-speed browser while it loads, in Chromium with the CPU
 * slowed 4× (DevTools' "mid-tier mobile"): the longest main-thread task, the total blocking
 * time (the part of each task over 50 ms, from load start to 2 s after load), the elements in
 * the page, and the JavaScript heap once it has settled, with and without JavaScript.
 * Measures, asserts nothing.
 *
 *   npm run build && npx vite preview --port 4173 &   # then:
 *   npm run bench:reader -- [base URL, default http://localhost:4173] [rounds, default 3]
 */
import type { Browser } from '@playwright/test';
import { launchChromium, recordLongTasks } from './browser.ts';

const base = process.argv[2] ?? 'http://localhost:4173';
const rounds = Number(process.argv[3] ?? 3);
const PATH = '/read/certification-conference-2013';
const SLOWDOWN = 4;

interface Load {
	longest: number;
	blocking: number;
	tasks: number;
	elements: number;
	heapMB: number;
}

async function load(browser: Browser, javaScript: boolean): Promise<Load> {
	const context = await browser.newContext({ javaScriptEnabled: javaScript });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOWDOWN });
	await cdp.send('Performance.enable');
	// Long tasks from the first script on; with JavaScript off there are none to see.
	await recordLongTasks(page);
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
		heapMB: heap / 2 ** 20
	};
}

const browser = await launchChromium();
const best = (xs: Load[], key: keyof Load) => Math.min(...xs.map((x) => x[key]));
const withJs: Load[] = [];
const withoutJs: Load[] = [];
for (let round = 0; round < rounds; round++) {
	withJs.push(await load(browser, true));
	withoutJs.push(await load(browser, false));
}
await browser.close();

const fmt = (n: number) => n.toFixed(0);
console.log(`${PATH} at ${SLOWDOWN}× CPU slowdown, best of ${rounds}:`);
console.log(
	`  longest task ${fmt(best(withJs, 'longest'))} ms; total blocking time ${fmt(best(withJs, 'blocking'))} ms; ` +
		`long tasks ${best(withJs, 'tasks')}`
);
console.log(
	`  elements ${best(withJs, 'elements')}; JavaScript heap ${best(withJs, 'heapMB').toFixed(1)} MB ` +
		`(${best(withoutJs, 'heapMB').toFixed(1)} MB with JavaScript off)`
);
