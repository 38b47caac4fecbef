import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const DOC = '/read/certification-conference-2013';
const popover = (page: Page) => page.getByRole('dialog');
/** A word of sentence `sid` by its characters (its text reads 肯(kěn)定(dìng)). */
const word = (page: Page, sid: string, text: string) =>
	page
		.locator(`#${sid} ruby.w`)
		.filter({ hasText: new RegExp(`^${[...text].map((c) => `${c}\\([^)]*\\)`).join('')}$`) })
		.first();

async function saveWord(page: Page, sid: string, text: string): Promise<void> {
	await word(page, sid, text).click();
	await popover(page).getByRole('button', { name: 'Save' }).first().click();
	await expect(popover(page).getByRole('button', { name: 'Saved' }).first()).toBeDisabled();
	await page.keyboard.press('Escape');
}

test.describe('on a 390px touch screen', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('tapping any word shows its dictionary entry', async ({ page }) => {
		await page.goto(DOC);
		await word(page, 'p2s1', '肯定').tap();
		await expect(popover(page)).toBeVisible();
		await expect(popover(page).getByRole('heading')).toContainText('肯定');
		await expect(popover(page)).toContainText('kěn dìng');
		await expect(popover(page)).toContainText('to affirm');
		await expect(popover(page).getByRole('list', { name: 'Characters' })).toContainText('肯');
	});
});

test('a polyphonic word lists its reading in this sentence first, with traditional form and HSK', async ({
	page
}) => {
	await page.goto(DOC);
	await word(page, 'p4s2', '当前').click();
	await expect(popover(page).locator('.readings li').first()).toContainText('dāng qián');
	await expect(popover(page).locator('.readings li').first()).toContainText('here');
	await page.keyboard.press('Escape');
	await word(page, 'p3s5', '发展').click();
	await expect(popover(page)).toContainText('發展');
	await expect(popover(page)).toContainText('HSK');
});

test('the popover gives a word the pinyin the page shows, by the tone choices made', async ({
	page
}) => {
	await page.goto(DOC);
	const shown = async (text: string) => {
		await word(page, 'p5s2', text).click();
		const pinyin = await popover(page).locator('header .py').innerText();
		await page.keyboard.press('Escape');
		return pinyin;
	};
	expect(await shown('进一步')).toBe('jìn yí bù');
	expect(await shown('认识')).toBe('rèn shi');
	await page.getByRole('button', { name: 'Tone changes' }).click();
	await page.getByRole('button', { name: 'Neutral tones' }).click();
	expect(await shown('进一步')).toBe('jìn yī bù');
	expect(await shown('认识')).toBe('rèn shí');
});

test('a term shows its glossary entry first, then the dictionary, which may not have it', async ({
	page
}) => {
	await page.goto(DOC);
	await page.locator('#p1s2 a.term[data-term="zhi-shuping"]').click();
	await expect(popover(page)).toContainText('zhī shù píng');
	const glossary = popover(page).locator('.term-card');
	const dictionary = popover(page).locator('.dict');
	await expect(glossary).toContainText('Minister');
	await expect(dictionary).toContainText('Not in the dictionary (CC-CEDICT)');
	const [g, d] = [await glossary.boundingBox(), await dictionary.boundingBox()];
	expect(g && d && g.y < d.y).toBe(true);
});

test('keyboard: arrow keys step through words, Enter looks one up, Escape returns', async ({
	page
}) => {
	await page.goto(DOC);
	await page.locator('#p2s1').focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	const focused = page.locator('#p2s1 :focus');
	await expect(focused).toHaveText(/充.*分/);
	await page.keyboard.press('Enter');
	await expect(popover(page)).toBeFocused();
	await expect(popover(page)).toContainText('chōng fèn');
	await page.keyboard.press('Escape');
	await expect(popover(page)).toBeHidden();
	await expect(focused).toHaveText(/充.*分/);
});

test('saved words survive a reload and show in /vocabulary; delete can be undone', async ({
	page
}) => {
	await page.goto(DOC);
	await saveWord(page, 'p2s1', '肯定');
	await saveWord(page, 'p2s1', '成绩');
	await page.reload();
	await word(page, 'p2s1', '肯定').click();
	await expect(popover(page).getByRole('button', { name: 'Saved' })).toBeDisabled();

	await page.goto('/vocabulary');
	const rows = page.locator('table.vocab tbody tr');
	await expect(rows).toHaveCount(2);
	await expect(rows.first()).toContainText('成绩');
	await expect(rows.first()).toContainText('chéng jì');
	await page.getByRole('button', { name: 'Delete 成绩' }).click();
	await expect(rows).toHaveCount(1);
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(rows).toHaveCount(2);
	await page.reload();
	await expect(rows).toHaveCount(2);

	// The source link goes back to the sentence.
	await rows.first().getByRole('link').click();
	await expect(page).toHaveURL(`${DOC}#p2s1`);
	await expect(page.locator('#p2s1')).toHaveClass(/\btarget\b/);
});

