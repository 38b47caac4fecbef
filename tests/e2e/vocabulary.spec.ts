import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { loadPayloads, payloadBackup } from '../fixtures/vocabulary/payloads';
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
	await page.getByRole('button', { name: 'Options' }).click();
	await page.getByRole('button', { name: 'Tone changes' }).click();
	await page.getByRole('button', { name: 'Neutral tones' }).click();
	await page.getByRole('button', { name: 'Close the options' }).click();
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
	expect(lines.slice(0, 7)).toEqual([
		'#separator:tab',
		'#html:true',
		'#notetype:Duizhao',
		'#deck:Duizhao',
		'#tags:duizhao',
		'#tags column:7',
		'#columns:Key\tHanzi\tPinyin\tDefinition\tExample\tSource\tTags'
	]);
	expect(lines).toHaveLength(9);
	expect(
		lines.some(
			(l) => l.startsWith('重要 zhòng yào\t重要\tzhòng yào\t') && l.includes('<b>重要</b>')
		)
	).toBe(true);

	const csv = await fileOf('Spreadsheet (CSV)');
	// A byte-order mark first, so that Excel reads the file as UTF-8.
	expect(csv.text.split('\r\n')[0]).toBe(
		'\uFEFFhanzi,pinyin,definition,traditional,hsk,sentence,english,source,link,saved'
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
			const req = indexedDB.open('duizhao'); // whatever version the site made
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
			const req = indexedDB.open('duizhao'); // whatever version the site made
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
		// An import says the words are not stored, not "Imported".
		await importBackup(page, backupOf([savedWord('一'), savedWord('二')]));
		await expect(page.getByRole('status')).toHaveText(
			'Added 2 words for this page only: this browser is not storing words, so they are gone when you close the page.'
		);
	});
});

/** A saved word of sentence p2s1 as the reader saves it; `n` makes each one its own. */
function savedWord(hanzi: string, pinyin = 'cí', definition = 'a word') {
	return {
		id: `${hanzi}|${pinyin}`,
		hanzi,
		pinyin,
		definition,
		source: {
			doc: 'certification-conference-2013',
			title: 'Conference',
			sentence: 'p2s1',
			zh: `${hanzi}。`,
			en: 'A sentence.'
		},
		savedAt: '2026-11-28T07:00:00.000Z'
	};
}

const backupOf = (words: unknown[]) =>
	JSON.stringify({ format: 'duizhao-vocabulary', version: 1, exported: 'x', words });

async function importBackup(page: Page, text: string): Promise<void> {
	await page.getByLabel('Import a backup (JSON)').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

/** Records put into (or read from) the page's IndexedDB directly, as another tab or version would. */
function putRecords(page: Page, records: unknown[]): Promise<void> {
	return page.evaluate(async (records) => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('duizhao'); // whatever version the site made
			req.onupgradeneeded = () => req.result.createObjectStore('vocabulary', { keyPath: 'id' });
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction('vocabulary', 'readwrite');
		for (const r of records) tx.objectStore('vocabulary').put(r);
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	}, records);
}

function storedRecords(page: Page): Promise<Record<string, unknown>[]> {
	return page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('duizhao'); // whatever version the site made
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const req = db.transaction('vocabulary').objectStore('vocabulary').getAll();
		const all = await new Promise<Record<string, unknown>[]>(
			(resolve) => (req.onsuccess = () => resolve(req.result))
		);
		db.close();
		return all;
	});
}

test('hostile strings from a backup are shown as text on /vocabulary: no dialog, element or script', async ({
	page
}) => {
	const payloads = loadPayloads();
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	await page.addInitScript(() => {
		// Anything a payload would run lands here too.
		const ran: string[] = [];
		Object.assign(window, { ran });
		for (const name of ['alert', 'confirm', 'prompt'] as const) {
			const original = window[name].bind(window);
			Object.assign(window, {
				[name]: (...args: unknown[]) => {
					ran.push(`${name}(${String(args[0])})`);
					return (original as (...a: unknown[]) => unknown)(...args);
				}
			});
		}
	});
	await page.goto('/vocabulary');
	await expect(page.getByText('No saved words yet.')).toBeVisible();
	const scriptsBefore = await page.locator('script').count();
	await importBackup(page, payloadBackup(payloads));
	await expect(page.getByRole('status')).toContainText(
		`Imported ${payloads.length} new word(s); 0 already saved`
	);
	const rows = page.locator('table.vocab tbody tr');
	await expect(rows).toHaveCount(payloads.length);
	// Hover and focus every row, link and button, for the event-handler payloads.
	for (const row of await rows.all()) await row.hover();
	for (let i = 0; i < payloads.length * 2; i++) await page.keyboard.press('Tab');
	await page.reload();
	await expect(rows).toHaveCount(payloads.length);

	const injected = await page.evaluate(() => {
		const found: string[] = [];
		for (const el of document.querySelectorAll('main *, main')) {
			const tag = el.tagName.toLowerCase();
			if (
				[
					'img',
					'svg',
					'iframe',
					'math',
					'details',
					'style',
					'script',
					'object',
					'embed',
					'body',
					'mglyph',
					'textarea'
				].includes(tag)
			)
				found.push(tag);
			for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`${tag}[${a.name}]`);
		}
		for (const a of document.querySelectorAll('a[href]')) {
			const href = a.getAttribute('href') ?? '';
			if (/^\s*(javascript|data|vbscript):/i.test(href) || href.includes('"'))
				found.push(`a[href=${href.slice(0, 40)}]`);
		}
		return found;
	});
	expect(injected).toEqual([]);
	// No payload's document id made a link: each is a sentence's text, not a link.
	await expect(page.locator('table.vocab a')).toHaveCount(0);
	expect(await page.locator('script').count()).toBe(scriptsBefore);
	expect(dialogs).toEqual([]);
	expect(await page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual([]);
	// Shown as the text it is.
	await expect(rows.filter({ hasText: "<img src=x onerror=alert('img')>" })).toHaveCount(1);
	console.info(
		`/vocabulary: ${payloads.length} payloads tried, ${injected.length + dialogs.length} live`
	);
	await expectNoAxeViolations(page);
});

