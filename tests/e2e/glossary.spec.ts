import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const DOC = '/read/certification-conference-2013';
const dialog = (page: Page) => page.getByRole('dialog');
const term = (page: Page, sid: string, id: string) =>
	page.locator(`#${sid} a.term[data-term="${id}"]`).first();

test('a term opens its popover on hover, and closes when the pointer leaves', async ({ page }) => {
	// Hovering a term's link opens its popover: the glossary entry's page is not preloaded.
	const preloaded: string[] = [];
	page.on('request', (request) => {
		if (/\/glossary\/[^/]+\/__data\.json|\/nodes\//.test(request.url()))
			preloaded.push(request.url());
	});
	await page.goto(DOC);
	await page.waitForLoadState('networkidle');
	preloaded.length = 0;
	await term(page, 'p1s2', 'cnca').hover();
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toContainText('国家认监委');
	await expect(dialog(page)).toContainText('guó jiā rèn jiān wěi');
	await expect(dialog(page)).toContainText('(CNCA)');
	await expect(dialog(page)).toContainText('Official English name');
	await expect(dialog(page).getByRole('link', { name: 'Open the glossary entry' })).toHaveAttribute(
		'href',
		'/glossary/cnca'
	);
	await expect(term(page, 'p1s2', 'cnca')).toHaveAttribute('aria-expanded', 'true');

	await page.mouse.move(5, 5);
	await expect(dialog(page)).toBeHidden();
	await expect(term(page, 'p1s2', 'cnca')).toHaveAttribute('aria-expanded', 'false');
	expect(preloaded).toEqual([]);
});

test('keyboard: Enter opens the popover, Escape closes it and returns focus', async ({ page }) => {
	await page.goto(DOC);
	await page.locator('#p1s2').focus();
	await page.keyboard.press('Tab');
	const first = page.locator('#p1s2 a.term').first();
	await expect(first).toBeFocused();
	await expect(first).toHaveAttribute('data-term', 'aqsiq');
	await page.keyboard.press('Enter');
	await expect(dialog(page)).toBeVisible();
	await expect(dialog(page)).toBeFocused();
	await expect(dialog(page)).toContainText('General Administration of Quality Supervision');
	await expect(page).toHaveURL(DOC); // Enter did not follow the link
	// Tab moves through the popover: its close button, then the link to the entry.
	await page.keyboard.press('Tab');
	await expect(dialog(page).getByRole('button', { name: 'Close' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(dialog(page).getByRole('link', { name: 'Open the glossary entry' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(dialog(page)).toBeHidden();
	await expect(first).toBeFocused();
});

test('keyboard: Save keeps the focus and is announced; Tab past the last control goes back to the word', async ({
	page
}) => {
	await page.goto(DOC);
	const word = page.locator('#p2s1 ruby.w', { hasText: /^肯\(kěn\)定\(dìng\)$/ });
	await word.focus();
	await page.keyboard.press('Enter');
	await expect(dialog(page)).toBeFocused();
	const save = dialog(page).getByRole('button', { name: 'Save' }).first();
	await save.focus();
	await page.keyboard.press('Enter');
	const saved = dialog(page).getByRole('button', { name: 'Saved' }).first();
	await expect(saved).toBeFocused();
	await expect(saved).toHaveAttribute('aria-disabled', 'true');
	await expect(dialog(page).locator('[aria-live="polite"]')).toHaveText(
		'肯定 (kěn dìng) saved to your vocabulary'
	);
	// On through the popover's controls: past the last one, back on the word, popover closed.
	for (let i = 0; i < 40 && (await dialog(page).isVisible()); i++) await page.keyboard.press('Tab');
	await expect(dialog(page)).toBeHidden();
	await expect(word).toBeFocused();
	// And Shift+Tab from the popover itself does the same.
	await page.keyboard.press('Enter');
	await expect(dialog(page)).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(dialog(page)).toBeHidden();
	await expect(word).toBeFocused();
});

test('each occurrence of 五位一体 shows the sense it has there', async ({ page }) => {
	await page.goto(DOC);
	await term(page, 'p3s6', 'five-in-one').click();
	await expect(dialog(page).locator('.sense')).toContainText('In paragraph 3');
	await expect(dialog(page).locator('.sense')).not.toContainText('18th National Congress');
	await page.keyboard.press('Escape');
	await term(page, 'p4s6', 'five-in-one').click();
	await expect(dialog(page).locator('.sense')).toContainText('18th National Congress');
	await expect(dialog(page).locator('.sense')).not.toContainText('In paragraph 3');
});

test('a term and its English rendering light up together, both ways', async ({ page }) => {
	await page.goto(DOC);
	const rendering = page.locator('#p1s2-en .rendering[data-term="cnca"]');
	await term(page, 'p1s2', 'cnca').hover();
	await expect(rendering.first()).toHaveClass(/\baligned\b/);
	await expect(page.locator('#p1s2-en .rendering[data-term="aqsiq"]').first()).not.toHaveClass(
		/\baligned\b/
	);
	await page.locator('#p1s2-en .rendering[data-term="aqsiq"]').first().hover();
	await expect(term(page, 'p1s2', 'aqsiq')).toHaveClass(/\baligned\b/);
	await expect(rendering.first()).not.toHaveClass(/\baligned\b/);
});

test.describe('on a 390px touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('a tap opens the popover inside the screen, off the line being read', async ({ page }) => {
		await page.goto(DOC);
		const target = term(page, 'p1s2', 'fu-ju-zhang');
		await target.scrollIntoViewIfNeeded();
		await target.tap();
		await expect(dialog(page)).toBeVisible();
		await expect(dialog(page)).toContainText('Vice Minister');
		await expect(page).toHaveURL(DOC);
		const box = await dialog(page).boundingBox();
		const lines = await target.evaluate((el) =>
			[...el.getClientRects()].map((r) => ({ top: r.top, bottom: r.bottom }))
		);
		expect(box).not.toBeNull();
		if (!box) return;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(390);
		expect(box.y).toBeGreaterThanOrEqual(0);
		expect(box.y + box.height).toBeLessThanOrEqual(844);
		for (const line of lines) {
			expect(box.y >= line.bottom || box.y + box.height <= line.top).toBe(true);
		}
		// A tap elsewhere (here the page footer; the popover follows its term off screen) closes it.
		await page.locator('footer.site').tap();
		await expect(dialog(page)).toBeHidden();
	});
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('a term is a plain link to its entry page', async ({ page }) => {
		await page.goto(DOC);
		await term(page, 'p1s2', 'cnca').click();
		await expect(page).toHaveURL('/glossary/cnca');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('国家认监委');
	});

	test('the glossary page lists every entry', async ({ page }) => {
		await page.goto('/glossary');
		expect(await page.locator('.entry-link').count()).toBeGreaterThanOrEqual(40);
		await expect(page.getByRole('heading', { name: 'Institutions' })).toBeVisible();
	});
});

test('glossary search filters as you type, for every kind of query', async ({ page }) => {
	await page.goto('/glossary');
	const box = page.getByRole('searchbox', { name: 'Search the glossary' });
	const results = page.locator('.entry-link');
	for (const [query, first] of [
		['认监委', '国家认监委'],
		['renjianwei', '国家认监委'],
		['rèn jiān wěi', '国家认监委'],
		['rjw', '国家认监委'],
		['liangju', '两局'],
		['CNCA', '国家认监委']
	] as const) {
		await box.fill(query);
		await expect(results.first().locator('.hw'), query).toHaveText(first);
	}
	await box.fill('accreditation');
	await expect(page.getByText(/^\d+ entries$/)).toBeVisible();
	await expect(results.filter({ hasText: '国家认监委' })).toHaveCount(1);
	await box.fill('zzqqxx');
	await expect(page.getByText('No entry matches “zzqqxx”.')).toBeVisible();
	await box.fill('');
	await expect(page.getByRole('heading', { name: 'Institutions' })).toBeVisible();
});

test('what is typed before the page’s script has loaded is searched for, not lost', async ({
	page
}) => {
	let release = () => {};
	const loaded = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await loaded;
		await route.continue();
	});
	await page.goto('/glossary', { waitUntil: 'domcontentloaded' });
	await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('rjw');
	release();
	await expect(page.locator('.entry-link')).toHaveCount(1);
	await expect(page.locator('.entry-link .hw')).toHaveText('国家认监委');
	await expect(page).toHaveURL(/\?q=rjw$/);
});

test('the search query survives a reload', async ({ page }) => {
	await page.goto('/glossary');
	await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('rjw');
	await expect(page).toHaveURL(/\?q=rjw$/);
	await page.reload();
	await expect(page.getByRole('searchbox', { name: 'Search the glossary' })).toHaveValue('rjw');
	await expect(page.locator('.entry-link')).toHaveCount(1);
});

test('a concordance line lands on its highlighted sentence', async ({ page }) => {
	await page.goto('/glossary/five-in-one');
	await expect(page.locator('.kwic li')).toHaveCount(2);
	await expect(page.locator('.kwic li').nth(1)).toContainText('Sense 2');
	await page.locator('.kwic li').nth(1).getByRole('link').click();
	await expect(page).toHaveURL(`${DOC}#p4s6`);
	await expect(page.locator('#p4s6')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p4s6')).toBeInViewport();
	await expect(page.locator('#p4s6-en')).toHaveClass(/\btarget\b/);
});

test('each concordance line shows the English rendering used there, marked in the sentence', async ({
	page
}) => {
	await page.goto('/glossary/cnca');
	const lines = page.locator('.kwic li');
	await expect(lines).toHaveCount(2);
	await expect(lines.nth(0).locator('.en mark')).toHaveText([
		'Certification and Accreditation Administration',
		'CNCA'
	]);
	await expect(lines.nth(0)).toContainText(
		'English here: Certification and Accreditation Administration · CNCA'
	);
	await expect(lines.nth(1).locator('.en mark')).toHaveText(['CNCA']);
	await expect(lines.nth(1)).toContainText('English here: CNCA');
});

for (const path of ['/glossary', '/glossary/cnca', '/glossary/five-in-one', '/', DOC]) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectNoAxeViolations(page);
	});
}

test('axe finds no violations with the popover open', async ({ page }) => {
	test.slow();
	await page.goto(DOC);
	await term(page, 'p1s2', 'cnca').click();
	await expect(dialog(page)).toBeVisible();
	await expectNoAxeViolations(page);
});
