import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

/**
 * Where the lookup popover opens, measured on the page: for a sample of words and terms at
 * the top and the bottom of the screen, at the left and right edges of the text and at the
 * end of a line, on a phone (touch) and on a desktop, with the text at its usual and its
 * largest size (pinyin on). For each, the popover covers neither the word nor its pinyin,
 * lies inside the viewport without the page scrolling, and its Close button can be seen and
 * pressed there.
 */

const DOC = '/read/certification-conference-2013';
const SEED = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8');
const POPOVER = '#lookup-popover';

interface Rect {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

interface Opening {
	label: string;
	/** Where the word's top goes on the screen: near the top, the middle or the bottom. */
	at: 'top' | 'middle' | 'bottom';
}

const overlap = (a: Rect, b: Rect) =>
	a.left < b.right - 0.5 &&
	b.left < a.right - 0.5 &&
	a.top < b.bottom - 0.5 &&
	b.top < a.bottom - 0.5;

/**
 * Marks the words to open (data-probe="0", "1", …): the leftmost and rightmost of the text's
 * first screens, words at a line's end, a term, a term that wraps onto two lines if there is
 * one, and two words between. Returns their labels.
 */
async function markSample(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const items = [...document.querySelectorAll<HTMLElement>('.row .zh a.term, .row .zh ruby.w')]
			// Words inside a term are part of it: the term is what opens.
			.filter((el) => el.matches('a.term') || !el.closest('a.term'))
			.slice(0, 400);
		const box = (el: HTMLElement) => el.getBoundingClientRect();
		const picked = new Map<HTMLElement, string>();
		const pick = (el: HTMLElement | undefined, why: string) => {
			if (el && !picked.has(el)) picked.set(el, why);
		};
		const byLeft = [...items].sort((a, b) => box(a).left - box(b).left);
		const byRight = [...items].sort((a, b) => box(b).right - box(a).right);
		pick(byLeft[0], 'left edge');
		pick(byLeft[7], 'left edge (2)');
		pick(byRight[0], 'right edge');
		pick(byRight[5], 'right edge (2)');
		const lineEnds = items.filter((el, i) => {
			const next = items[i + 1];
			return next !== undefined && box(next).top > box(el).bottom;
		});
		pick(lineEnds[3], 'end of a line');
		pick(lineEnds[12], 'end of a line (2)');
		const terms = items.filter((el) => el.matches('a.term'));
		pick(terms[2], 'term');
		pick(
			terms.find((el) => el.getClientRects().length > 1),
			'term over two lines'
		);
		pick(items[30], 'word');
		pick(items[90], 'word (2)');
		return [...picked].map(([el, why], i) => {
			el.dataset.probe = String(i);
			return `${why} ${el.textContent?.replace(/[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü()\s]/g, '')}`;
		});
	});
}

/**
 * Scrolls so that the word's top is near the top (under the reading options bar), in the
 * middle or near the bottom. Paragraphs off screen are not laid out (content-visibility) and
 * have an estimated height until they are: the word is looked for again after each scroll, a
 * frame later, until it is where it was sent.
 */
async function scrollTo(page: Page, probe: string, at: Opening['at']): Promise<void> {
	for (let tries = 0; tries < 8; tries++) {
		const moved = await scrollOnce(page, probe, at);
		if (Math.abs(moved) < 2) return;
	}
}

/** One scroll towards where the word is wanted, a frame later: how far it scrolled. */
function scrollOnce(page: Page, probe: string, at: Opening['at']): Promise<number> {
	return page.evaluate(
		([probe, at]) => {
			const el = document.querySelector<HTMLElement>(`[data-probe="${probe}"]`);
			if (!el) return 0;
			const rects = [...el.getClientRects()];
			const top = Math.min(...rects.map((r) => r.top));
			const bottom = Math.max(...rects.map((r) => r.bottom));
			// The reading options bar stays at the top of the screen: the top is under it.
			const bar = document.querySelector<HTMLElement>('.reading-options')?.offsetHeight ?? 0;
			const want =
				at === 'top'
					? bar + 12
					: at === 'middle'
						? innerHeight / 2
						: innerHeight - (bottom - top) - 12;
			const before = scrollY;
			window.scrollBy(0, top - want);
			const moved = scrollY - before;
			return new Promise<number>((done) => requestAnimationFrame(() => done(moved)));
		},
		[probe, at] as const
	);
}