test('a stored word this version cannot read is kept as it is by Save and by an import, and the page says so', async ({
	page
}) => {
	await page.goto('/vocabulary');
	await expect(page.getByText('No saved words yet.')).toBeVisible();
	// Written by a newer version: another format version, and a field this one does not know.
	const newer = {
		...savedWord('肯定', 'kěn dìng', 'from a newer version'),
		v: 2,
		audio: 'ken-ding.mp3'
	};
	const extra = { ...savedWord('成绩', 'chéng jì'), v: 1, note: 'a newer field' };
	await putRecords(page, [newer, extra]);

	await page.goto(DOC);
	await word(page, 'p2s1', '肯定').click();
	await popover(page).getByRole('button', { name: 'Save' }).first().click();
	await expect(popover(page).getByRole('alert')).toContainText(
		'already stored, in a record this version of Duizhao cannot read. It was kept as it is'
	);

	await page.goto('/vocabulary');
	await expect(page.getByRole('alert')).toContainText('2 saved records could not be read');
	await importBackup(
		page,
		backupOf([savedWord('肯定', 'kěn dìng'), savedWord('成绩', 'chéng jì'), savedWord('好')])
	);
	await expect(page.getByRole('status')).toContainText(
		'Imported 1 new word(s); 0 already saved were kept as they were. 2 stored words could not be read and were kept as they are'
	);
	const stored = await storedRecords(page);
	expect(stored).toEqual(expect.arrayContaining([newer, extra]));
	expect(stored).toHaveLength(3);
	await expectNoAxeViolations(page);
});

test.describe('two tabs', () => {
	test('a save or an import in one shows in the other', async ({ context }) => {
		const [a, b] = [await context.newPage(), await context.newPage()];
		await a.goto('/vocabulary');
		await b.goto(DOC);
		await expect(a.getByText('No saved words yet.')).toBeVisible();
		await saveWord(b, 'p2s1', '肯定');
		await expect(a.locator('table.vocab tbody tr')).toHaveCount(1);
		await b.goto('/vocabulary');
		await importBackup(a, backupOf([savedWord('一'), savedWord('二')]));
		await expect(b.locator('table.vocab tbody tr')).toHaveCount(3);
		await b.getByRole('button', { name: 'Delete 一' }).click();
		await expect(a.locator('table.vocab tbody tr')).toHaveCount(2);
	});

	test('a word stored by another tab is kept as it is, and a backup has every stored word', async ({
		context
	}) => {
		const [a, b] = [await context.newPage(), await context.newPage()];
		await a.goto('/vocabulary');
		await b.goto('/vocabulary');
		await expect(a.getByText('No saved words yet.')).toBeVisible();
		// b writes without a word to a (as a tab of another version would): a's list is stale.
		const many = Array.from({ length: 402 }, (_, i) => ({ ...savedWord(`词${i}`), v: 1 }));
		await putRecords(b, [{ ...savedWord('一', 'yī', 'first'), v: 1 }, ...many]);
		await expect(a.getByText('No saved words yet.')).toBeVisible();

		await importBackup(a, backupOf([savedWord('一', 'yī', 'second')]));
		await expect(a.getByRole('status')).toContainText('Imported 0 new word(s); 1 already saved');
		expect((await storedRecords(a)).find((r) => r.id === '一|yī')?.definition).toBe('first');

		const [download] = await Promise.all([
			a.waitForEvent('download'),
			a.getByRole('button', { name: 'Backup (JSON)', exact: true }).click()
		]);
		const backup = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as {
			words: unknown[];
		};
		expect(backup.words).toHaveLength(403);
		await expect(a.getByRole('status')).toContainText('Exported 403 words.');
	});

	test('a tab shown again reads the stored words again', async ({ page }) => {
		await page.goto('/vocabulary');
		await expect(page.getByText('No saved words yet.')).toBeVisible();
		await putRecords(page, [{ ...savedWord('一'), v: 1 }]);
		await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
		await expect(page.locator('table.vocab tbody tr')).toHaveCount(1);
	});
});

