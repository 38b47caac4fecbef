import { expect, test, type Page } from '@playwright/test';

const DOC = '/read/certification-conference-2013';
/** 肯定 in the document's second paragraph. */
const KENDING = (page: Page) => page.locator('#p2s1 ruby.w', { hasText: /^肯\(/ }).first();
/** 进一步 in its third: 一 with its tone change. */
const YI = (page: Page) =>
	page.locator('#p3s3 ruby', { hasText: /进/ }).first().locator('rt').nth(1);

/** Every <rt> of the page holds one reading, as text: never two for CSS to choose from. */
async function expectOneReadingEach(page: Page): Promise<void> {
	expect(await page.locator('rt').count()).toBeGreaterThan(0);
	expect(await page.locator('rt *').count()).toBe(0);
}

async function choose(page: Page, radio: string): Promise<void> {
	await page.getByRole('radio', { name: radio, exact: true }).check();
}

test('each syllable has one reading in the page, whatever the choices, and after a reload', async ({
	page
}) => {
	await page.goto(DOC);
	await expectOneReadingEach(page);
	await page.getByRole('button', { name: 'Options' }).click();
	await page.getByRole('button', { name: 'Tone changes' }).click();
	await page.getByRole('button', { name: 'Neutral tones' }).click();
	await choose(page, 'Tone numbers (ken3)');
	await expect(YI(page)).toHaveText('yi1');
	await expectOneReadingEach(page);
	await page.reload();
	await expect(YI(page)).toHaveText('yi1');
	await expectOneReadingEach(page);
});

test('tone numbers: in the text, the title and the popover, with tone colours by syllable, remembered', async ({
	page
}, testInfo) => {
	await page.goto(DOC);
	await expect(KENDING(page).locator('rt')).toHaveText(['kěn', 'dìng']);
	await page.getByRole('button', { name: 'Options' }).click();
	await choose(page, 'Tone numbers (ken3)');
	await choose(page, 'Five colours');
	await expect(page.locator('html')).toHaveAttribute('data-tones', 'numbers');
	await expect(KENDING(page).locator('rt')).toHaveText(['ken3', 'ding4']);
	await expect(KENDING(page).locator('rt')).toHaveClass(['t3', 't4']);
	await expect(page.locator('h1 rt').first()).toHaveText(/^[a-zü]+[1-5]$/);
	// 一 changes its tone colour with its reading.
	await expect(YI(page)).toHaveText('yi2');
	await expect(YI(page)).toHaveClass('t2');
	const colourOf = (rt: ReturnType<typeof YI>) => rt.evaluate((el) => getComputedStyle(el).color);
	const second = await colourOf(YI(page));
	await page.getByRole('button', { name: 'Tone changes' }).click();
	await expect(YI(page)).toHaveText('yi1');
	await expect(YI(page)).toHaveClass('t1');
	expect(await colourOf(YI(page))).not.toBe(second);
	await page.getByRole('button', { name: 'Close the options' }).click();

	await page.reload();
	await expect(KENDING(page).locator('rt')).toHaveText(['ken3', 'ding4']);
	await expect(YI(page)).toHaveText('yi1');
	await expect(YI(page)).toHaveClass('t1');
	await KENDING(page).click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('heading', { level: 2 })).toContainText('ken3 ding4');
	await expect(dialog.locator('.readings .py').first()).toHaveText('ken3 ding4');
	await page.keyboard.press('Escape');

	await page.locator('#p3s3').scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('numbers-colours-1280.png') });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.locator('#p3s3').scrollIntoViewIfNeeded();
	await page.screenshot({ path: testInfo.outputPath('numbers-colours-390.png') });
});

test('the remembered readings are shown by the page’s own script, before any of its modules run', async ({
	page
}) => {
	await page.goto(DOC);
	await page.getByRole('button', { name: 'Options' }).click();
	await choose(page, 'Tone numbers (ken3)');
	await page.getByRole('button', { name: 'Tone changes' }).click();
	await expect(YI(page)).toHaveText('yi1');
	// Without the application's JavaScript: only the inline scripts of the page run.
	await page.route('**/_app/**', (route) => route.abort());
	await page.reload();
	await expect(page.locator('html')).toHaveClass(/\bjs\b/);
	await expect(KENDING(page).locator('rt')).toHaveText(['ken3', 'ding4']);
	await expect(YI(page)).toHaveText('yi1');
	await expect(YI(page)).toHaveClass('t1');
	await expect(YI(page)).toHaveAttribute('data-py', 'yí');
	// A glossary entry's reading too (5 for the neutral tone).
	await page.goto('/glossary/cnca');
	await expect(page.locator('.reading').first()).toHaveText(/^([a-zü]+[1-5] ?)+$/i);
});

test('an imported text is drawn in the chosen readings, one per syllable', async ({ page }) => {
	await page.goto(DOC);
	await page.getByRole('button', { name: 'Options' }).click();
	await choose(page, 'Tone numbers (ken3)');
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('我们一起认识了他。');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=/, { timeout: 60_000 });
	const rts = page.locator('#p1s1 rt');
	await expect(rts.first()).toHaveText('wo3');
	await expectOneReadingEach(page);
	await page.getByRole('button', { name: 'Options' }).click();
	await choose(page, 'Tone marks (kěn)');
	await expect(rts.first()).toHaveText('wǒ');
	await page.getByRole('button', { name: 'Tone changes' }).click();
	await expect(page.locator('#p1s1 ruby', { hasText: '一' }).locator('rt').first()).toHaveText(
		'yī'
	);
	await expectOneReadingEach(page);
});

test('pinyin above an HSK level: an imported text’s words have their levels too, remembered', async ({
	page
}) => {
	await page.goto(DOC);
	await page.getByRole('button', { name: 'Options' }).click();
	await page.getByRole('radio', { name: 'Words above HSK 3' }).check();
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('我们认识他。凝聚力量。');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=/, { timeout: 60_000 });
	const word = (text: string) =>
		page.locator('.text ruby.w', { hasText: new RegExp(`^${text}\\(`) });
	const visibility = (text: string) =>
		word(text)
			.first()
			.locator('rt')
			.first()
			.evaluate((rt) => getComputedStyle(rt).visibility);
	await expect(word('我').first()).toHaveAttribute('data-hsk', '1');
	expect(await visibility('我')).toBe('hidden');
	expect(await visibility('认')).toBe('hidden');
	expect(await visibility('凝')).toBe('visible');
	await page.reload();
	await expect(word('我').first()).toHaveAttribute('data-hsk', '1');
	expect(await visibility('我')).toBe('hidden');
	expect(await visibility('凝')).toBe('visible');
});