/** What is wrong with where the popover is, for the word marked `probe` (none: []). */
async function problems(page: Page, probe: string): Promise<string[]> {
	return page.evaluate((probe) => {
		const rect = (el: Element) => {
			const r = el.getBoundingClientRect();
			return { top: r.top, left: r.left, bottom: r.bottom, right: r.right };
		};
		const overlap = (a: Rect, b: Rect) =>
			a.left < b.right - 0.5 &&
			b.left < a.right - 0.5 &&
			a.top < b.bottom - 0.5 &&
			b.top < a.bottom - 0.5;
		type Rect = ReturnType<typeof rect>;
		const word = document.querySelector<HTMLElement>(`[data-probe="${probe}"]`);
		const popover = document.querySelector<HTMLElement>('#lookup-popover');
		const close = popover?.querySelector<HTMLElement>('button.close');
		if (!word || !popover || !close) return ['no word, popover or Close'];
		const p = rect(popover);
		const found: string[] = [];
		const show = (r: Rect) => `${Math.round(r.top)}–${Math.round(r.bottom)}`;
		for (const r of word.getClientRects())
			if (overlap(p, r)) found.push(`covers the word (${show(r)}; popover ${show(p)})`);
		for (const rt of word.querySelectorAll('rt')) {
			const r = rect(rt);
			if (r.bottom > r.top && overlap(p, r))
				found.push(`covers the pinyin ${rt.textContent} (${show(r)}; popover ${show(p)})`);
		}
		if (p.top < -0.5 || p.left < -0.5 || p.bottom > innerHeight + 0.5 || p.right > innerWidth + 0.5)
			found.push(
				`outside the viewport (${Math.round(p.left)},${Math.round(p.top)}–${Math.round(p.right)},${Math.round(p.bottom)} in ${innerWidth}×${innerHeight})`
			);
		const c = rect(close);
		const x = (c.left + c.right) / 2;
		const y = (c.top + c.bottom) / 2;
		if (c.top < 0 || c.bottom > innerHeight || c.left < 0 || c.right > innerWidth)
			found.push('Close is outside the viewport');
		else if (c.top < p.top || c.bottom > p.bottom) found.push('Close is scrolled out of sight');
		else if (!close.contains(document.elementFromPoint(x, y))) found.push('Close is covered');
		return found;
	}, probe);
}

/** Resolves once the popover's box has been the same for five frames running. */
async function settled(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((done) => {
				let last = '';
				let same = 0;
				const look = () => {
					const r = document.querySelector('#lookup-popover')?.getBoundingClientRect();
					const now = r ? `${r.top},${r.left},${r.width},${r.height}` : '';
					same = now === last ? same + 1 : 0;
					last = now;
					if (same >= 5) done();
					else requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
			})
	);
}

/** The seed document pasted into the import page, read as an imported text (/text). */
async function openImported(page: Page): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill(SEED);
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 60_000 });
	await expect(page.locator('.row').first()).toBeVisible();
}

