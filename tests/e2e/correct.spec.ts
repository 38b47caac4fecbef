import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoAxeViolations } from './axe';

/** The words of sentence `sid` as ruby text (characters and pinyin), and which are corrected. */
function wordsOf(page: Page, sid = 'p1s1') {
	return page.locator(`#${sid}`).evaluate((el) =>
		[...el.querySelectorAll('ruby')].map((r) => {
			const copy = r.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
			return {
				text: copy.textContent ?? '',
				pinyin: [...r.querySelectorAll('rt')].map((rt) => rt.textContent ?? '').join(' '),
				corrected: r.classList.contains('corrected')
			};
		})
	);
}

async function open(page: Page, word: string) {
	const popover = page.getByRole('dialog');
	await page
		.locator('#p1s1 ruby.w', { hasText: new RegExp(`^${Array.from(word).join('.*')}`) })
		.filter({ hasNotText: /\p{Script=Han}{5}/u })
		.first()
		.click();
	await expect(popover.getByRole('heading', { level: 2 })).toContainText(word);
	return popover;
}

test('an imported text is corrected in the popover, kept corrected, marked, and undone', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('我们学习认证认可的知识。');
	await page.getByLabel('Title (optional)').fill('学习');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 60_000 });
	const status = page.getByRole('status').filter({ hasText: /Correct/ });

	// A reading typed: a bad one is refused, its problem said; a good one is taken.
	let popover = await open(page, '学习');
	await expectNoAxeViolations(page);
	const reading = popover.getByLabel('Reading (pinyin, tone marks or numbers)');
	await reading.fill('xue');
	await popover.getByRole('button', { name: 'Set reading' }).click();
	await expect(popover.getByRole('alert')).toHaveText(
		'Not corrected: “学习” has 2 characters but the reading has 1 syllables.'
	);
	await reading.fill('xue4 xx2');
	await reading.press('Enter');
	await expect(popover.getByRole('alert')).toHaveText(
		'Not corrected: not pinyin: xx2 (no such syllable).'
	);
	await reading.fill('xue4 xi2');
	await reading.press('Enter');
	await expect(status).toHaveText('Corrected: 学习. The correction is kept with the text.');
	await expect(popover).toBeHidden();
	expect(await wordsOf(page)).toContainEqual({ text: '学习', pinyin: 'xuè xí', corrected: true });

	// Two words joined, and a word split (one button per split point, named by its parts).
	popover = await open(page, '的');
	await popover.getByRole('button', { name: 'Join with 知识' }).click();
	await expect(status).toHaveText('Corrected: 的知识. The correction is kept with the text.');
	popover = await open(page, '我们');
	await popover.getByRole('button', { name: 'Split into 我 | 们' }).click();
	await expect(status).toHaveText('Corrected: 我们. The correction is kept with the text.');

	const corrected = [
		{ text: '我', pinyin: 'wǒ', corrected: true },
		{ text: '们', pinyin: 'men', corrected: true },
		{ text: '学习', pinyin: 'xuè xí', corrected: true },
		{ text: '认证认可', pinyin: 'rèn zhèng rèn kě', corrected: false },
		{ text: '的知识', pinyin: expect.stringMatching(/^de zhī shi/), corrected: true }
	];
	await expect.poll(() => wordsOf(page)).toEqual(corrected);

	// Kept with the text: a reload shows them, marked for screen readers too.
	await page.reload();
	await expect(page.locator('#p1s1 ruby.w').first()).toBeVisible();
	expect(await wordsOf(page)).toEqual(corrected);
	await expect(page.locator('#p1s1 ruby.corrected').first()).toHaveAttribute(
		'aria-description',
		'corrected'
	);

	// Undone: the dictionary's reading again, unmarked; the other corrections stay.
	popover = await open(page, '学习');
	await popover.getByRole('button', { name: 'Undo correction' }).click();
	await expect(status).toHaveText('Correction of 学习 undone.');
	await expect
		.poll(() => wordsOf(page))
		.toEqual(
			corrected.map((w) =>
				w.text === '学习' ? { text: '学习', pinyin: 'xué xí', corrected: false } : w
			)
		);
	// A dictionary reading picked from the list (学习 has one: none other to pick); 的知识 has none.
	popover = await open(page, '学习');
	await expect(popover.getByRole('button', { name: /^Read as/ })).toHaveCount(0);
	await expect(popover.getByRole('button', { name: 'Undo correction' })).toHaveCount(0);
});

test('a dictionary reading picked is exported as the document’s overrides and imported back', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('他会了。');
	await page.getByLabel('Title (optional)').fill('Overrides');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=overrides$/, { timeout: 60_000 });
	const popover = await open(page, '了');
	await popover.getByRole('button', { name: 'Read as liǎo' }).click();
	await expect(page.getByRole('status').filter({ hasText: /Correct/ })).toHaveText(
		'Corrected: 了. The correction is kept with the text.'
	);
	const after = [
		{ text: '他', pinyin: 'tā', corrected: false },
		{ text: '会', pinyin: 'huì', corrected: false },
		{ text: '了', pinyin: 'liǎo', corrected: true }
	];
	await expect.poll(() => wordsOf(page)).toEqual(after);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export as document YAML' }).click()
	]);
	const path = await download.path();
	expect(parse(readFileSync(path, 'utf8'))).toMatchObject({
		overrides: { pinyin: { 了: 'liǎo' } }
	});
	await page.goto('/import');
	await page
		.getByLabel('Or open a Duizhao document file (.yaml) exported from here')
		.setInputFiles(path);
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=overrides-2$/, { timeout: 60_000 });
	await expect(page.locator('#p1s1 ruby').first()).toBeVisible();
	expect(await wordsOf(page)).toEqual(after);
});

test('a shipped document’s popover has no correction controls (its YAML is corrected)', async ({
	page
}) => {
	await page.goto('/read/certification-conference-2013');
	await page.locator('#p1s1 ruby.w').first().click();
	const popover = page.getByRole('dialog');
	await expect(popover.getByRole('region', { name: 'Dictionary' })).toBeVisible();
	await expect(popover.getByRole('heading', { name: 'Correct this word' })).toHaveCount(0);
	await expect(popover.getByRole('button', { name: 'Set reading' })).toHaveCount(0);
	await expect(page.locator('ruby.corrected')).toHaveCount(0);
});