test('exports download Anki TSV, CSV and a JSON backup that imports back losslessly', async ({
	page
}) => {
	await page.goto(DOC);
	await saveWord(page, 'p2s1', '肯定');
	await saveWord(page, 'p1s3', '重要');
	await page.goto('/vocabulary');

	const fileOf = async (name: string) => {
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name, exact: true }).click()
		]);
		return {
			name: download.suggestedFilename(),
			text: await readFile((await download.path()) ?? '', 'utf8')
		};
	};
	const anki = await fileOf('Anki (TSV)');
	expect(anki.name).toMatch(/^duizhao-anki-\d{4}-\d{2}-\d{2}\.tsv$/);
	const lines = anki.text.trimEnd().split('\n');
	expect(lines.slice(0, 3)).toEqual([
		'#separator:tab',
		'#html:true',
		'#columns:Hanzi\tPinyin\tDefinition\tExample\tSource'
	]);
	expect(lines).toHaveLength(5);
	expect(lines.some((l) => l.startsWith('重要\tzhòng yào\t') && l.includes('<b>重要</b>'))).toBe(
		true
	);

	const csv = await fileOf('Spreadsheet (CSV)');
	expect(csv.text.split('\r\n')[0]).toBe(
		'hanzi,pinyin,definition,traditional,hsk,sentence,english,source,link,saved'
	);

	const backup = await fileOf('Backup (JSON)');
	const saved = JSON.parse(backup.text) as { words: unknown[] };
	expect(saved.words).toHaveLength(2);

	// Delete everything, then import the backup: every field comes back.
	await page.getByRole('button', { name: 'Delete 肯定' }).click();
	await page.getByRole('button', { name: 'Delete 重要' }).click();
	await expect(page.locator('table.vocab')).toHaveCount(0);
	await page.getByLabel('Import a backup (JSON)').setInputFiles({
		name: backup.name,
		mimeType: 'application/json',
		buffer: Buffer.from(backup.text)
	});
	await expect(page.getByText('Imported 2 new word(s); 0 already saved')).toBeVisible();
	const again = await fileOf('Backup (JSON)');
	expect((JSON.parse(again.text) as { words: unknown[] }).words).toEqual(
		expect.arrayContaining(saved.words)
	);
	// Importing the same file again merges: nothing is duplicated.
	await page.getByLabel('Import a backup (JSON)').setInputFiles({
		name: backup.name,
		mimeType: 'application/json',
		buffer: Buffer.from(backup.text)
	});
	await expect(page.getByText('Imported 0 new word(s); 2 already saved')).toBeVisible();
	await expect(page.locator('table.vocab tbody tr')).toHaveCount(2);
});

test('a damaged record gives a clear message and is kept, not wiped', async ({ page }) => {
	await page.goto('/vocabulary');
	await expect(page.getByText('No saved words yet.')).toBeVisible();
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('duizhao', 1);
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction('vocabulary', 'readwrite');
		tx.objectStore('vocabulary').put({ id: 'broken|x', v: 1, hanzi: 42 });
		tx.objectStore('vocabulary').put({ id: 'future|y', v: 7, hanzi: '未来' });
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.reload();
	await expect(page.getByRole('alert')).toContainText('2 saved records could not be read');
	await expect(page.getByRole('alert')).toContainText('nothing was deleted');

	// Saving another word leaves the damaged records where they were.
	await page.goto(DOC);
	await saveWord(page, 'p2s1', '肯定');
	const ids = await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve) => {
			const req = indexedDB.open('duizhao', 1);
			req.onsuccess = () => resolve(req.result);
		});
		const req = db.transaction('vocabulary').objectStore('vocabulary').getAllKeys();
		return await new Promise<IDBValidKey[]>(
			(resolve) => (req.onsuccess = () => resolve(req.result))
		);
	});
	expect(ids.map(String).sort()).toEqual(['broken|x', 'future|y', '肯定|kěn dìng']);
});

test.describe('when the browser refuses storage', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			IDBFactory.prototype.open = () => {
				throw new DOMException('denied', 'SecurityError');
			};
		});
	});

	test('saving still works for the page and says it will not last', async ({ page }) => {
		await page.goto(DOC);
		await word(page, 'p2s1', '肯定').click();
		await expect(popover(page)).toContainText('kept only until you close this page');
		await popover(page).getByRole('button', { name: 'Save' }).first().click();
		await expect(popover(page).getByRole('button', { name: 'Saved' })).toBeDisabled();
		await page.goto('/vocabulary');
		await expect(page.getByRole('alert')).toContainText('does not let Duizhao store words');
	});
});

for (const path of ['/vocabulary', '/about']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectNoAxeViolations(page);
	});
}

test('axe finds no violations with a word popover open', async ({ page }) => {
	await page.goto(DOC);
	await word(page, 'p2s1', '肯定').click();
	await expect(popover(page)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the about page credits CC-CEDICT and the CPP data with their licences', async ({ page }) => {
	await page.goto('/about');
	await expect(
		page.getByText(/CC-CEDICT \([\d,]+ headwords, release of 2025-12-13\)/)
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'CC BY-SA 4.0' })).toBeVisible();
	await expect(page.getByText(/HSK 2\.0/)).toBeVisible();
	await expect(
		page.getByText(
			/learned from the tuning part of the CPP polyphone data.*Apache-2\.0.*: \d+ entries/
		)
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'kakaobrain/g2pM' })).toBeVisible();
});
