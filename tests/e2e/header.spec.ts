import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/**
 * The site header on a phone: at most two short rows (the name and the language switch, then
 * the pages), in both interface languages, every link a target of at least 24 × 24 px and
 * reachable with Tab, in sight when focused.
 */

const DOC = '/read/certification-conference-2013';
const pages = [
	{ lang: 'English', paths: ['/', DOC], switchName: '中文' },
	{ lang: 'Chinese', paths: ['/zh', `/zh${DOC}`], switchName: 'English' }
];

const box = async (locator: Locator) => {
	const b = await locator.boundingBox();
	if (!b) throw new Error(`${locator} has no box`);
	return b;
};

const middle = (b: { y: number; height: number }) => b.y + b.height / 2;

async function header(page: Page) {
	const site = page.locator('header.site');
	const nav = site.getByRole('navigation');
	return {
		site,
		brand: site.locator('a.brand'),
		links: nav.getByRole('link'),
		language: site.locator('a.language')
	};
}

test.describe('on a 390px touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	for (const { lang, paths, switchName } of pages) {
		for (const path of paths) {
			test(`${lang}: the header at ${path} is two short rows, its links big enough to tap`, async ({
				page
			}, testInfo) => {
				await page.goto(path);
				const { site, brand, links, language } = await header(page);
				await expect(language).toHaveText(switchName);
				// Two rows of about 2rem each (it was three, 152–192 px, before).
				expect((await box(site)).height).toBeLessThanOrEqual(96);
				// The name and the language switch share the first row…
				const brandBox = await box(brand);
				const languageBox = await box(language);
				expect(Math.abs(middle(brandBox) - middle(languageBox))).toBeLessThan(4);
				// …and the pages are one line under it.
				const count = await links.count();
				expect(count).toBe(5);
				const tops = new Set<number>();
				for (let i = 0; i < count; i++) {
					const b = await box(links.nth(i));
					tops.add(Math.round(b.y));
					expect(b.y).toBeGreaterThanOrEqual(brandBox.y + brandBox.height - 1);
					expect(b.height).toBeGreaterThanOrEqual(24);
					expect(b.width).toBeGreaterThanOrEqual(24);
				}
				expect([...tops]).toHaveLength(1);
				for (const target of [brandBox, languageBox]) {
					expect(target.height).toBeGreaterThanOrEqual(24);
					expect(target.width).toBeGreaterThanOrEqual(24);
				}
				// The page is no wider than the screen: only the line of pages scrolls sideways.
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					390
				);
				await page.screenshot({ path: testInfo.outputPath('header-390.png') });
			});
		}

		test(`${lang}: every header link is reached with Tab and is in sight when focused`, async ({
			page
		}) => {
			await page.goto(paths[0] ?? '/');
			const { brand, links, language } = await header(page);
			const order = [brand, ...(await links.all()), language];
			await page.keyboard.press('Tab'); // the skip link
			for (const link of order) {
				await page.keyboard.press('Tab');
				await expect(link).toBeFocused();
				await expect(link).toBeInViewport({ ratio: 1 });
			}
		});
	}

	test('a row of links longer than the screen fades at its end until scrolled there', async ({
		page
	}) => {
		const fade = (nav: Locator) =>
			nav.evaluate((el) => getComputedStyle(el).getPropertyValue('--nav-fade'));
		await page.goto(DOC);
		const nav = page.locator('header.site nav');
		// The English row is longer than 390 px: its end fades…
		expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		expect(parseFloat(await fade(nav))).toBeGreaterThan(20);
		// …less as it is scrolled, not at all at its end or while a link in it has the focus.
		await nav.evaluate((el) => (el.scrollLeft = el.scrollWidth));
		await expect.poll(() => fade(nav)).toBe('0px');
		await nav.evaluate((el) => (el.scrollLeft = 0));
		await nav.getByRole('link').first().focus();
		await expect(nav).toHaveCSS('mask-image', 'none');
		// The Chinese row fits: no fade.
		await page.goto(`/zh${DOC}`);
		expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
		expect(await fade(nav)).toBe('0px');
	});

	test('axe finds nothing in the header on a phone, in either language', async ({ page }) => {
		for (const path of ['/', '/zh']) {
			await page.goto(path);
			await expectNoAxeViolations(page);
		}
	});
});

test('on a desktop the header stays one row', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	for (const path of ['/', '/zh']) {
		await page.goto(path);
		const { site, brand, links, language } = await header(page);
		expect((await box(site)).height).toBeLessThanOrEqual(64);
		const row = middle(await box(brand));
		for (const link of [...(await links.all()), language])
			expect(Math.abs(middle(await box(link)) - row)).toBeLessThan(6);
	}
});
