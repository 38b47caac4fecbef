import { expect, test, type Page } from '@playwright/test';

const DOC = '/read/certification-conference-2013';
const dialog = (page: Page) => page.getByRole('dialog');
const term = (page: Page, sid: string, id: string) =>
	page.locator(`#${sid} a.term[data-term="${id}"]`).first();

test('a term written in another form is titled with that form and its pinyin, the headword under it', async ({
	page
}) => {
	await page.goto(DOC);
	await term(page, 'p9s2', 'local-two-bureaus').click();
	const title = dialog(page).getByRole('heading', { level: 2 });
	await expect(title).toHaveText(/^\s*地方两局\s+dì fāng liǎng jú\s*$/);
	await expect(dialog(page).locator('.headword')).toHaveText(/A form of\s+两局\s+liǎng jú/);
	await page.keyboard.press('Escape');
	// The headword itself has no such line.
	await term(page, 'p1s2', 'cnca').click();
	await expect(dialog(page).getByRole('heading', { level: 2 })).toContainText('国家认监委');
	await expect(dialog(page).locator('.headword')).toHaveCount(0);
});

test('a sentence that uses a sense of a term leads with that sense’s English name and notes', async ({
	page
}) => {
	await page.goto(DOC);
	await term(page, 'p4s6', 'five-in-one').click();
	const card = dialog(page).locator('.term-card');
	await expect(card.locator('.name')).toHaveText('five-sphere integrated plan');
	// The sense's notes come right after the name, before the entry's own name and source.
	await expect(card.locator('.name + .sense')).toContainText('18th National Congress');
	await expect(card.locator('.entry-name')).toContainText('five-in-one');
	await page.keyboard.press('Escape');
	await term(page, 'p3s6', 'five-in-one').click();
	await expect(card.locator('.name')).toHaveText('five-in-one');
	await expect(card.locator('.name + .sense')).toContainText('In paragraph 3');
});

/** A word of sentence `sid` by its characters (its text reads 肯(kěn)定(dìng)). */
const word = (page: Page, sid: string, text: string) =>
	page
		.locator(`#${sid} ruby.w`)
		.filter({ hasText: new RegExp(`^${[...text].map((c) => `${c}\\([^)]*\\)`).join('')}$`) })
		.first();

test('CC-CEDICT’s markup reads as words: measure words, a word referred to opens, surnames last', async ({
	page
}) => {
	await page.goto(DOC);
	await word(page, 'p2s1', '工作').click();
	await expect(dialog(page)).toContainText('measure words: 个 gè, 份 fèn, 项 xiàng');
	await expect(dialog(page)).not.toContainText('CL:');
	await expect(dialog(page)).not.toContainText('[ge4]');
	await page.keyboard.press('Escape');

	await word(page, 'p1s4', '大').click();
	await expect(dialog(page)).toContainText('see 大夫 dài fu');
	await dialog(page).getByRole('button', { name: '大夫', exact: true }).click();
	await expect(dialog(page).getByRole('heading', { level: 2 })).toContainText('大夫');
	await expect(dialog(page).locator('.readings')).toContainText('doctor');
	await page.keyboard.press('Escape');

	// 国 has a surname entry of its own, listed first by CC-CEDICT.
	await word(page, 'p2s2', '我国').click();
	const guo = dialog(page).locator('.breakdown li').filter({ hasText: '国' });
	await expect(guo.locator('.senses')).toContainText('country');
	await expect(guo.locator('.senses')).not.toHaveText(/^surname/);
});

test('the words of a glossary term can be looked up and saved from its popover', async ({
	page
}) => {
	await page.goto(DOC);
	await term(page, 'p4s4', 'pressure-mechanism').click();
	const words = dialog(page).getByRole('region', { name: 'Words in this term' });
	await expect(words.getByRole('heading', { level: 4 })).toHaveText([
		/倒逼\s+dào bī/,
		/机制\s+jī zhì/
	]);
	await expect(words).toContainText('to stimulate (change');
	await words.getByRole('button', { name: 'Save' }).first().click();
	await expect(words.getByRole('button', { name: 'Saved' }).first()).toBeDisabled();
	await page.goto('/vocabulary');
	await expect(page.locator('table.vocab')).toContainText('倒逼');
});