test('an IndexedDB open that never answers is reported, and an import says nothing was stored', async ({
	page
}) => {
	await page.addInitScript(() => {
		IDBFactory.prototype.open = () => ({}) as IDBOpenDBRequest;
	});
	await page.goto('/vocabulary');
	await expect(page.getByRole('alert')).toContainText('The browser’s storage is not answering', {
		timeout: 10_000
	});
	await expect(page.getByText('No saved words yet.')).toHaveCount(0);
	await importBackup(page, backupOf([savedWord('一'), savedWord('二')]));
	await expect(page.getByRole('status')).toHaveText(
		'Nothing was imported. The browser’s storage is not answering: 2 words were not imported.'
	);
});

test('when storage runs out mid-import, the count is what was stored', async ({ page }) => {
	await page.goto('/vocabulary');
	await expect(page.getByText('No saved words yet.')).toBeVisible();
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', {
		origin: new URL(page.url()).origin,
		quotaSize: 1_000_000
	});
	const long = 'a long definition, to fill the storage '.repeat(10);
	const words = Array.from({ length: 3000 }, (_, i) => savedWord(`词${i}`, 'cí', long));
	await importBackup(page, backupOf(words));
	await expect(page.getByRole('status')).toContainText('The browser’s storage is full', {
		timeout: 30_000
	});
	const text = (await page.getByRole('status').innerText()).trim();
	const stored = (await storedRecords(page)).length;
	console.info(`quota: ${stored} of 3000 words stored; the page says: ${text}`);
	expect(stored).toBeGreaterThan(0);
	expect(stored).toBeLessThan(3000);
	expect(text).toContain(`Imported ${stored} new word(s)`);
	expect(text).toContain(`${(3000 - stored).toLocaleString('en')} words were not imported`);
});

test('25,000 saved words: /vocabulary shows one page of 100 at a time, with page controls', async ({
	page
}) => {
	test.slow();
	await page.goto('/vocabulary');
	await expect(page.getByText('No saved words yet.')).toBeVisible();
	await page.evaluate(async () => {
		const db = await new Promise<IDBDatabase>((resolve, reject) => {
			const req = indexedDB.open('duizhao'); // whatever version the site made
			req.onsuccess = () => resolve(req.result);
			req.onerror = () => reject(req.error);
		});
		const tx = db.transaction('vocabulary', 'readwrite');
		for (let i = 0; i < 25_000; i++) {
			const hanzi = `词${i}`;
			tx.objectStore('vocabulary').put({
				id: `${hanzi}|cí`,
				hanzi,
				pinyin: 'cí',
				definition: `word ${i}`,
				source: {
					doc: 'certification-conference-2013',
					title: 'T',
					sentence: 'p2s1',
					zh: hanzi,
					en: 'e'
				},
				savedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(),
				v: 1
			});
		}
		await new Promise((resolve) => (tx.oncomplete = resolve));
		db.close();
	});
	await page.reload();
	const rows = page.locator('table.vocab tbody tr');
	await expect(page.getByText('Words 1–100 of 25,000')).toBeVisible({ timeout: 20_000 });
	await expect(rows).toHaveCount(100);
	await expect(rows.first()).toContainText('词24999');
	const pages = page.getByRole('navigation', { name: 'Pages' });
	await pages.getByRole('button', { name: 'Next' }).click();
	await expect(page.getByText('Words 101–200 of 25,000')).toBeVisible();
	await expect(rows.first()).toContainText('词24899');
	await pages.getByRole('spinbutton', { name: 'Page' }).fill('250');
	await pages.getByRole('spinbutton', { name: 'Page' }).press('Enter');
	await expect(rows).toHaveCount(100);
	await expect(rows.last()).toContainText('词0');
	await expect(pages.getByRole('button', { name: 'Next' })).toBeDisabled();
	await expectNoAxeViolations(page);
});

test('a backup whose version is missing, or a string, is not called newer', async ({ page }) => {
	await page.goto('/vocabulary');
	await importBackup(page, '{"format":"duizhao-vocabulary","version":"1","words":[]}');
	await expect(page.getByRole('status')).toHaveText(
		'That backup’s format version is "1", not a number such as 1, so it was not imported.'
	);
	await importBackup(page, '{"format":"duizhao-vocabulary","words":[]}');
	await expect(page.getByRole('status')).toContainText('does not say which version');
	await importBackup(page, '{"format":"duizhao-vocabulary","version":3,"words":[]}');
	await expect(page.getByRole('status')).toContainText(
		'newer version of Duizhao (its format version is 3'
	);
});

for (const path of ['/vocabulary', '/about']) {
	test(`axe finds no violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await expectNoAxeViolations(page);
	});
}

test('axe finds no violations with a word popover open', async ({ page }) => {
	test.slow();
	await page.goto(DOC);
	await word(page, 'p2s1', '肯定').click();
	await expect(popover(page)).toBeVisible();
	await expectNoAxeViolations(page);
});

test('the about page credits CC-CEDICT and the CPP data with their licences', async ({ page }) => {
	await page.goto('/about');
	await expect(
		page.getByText(/CC-CEDICT \([\d,]+ headwords, release of 13 December 2025\)/)
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
