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