test('glossary readings follow the tone-change switch, on the entry page and in the popover', async ({
	page
}) => {
	await page.goto('/glossary/five-in-one');
	const reading = page.getByRole('heading', { level: 1 }).locator('.reading');
	await expect(reading).toHaveText('wǔ wèi yì tǐ', { useInnerText: true });
	await page.goto(DOC);
	await term(page, 'p3s6', 'five-in-one').click();
	await expect(dialog(page).getByRole('heading', { level: 2 })).toContainText('wǔ wèi yì tǐ');
	await page.keyboard.press('Escape');

	await page.evaluate(() => localStorage.setItem('duizhao:sandhi', 'off'));
	await page.reload();
	await term(page, 'p3s6', 'five-in-one').click();
	await expect(dialog(page).getByRole('heading', { level: 2 })).toContainText('wǔ wèi yī tǐ');
	await page.goto('/glossary/five-in-one');
	await expect(reading).toHaveText('wǔ wèi yī tǐ', { useInnerText: true });
	await page.goto('/glossary');
	await expect(page.getByRole('link', { name: /五位一体/ }).locator('.reading')).toHaveText(
		'wǔ wèi yī tǐ',
		{ useInnerText: true }
	);
});

test('typography: sense numbers, where-used lines, the library’s titles, the home page’s description', async ({
	page
}) => {
	await page.goto('/glossary/five-in-one');
	await expect(page.locator('#sense-certification-system')).toHaveText(
		/^\s*Sense 1\. In paragraph 3/
	);
	const where = page.locator('.kwic .where').first();
	await expect(where).toHaveText(/^paragraph 3, sentence 6 · Sense 1 · in “.+”$/);

	await page.goto('/');
	await expect(page.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		/English translation/
	);
	const title = page.locator('.library a').first();
	const looks = (selector: string) =>
		title.locator(selector).evaluate((el) => {
			const style = getComputedStyle(el);
			return { color: style.color, underline: style.textDecorationLine };
		});
	// The Chinese title (the one shown, of its two characters' forms) looks like the link it is,
	// as the English one does.
	expect(await looks('.zh:visible')).toEqual(await looks('.en'));
	expect((await looks('.zh:visible')).underline).toBe('underline');
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('controls that cannot work are not shown, and the glossary says search needs JavaScript', async ({
		page
	}) => {
		await page.goto(DOC);
		await expect(page.locator('html')).toHaveClass(/\bno-js\b/);
		await expect(page.getByRole('toolbar', { name: 'Reading options' })).toBeHidden();
		await expect(page.locator('#p1s1')).toBeVisible();

		await page.goto('/vocabulary');
		await expect(page.getByRole('button', { name: 'Anki (TSV)' })).toBeHidden();
		await expect(page.getByLabel('Import a backup (JSON)')).toBeHidden();
		await expect(page.getByText('Saved words need JavaScript')).toBeVisible();

		await page.goto('/glossary?q=liangju');
		await expect(page.getByRole('searchbox')).toBeHidden();
		await expect(page.getByText('Searching the glossary needs JavaScript')).toBeVisible();
	});
});

test('with JavaScript, the controls are there and the no-JavaScript notes are not', async ({
	page
}) => {
	await page.goto(DOC);
	await expect(page.locator('html')).toHaveClass(/\bjs\b/);
	await expect(page.getByRole('toolbar', { name: 'Reading options' })).toBeVisible();
	await page.goto('/vocabulary');
	await expect(page.getByRole('button', { name: 'Anki (TSV)' })).toBeVisible();
	await expect(page.getByText('Saved words need JavaScript')).toBeHidden();
	await page.goto('/glossary');
	await expect(page.getByRole('searchbox')).toBeVisible();
	await expect(page.getByText('Searching the glossary needs JavaScript')).toBeHidden();
});