async function openEach(page: Page, touch: boolean, imported = false): Promise<number> {
	// Some thirty openings, each waiting for its popover's content.
	test.setTimeout(imported ? 300_000 : 180_000);
	if (imported) await openImported(page);
	else await page.goto(DOC);
	await page.waitForLoadState('networkidle');
	const labels = await markSample(page);
	expect(labels.length).toBeGreaterThanOrEqual(8);
	const popover = page.locator(POPOVER);
	const openings: (Opening & { probe: string })[] = labels.flatMap((label, i) =>
		(['top', 'middle', 'bottom'] as const).map((at) => ({ label, at, probe: String(i) }))
	);
	const found: string[] = [];
	for (const { label, at, probe } of openings) {
		await scrollTo(page, probe, at);
		const word = page.locator(`[data-probe="${probe}"]`);
		const scrolled = await page.evaluate(() => scrollY);
		// The middle of its first line box, looked for over a few frames while the page settles
		// after the scroll.
		const first = await word.evaluate(
			(el) =>
				new Promise<{ x: number; y: number; hits: boolean; what: string }>((done) => {
					let tries = 0;
					const look = () => {
						const r = el.getClientRects()[0] ?? el.getBoundingClientRect();
						const x = r.left + r.width / 2;
						const y = r.top + r.height / 2;
						const hit = document.elementFromPoint(x, y);
						const hits = el.contains(hit);
						const what = hit
							? `${hit.tagName.toLowerCase()}.${[...hit.classList].join('.')}`
							: `nothing (${Math.round(x)},${Math.round(y)} in ${innerWidth}×${innerHeight})`;
						if (hits || ++tries >= 10) done({ x, y, hits, what });
						else requestAnimationFrame(look);
					};
					look();
				})
		);
		const where = `${label} at ${at}`;
		if (!first.hits) {
			found.push(`${where}: ${first.what} is over the word`);
			continue;
		}
		if (touch) await page.touchscreen.tap(first.x, first.y);
		else await page.mouse.click(first.x, first.y);
		await expect(popover, where).toBeVisible();
		await expect(popover).not.toContainText('Loading');
		// Placed once its content is drawn and fetched (an imported text's dictionary entries
		// come one by one): wait until it has stayed put for a few frames.
		await page.waitForLoadState('networkidle');
		await settled(page);
		const wrong = await problems(page, probe);
		if ((await page.evaluate(() => scrollY)) !== scrolled) wrong.push('the page scrolled');
		found.push(...wrong.map((problem) => `${where}: ${problem}`));
		const close = popover.getByRole('button', { name: 'Close', exact: true });
		if (wrong.length > 0) await page.keyboard.press('Escape');
		else if (touch) await close.tap();
		else await close.click();
		// Off the text at once, so that no term under the resting mouse opens on hover (after a
		// tap, too: the emulated phone moves a mouse to where the finger was when the page scrolls).
		await page.mouse.move(2, 2);
		await expect(popover).toBeHidden();
	}
	expect(found).toEqual([]);
	return openings.length;
}

const sizes = [
	{ name: 'usual text size', size: null },
	{ name: 'largest text size', size: 'xl' }
];

const devices = [
	{
		name: 'on a phone (390×844, touch)',
		use: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
		touch: true
	},
	{ name: 'on a desktop (1280×800)', use: { viewport: { width: 1280, height: 800 } }, touch: false }
];

for (const { name, size } of sizes) {
	for (const device of devices) {
		test.describe(`${device.name}, ${name}, pinyin on`, () => {
			test.use(device.use);
			test('the popover never covers the word or its pinyin, fits the screen and can be closed', async ({
				page
			}) => {
				await page.addInitScript((size) => {
					localStorage.setItem('duizhao:pinyin', 'on');
					if (size) localStorage.setItem('duizhao:size', size);
				}, size);
				const checked = await openEach(page, device.touch);
				test.info().annotations.push({ type: 'openings checked', description: String(checked) });
			});
		});
	}
}

test.describe('an imported text on a phone (390×844, touch), pinyin on', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	test('the popover, with its correction controls, never covers the word or its pinyin, fits the screen and can be closed', async ({
		page
	}) => {
		const checked = await openEach(page, true, true);
		test.info().annotations.push({ type: 'openings checked', description: String(checked) });
	});
});

// The same check as the page runs, used by the test's own sanity check below.
test('the overlap check sees boxes that share an edge as apart and crossing ones as overlapping', () => {
	const a = { top: 0, left: 0, bottom: 10, right: 10 };
	expect(overlap(a, { top: 10, left: 0, bottom: 20, right: 10 })).toBe(false);
	expect(overlap(a, { top: 5, left: 5, bottom: 20, right: 20 })).toBe(true);
});
