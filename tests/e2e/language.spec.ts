import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const DOC = '/read/certification-conference-2013';
const KEY = 'duizhao:language';

/** Every kind of page, by its English address, with its Chinese heading. */
const PAGES: { path: string; name: string; heading: RegExp }[] = [
	{ path: '/', name: 'library', heading: /^文库$/ },
	{ path: '/glossary', name: 'glossary', heading: /^术语表$/ },
	{ path: '/glossary/cnca', name: 'glossary-entry', heading: /认监委/ },
	{ path: DOC, name: 'reader', heading: /^全\(quán\)国\(guó\)认/ },
	{ path: '/import', name: 'import', heading: /^导入文本$/ },
	{ path: '/text', name: 'text', heading: /^导入文本$/ },
	{ path: '/vocabulary', name: 'vocabulary', heading: /^生词本$/ },
	{ path: '/about', name: 'about', heading: /^关于对照$/ }
];

const zhPath = (path: string) => (path === '/' ? '/zh' : `/zh${path}`);
const htmlLang = (page: Page) => page.locator('html').getAttribute('lang');
const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);
const pathOf = (page: Page) => new URL(page.url()).pathname;

test('the switch goes to the Chinese page and back, and the choice is remembered', async ({
	page
}) => {
	await page.goto('/glossary');
	expect(await stored(page)).toBeNull();
	const toChinese = page.getByRole('banner').getByRole('link', { name: '中文' });
	await expect(toChinese).toHaveAttribute('hreflang', 'zh-Hans');
	await expect(toChinese).toHaveAttribute('lang', 'zh-Hans');
	await toChinese.click();
	await expect(page).toHaveURL('/zh/glossary');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('术语表');
	expect(await htmlLang(page)).toBe('zh-Hans');
	expect(await stored(page)).toBe('zh');

	// Links keep the language: the header's, and a page's own.
	await page
		.getByRole('navigation', { name: '主导航' })
		.getByRole('link', { name: '文库' })
		.click();
	await expect(page).toHaveURL('/zh');
	await page.getByRole('link', { name: /National Certification and Accreditation/ }).click();
	await expect(page).toHaveURL(`/zh${DOC}`);
	await expect(page.getByRole('region', { name: '第 9 段' })).toBeVisible();

	// Remembered: an English address opened afresh shows the Chinese page.
	await page.goto('/about');
	await expect(page).toHaveURL('/zh/about');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('关于对照');

	const toEnglish = page.getByRole('banner').getByRole('link', { name: 'English' });
	await expect(toEnglish).toHaveAttribute('hreflang', 'en');
	await expect(toEnglish).toHaveAttribute('lang', 'en');
	await toEnglish.click();
	await expect(page).toHaveURL('/about');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Duizhao');
	expect(await htmlLang(page)).toBe('en');
	expect(await stored(page)).toBe('en');
	await page.goto('/zh/glossary');
	await expect(page).toHaveURL('/glossary');
});

test('the switch keeps the search and the sentence the page is at', async ({ page }) => {
	await page.goto('/glossary');
	await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('rjw');
	await expect(page).toHaveURL('/glossary?q=rjw');
	await page.getByRole('link', { name: '中文' }).click();
	await expect(page).toHaveURL('/zh/glossary?q=rjw');
	await expect(page.getByRole('searchbox', { name: '搜索术语表' })).toHaveValue('rjw');
	await expect(page.getByText('1 个词条')).toBeVisible();

	await page.goto(`${DOC}#p3s1`);
	await expect(page).toHaveURL(`/zh${DOC}#p3s1`);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(`${DOC}#p3s1`);
});

test.describe('a browser that prefers Chinese', () => {
	test.use({ locale: 'zh-CN' });

	test('lands on the Chinese page on a first visit', async ({ page }) => {
		await page.goto('/');
		await expect(page).toHaveURL('/zh');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('文库');
		await page.goto(`${DOC}#p2s1`);
		await expect(page).toHaveURL(`/zh${DOC}#p2s1`);
	});

	test('but a stored English choice wins', async ({ page }) => {
		await page.goto('/about');
		await expect(page).toHaveURL('/zh/about');
		await page.getByRole('link', { name: 'English' }).click();
		await expect(page).toHaveURL('/about');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('About Duizhao');
		await page.goto('/');
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Library');
		await page.reload();
		await expect(page).toHaveURL('/');
	});
});

test('<html lang> and the alternates are right on every page in both languages', async ({
	page
}) => {
	for (const { path, heading } of PAGES) {
		for (const [address, lang] of [
			[path, 'en'],
			[zhPath(path), 'zh-Hans']
		] as const) {
			await page.goto(address);
			expect(pathOf(page), address).toBe(address);
			expect(await htmlLang(page), address).toBe(lang);
			const alternates = await page
				.locator('head link[rel="alternate"]')
				.evaluateAll((links) =>
					links.map((l) => [
						l.getAttribute('hreflang'),
						new URL((l as HTMLLinkElement).href).pathname
					])
				);
			expect(alternates, address).toEqual([
				['en', path],
				['zh-Hans', zhPath(path)],
				['x-default', path]
			]);
			if (lang === 'zh-Hans') {
				await expect(page.getByRole('heading', { level: 1 }), address).toHaveText(heading);
			}
		}
	}
});

test('dates and numbers are written for the language', async ({ page }) => {
	await page.goto('/');
	await expect(
		page.getByText(/Published 18 January 2013 · [\d,]+ characters · 43 sentences/)
	).toBeVisible();
	await page.goto('/zh');
	await expect(page.getByText(/发布于 2013年1月18日 · [\d,]+ 字 · 43 句/)).toBeVisible();
	await page.goto('/zh/about');
	await expect(page.getByText(/CC-CEDICT（收词 [\d,]+ 条，2025年12月13日版）/)).toBeVisible();
});

test('the Chinese reader opens a popover whose links stay in Chinese', async ({ page }) => {
	await page.goto(`/zh${DOC}`);
	await page.locator('#p1s2 a.term[data-term="cnca"]').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toBeVisible();
	const entry = dialog.getByRole('link', { name: '查看术语词条' });
	await expect(entry).toHaveAttribute('href', /\/zh\/glossary\/cnca$/);
	await expect(dialog.getByRole('button', { name: '关闭' })).toBeVisible();
});

for (const { path, name } of PAGES) {
	test(`axe finds nothing on ${zhPath(path)}, seen at 390 px`, async ({ page }, testInfo) => {
		// axe over a whole reading page takes a while on a busy machine.
		test.slow(name === 'reader');
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(zhPath(path));
		expect(await htmlLang(page)).toBe('zh-Hans');
		await expectNoAxeViolations(page);
		await page.screenshot({ path: testInfo.outputPath(`zh-${name}-390.png`), fullPage: true });
	});
}

test('on Chinese pages, English content says it is English (a screen reader reads it in an English voice)', async ({
	page
}) => {
	await page.goto('/zh/glossary/cnca');
	await expect(page.locator('p.name').first()).toHaveAttribute('lang', 'en');
	await expect(page.locator('.kwic .en').first()).toHaveAttribute('lang', 'en');
	await page.goto(zhPath(DOC));
	await page.locator('#p2s1 ruby.w', { hasText: /^肯/ }).first().click();
	const senses = page.getByRole('dialog').locator('.readings .senses').first();
	await expect(senses).toHaveAttribute('lang', 'en');
	await expect(senses).toContainText(/\w/);
});
