import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parseHostHeaders } from '../../src/lib/server/host-headers.ts';

const DOC = '/read/certification-conference-2013';
const MISSING = '/no-such-page';
const PAGES = [
	'/',
	DOC,
	'/glossary',
	'/glossary/cnca',
	'/vocabulary',
	'/import',
	'/text',
	'/about',
	MISSING
];

/**
 * For a path it does not have, a static host serves build/404.html with the headers of
 * static/_headers (the preview server renders its own 404 instead, so the host is played here).
 */
async function serveLikeAHost(page: Page): Promise<void> {
	const headers = parseHostHeaders(readFileSync('static/_headers', 'utf8')).get('/*') ?? {};
	await page.route(MISSING, (route) =>
		route.fulfill({
			status: 404,
			headers: { ...headers, 'content-type': 'text/html' },
			body: readFileSync('build/404.html', 'utf8')
		})
	);
}

/** Collects every Content-Security-Policy violation the page reports, from its first script on. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { __violations: string[] }).__violations = seen;
		document.addEventListener('securitypolicyviolation', (e) =>
			seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sample})`)
		);
	});
	const console: string[] = [];
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) console.push(message.text());
	});
	return async () => [
		...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
		...console
	];
}

const policyOf = (page: Page) =>
	page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');

for (const path of PAGES) {
	test(`${path} carries a strict policy and breaks none of it`, async ({ page }) => {
		const violations = await watchViolations(page);
		if (path === MISSING) await serveLikeAHost(page);
		const response = await page.goto(path);
		const policy = (await policyOf(page)) ?? '';
		const script = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(script).toMatch(/^ ?script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
		expect(policy).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
		for (const directive of ["object-src 'none'", "base-uri 'self'", "default-src 'self'"]) {
			expect(policy).toContain(directive);
		}
		// The host headers (static/_headers, sent by the preview server as a host would).
		const headers = response?.headers() ?? {};
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
		expect(headers['referrer-policy']).toBeTruthy();
		await page.waitForLoadState('networkidle');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		expect(await violations()).toEqual([]);
	});
}

test('reading under the policy: popovers, toggles and Save raise no violation', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await page.goto(DOC);
	// A glossary term's popover (the lookup data is fetched on first use).
	await page.locator('#p1s2 [data-term="cnca"]').first().click();
	await expect(page.getByRole('dialog')).toContainText('国家认监委');
	await page.keyboard.press('Escape');
	// A word's popover, and Save (IndexedDB).
	await page.locator('#p2s1 ruby.w', { hasText: /^肯\(kěn\)定\(dìng\)$/ }).click();
	await page.getByRole('dialog').getByRole('button', { name: 'Save' }).first().click();
	await expect(
		page.getByRole('dialog').getByRole('button', { name: 'Saved' }).first()
	).toBeVisible();
	await page.keyboard.press('Escape');
	// Every reading toggle, and the pre-paint script applying them after a reload.
	await page.getByRole('button', { name: 'Options' }).click();
	for (const name of ['Pinyin', 'English', 'Tone changes', 'Neutral tones']) {
		await page.getByRole('button', { name, exact: true }).click();
	}
	for (const name of [
		'Sentence by sentence',
		'Five colours',
		'Tone numbers (ken3)',
		'Large',
		'Loose',
		'Dark'
	]) {
		await page.getByRole('radio', { name, exact: true }).check();
	}
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('data-pinyin', 'off');
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	// The readings script ran under the policy: 肯定 in tone numbers.
	await expect(page.locator('#p2s1 ruby.w', { hasText: /^肯\(/ }).first().locator('rt')).toHaveText(
		['ken3', 'ding4']
	);
	await page.goto('/vocabulary');
	await expect(page.getByRole('table')).toContainText('肯定');
	await page.goto('/glossary?q=rjw');
	await expect(page.getByRole('link', { name: /认监委/ }).first()).toBeVisible();
	expect(await violations()).toEqual([]);
});

test('importing under the policy: the module Worker, its fetches, IndexedDB and the text page raise no violation', async ({
	page
}) => {
	const violations = await watchViolations(page);
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('国家认监委召开会议。');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=/, { timeout: 60_000 });
	await page.locator('#p1s1 ruby.w').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await expect(
		page.getByRole('dialog').getByRole('button', { name: 'Save' }).first()
	).toBeVisible();
	await page.keyboard.press('Escape');
	await page.reload();
	await expect(page.locator('#p1s1')).toBeVisible();
	expect(await violations()).toEqual([]);
});
