import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseHostHeaders } from '../../src/lib/server/host-headers.ts';
import { expectNoAxeViolations } from './axe';

/**
 * A missing page says so in the language of its address: Chinese under /zh/…, English
 * elsewhere, with <html lang> to match. A static host has one not-found page for all
 * (build/404.html, served for every missing path); the preview server renders its own.
 */

const missing = [
	{
		path: '/zh/no-such-page',
		lang: 'zh-Hans',
		heading: '此页面不存在。',
		home: '返回文库',
		library: '文库'
	},
	{
		path: '/zh/glossary/no/such/term',
		lang: 'zh-Hans',
		heading: '此页面不存在。',
		home: '返回文库',
		library: '文库'
	},
	{
		path: '/no-such-page',
		lang: 'en',
		heading: 'There is no page here.',
		home: 'Go to the library',
		library: 'Library'
	},
	// Not the Chinese prefix: a path that only starts with the letters zh.
	{
		path: '/zhong',
		lang: 'en',
		heading: 'There is no page here.',
		home: 'Go to the library',
		library: 'Library'
	}
];

/** Plays a static host: build/404.html, with a 404 status and static/_headers, for `path`. */
async function serveLikeAHost(page: Page, path: string): Promise<void> {
	const headers = parseHostHeaders(readFileSync('static/_headers', 'utf8')).get('/*') ?? {};
	await page.route(path, (route) =>
		route.fulfill({
			status: 404,
			headers: { ...headers, 'content-type': 'text/html' },
			body: readFileSync('build/404.html', 'utf8')
		})
	);
}

for (const host of ['a static host (build/404.html)', 'the preview server']) {
	for (const { path, lang, heading, home, library } of missing) {
		test(`${path} on ${host} says there is no page, in its language`, async ({ page }) => {
			if (host.startsWith('a static')) await serveLikeAHost(page, path);
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
			await expect(page.locator('html')).toHaveAttribute('lang', lang);
			await expect(page.getByRole('link', { name: library, exact: true })).toBeVisible();
			await expectNoAxeViolations(page);
			await page.getByRole('link', { name: home }).click();
			await expect(page.getByRole('heading', { level: 1, name: library })).toBeVisible();
		});
	}
}

test('build/404.html without JavaScript says there is no page, in both languages', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await serveLikeAHost(page, '/zh/no-such-page');
	await page.goto('/zh/no-such-page');
	await expect(page).toHaveTitle('Page not found · 找不到页面 · Duizhao');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText([
		'There is no page here.',
		'此页面不存在。'
	]);
	// (axe cannot run in a page without JavaScript: the page with it is checked above.)
	await expect(page.locator('section[lang="zh-Hans"] h1')).toHaveText('此页面不存在。');
	await page.getByRole('link', { name: '返回文库' }).click();
	await expect(page).toHaveURL(/\/zh$/);
	await expect(page.getByRole('heading', { level: 1, name: '文库' })).toBeVisible();
	await context.close();
});

test('build/404.html with JavaScript has one title, in the language of the address', async ({
	page
}) => {
	await serveLikeAHost(page, '/zh/no-such-page');
	await page.goto('/zh/no-such-page');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('此页面不存在。');
	await expect(page).toHaveTitle('找不到页面 · Duizhao');
	await expect(page.locator('title')).toHaveCount(1);
});
