import { expect, test, type Page } from '@playwright/test';

const DOC = '/read/certification-conference-2013';

const appendix = (page: Page) => page.locator('.glossary-appendix');
const appendixTerm = (page: Page, headword: string) =>
	appendix(page).locator('.appendix-term', { has: page.locator('.hw', { hasText: headword }) });
const style = (page: Page, selector: string, property: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);

test('on screen, the glossary appendix is not shown', async ({ page }) => {
	await page.goto(DOC);
	await expect(page.getByRole('toolbar', { name: 'Reading options' })).toBeVisible();
	await expect(appendix(page)).toBeHidden();
});

test('printed: a bilingual handout with no controls, and an appendix of the terms it uses', async ({
	page
}, testInfo) => {
	await page.goto(DOC);
	// A popover open and the English hidden on screen: neither shows on paper.
	await page.locator('#p1s2 a.term[data-term="cnca"]').first().click();
	await expect(page.getByRole('dialog')).toBeVisible();
	await page.getByRole('button', { name: 'English' }).click();
	await page.emulateMedia({ media: 'print' });

	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(page.getByRole('toolbar', { name: 'Reading options' })).toBeHidden();
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.locator('footer.site')).toBeHidden();
	await expect(page.getByRole('link', { name: 'Back to the library' })).toBeHidden();
	expect(
		await page
			.getByRole('button')
			.evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length)
	).toBe(0);

	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.locator('#p1s2')).toBeVisible();
	await expect(page.locator('#p1s2 rt').first()).toBeVisible();
	await expect(page.locator('#p1s2-en')).toBeVisible();
	expect(await style(page, '#p1s2-en', 'filter')).toBe('none');
	// Source and licence print open.
	await expect(page.getByText(/CC BY 4\.0/).first()).toBeVisible();

	// Paragraphs kept whole where they fit, the title with the text, the appendix on its own page.
	// (a short paragraph is kept whole; a long one may go on over the page.)
	const paragraph = (n: number) =>
		page
			.getByRole('region', { name: `Paragraph ${n}` })
			.evaluate((el) => getComputedStyle(el).breakInside);
	expect(await paragraph(2)).toBe('avoid');
	expect(await paragraph(4)).toBe('auto');
	expect(await style(page, '.doc-head h1', 'break-after')).toBe('avoid');
	expect(await style(page, '.glossary-appendix', 'break-before')).toBe('page');

	await expect(appendix(page)).toBeVisible();
	await expect(
		appendix(page).getByRole('heading', { name: 'Glossary of the terms in this text' })
	).toBeVisible();
	const cnca = appendixTerm(page, '国家认监委');
	await expect(cnca).toContainText('guó jiā rèn jiān wěi');
	await expect(cnca).toContainText(
		"Certification and Accreditation Administration of the People's Republic of China (CNCA)"
	);
	await expect(cnca).toContainText("China's national regulator for certification");
	// The sense the text uses: 五位一体 in paragraph 3 and paragraph 4, both explained.
	await expect(appendixTerm(page, '五位一体').locator('dd')).toHaveCount(3);
	// Every term of the text is there once, and no other.
	const used = await page
		.locator('.text a.term')
		.evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-term')))].length);
	await expect(appendix(page).locator('.appendix-term')).toHaveCount(used);
	expect(used).toBeGreaterThan(10);

	await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
	await page.pdf({ path: testInfo.outputPath('handout.pdf'), format: 'A4' });
});

test('printed with pinyin turned off: no pinyin over the text or in the appendix', async ({
	page
}, testInfo) => {
	await page.goto(DOC);
	await page.getByRole('button', { name: 'Pinyin' }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('#p1s2')).toBeVisible();
	await expect(page.locator('#p1s2 rt').first()).toBeHidden();
	await expect(appendixTerm(page, '国家认监委').locator('.py')).toBeHidden();
	await expect(appendixTerm(page, '国家认监委')).toContainText('(CNCA)');
	await page.pdf({ path: testInfo.outputPath('handout-no-pinyin.pdf'), format: 'A4' });
});

test('an imported text prints with the appendix of its terms, in the forms it writes them', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('认监委召开会议。两局负责人出席。');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 60_000 });
	await expect(page.locator('.row').first()).toBeVisible();
	await expect(appendix(page)).toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Export as document YAML' })).toBeHidden();
	const cnca = appendixTerm(page, '国家认监委');
	await expect(cnca.locator('.forms')).toHaveText('in the text: 认监委');
	await expect(cnca).toContainText('(CNCA)');
});
