import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { parse } from 'yaml';
import { loadPayloads } from '../fixtures/vocabulary/payloads';
import { expectNoAxeViolations } from './axe';

const SEED = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8');
const SHIPPED = '/read/certification-conference-2013';

/** Each Chinese sentence of a reading page: its words as ruby text (characters and pinyin). */
function sentencesOf(page: Page): Promise<{ text: string; words: string[] }[]> {
	return page.locator('.row .zh [data-sid]').evaluateAll((els) =>
		els.map((el) => {
			const copy = el.cloneNode(true) as HTMLElement;
			copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
			return {
				text: copy.textContent ?? '',
				words: [...el.querySelectorAll('ruby')].map((r) => r.textContent ?? '')
			};
		})
	);
}

/** Each paragraph of a reading page: its text, its sentences' texts, and its words as ruby text. */
function paragraphsOf(
	page: Page
): Promise<{ text: string; sentences: string[]; words: string[] }[]> {
	return page.locator('.row .zh').evaluateAll((els) =>
		els.map((el) => {
			const plain = (node: Element) => {
				const copy = node.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
				return copy.textContent ?? '';
			};
			return {
				text: plain(el),
				sentences: [...el.querySelectorAll('[data-sid]')].map(plain),
				words: [...el.querySelectorAll('ruby')].map((r) => r.textContent ?? '')
			};
		})
	);
}

async function importText(
	page: Page,
	zh: string,
	options: { en?: string; title?: string; goOn?: boolean } = {}
): Promise<void> {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill(zh);
	if (options.en !== undefined)
		await page.getByLabel('English translation (optional)').fill(options.en);
	if (options.title !== undefined) await page.getByLabel('Title (optional)').fill(options.title);
	await expect(page.getByRole('heading', { name: 'Pairing' })).toBeVisible();
	if (options.goOn) await page.getByLabel('Pair them in order anyway').check();
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 60_000 });
	await expect(page.locator('.row').first()).toBeVisible();
}

test('the seed pasted in reads word for word and syllable for syllable as its shipped page', async ({
	page
}) => {
	test.slow();
	await page.goto(SHIPPED);
	const shipped = await paragraphsOf(page);
	expect(shipped.flatMap((p) => p.sentences)).toHaveLength(43);
	await importText(page, SEED);
	const imported = await paragraphsOf(page);
	expect(imported.map((p) => p.text)).toEqual(shipped.map((p) => p.text));
	// The document's editor split some sentences after ； as well (where the English has a
	// sentence for each part); pasted without a translation, they are one sentence each, so each
	// imported sentence is one shipped sentence or several in a row, all but the last ending in ；.
	for (const [i, p] of imported.entries()) {
		const parts = [...(shipped[i]?.sentences ?? [])];
		for (const sentence of p.sentences) {
			let joined = parts.shift() ?? '';
			while (joined !== sentence && /[；;]$/.test(joined) && parts.length > 0)
				joined += parts.shift();
			expect(joined).toBe(sentence);
		}
		expect(parts).toEqual([]);
	}
	expect(imported.flatMap((p) => p.sentences).length).toBeLessThan(43);
	// The seed's `overrides.words` cut 作出 and 大好 as one word; a pasted text has no
	// overrides, so the engine cuts them in two, with the same syllables.
	const asShipped = (words: string[]) =>
		words
			.join(' ')
			.replaceAll('作(zuò) 出(chū)', '作(zuò)出(chū)')
			.replaceAll('大(dà) 好(hǎo)', '大(dà)好(hǎo)');
	for (const [i, p] of imported.entries()) {
		expect(asShipped(p.words), p.text).toBe(shipped[i]?.words.join(' '));
	}
	// No translation: one column of Chinese, and no English switch.
	await expect(page.locator('.row .en')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Pinyin', exact: true })).toBeVisible();
});

test('a translation is paired, reported paragraph by paragraph, and lit up as the counterpart', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/import');
	await expect(page.getByRole('link', { name: 'Read any text' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.screenshot({ path: testInfo.outputPath('import-empty-1280.png'), fullPage: true });
	await page
		.getByLabel('Chinese text')
		.fill('国家认监委召开会议。会议在北京举行。\n\n我们学习认证认可。\n\n第三段。');
	await page
		.getByLabel('English translation (optional)')
		.fill('CNCA held a meeting. It was held in Beijing.\n\nWe study. Certification matters.');
	await page.getByLabel('Title (optional)').fill('A meeting');
	const report = page.locator('.pairing');
	await expect(report).toContainText(
		'3 paragraphs: 1 paired sentence by sentence, 1 paired as whole paragraphs, 1 Chinese only.'
	);
	await expect(report).toContainText(
		'Paragraph 1: 2 sentences in each language, paired sentence by sentence.'
	);
	await expect(report).toContainText(
		'Paragraph 2: 1 Chinese sentences but 2 English ones, so the paragraph is paired as a whole.'
	);
	await expect(report).toContainText('Paragraph 3: Chinese only (1 sentence).');
	await expect(
		page.getByRole('alert').filter({ hasText: 'The Chinese has 3 paragraphs and the English 2' })
	).toBeVisible();
	const read = page.getByRole('button', { name: 'Read this text' });
	await expect(read).toBeDisabled();
	await expect(page.getByText('It will be kept as a-meeting.')).toBeVisible();
	await expectNoAxeViolations(page);
	await page.screenshot({ path: testInfo.outputPath('import-report-1280.png'), fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: testInfo.outputPath('import-report-390.png'), fullPage: true });
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.getByLabel('Pair them in order anyway').check();
	await read.click();
	await expect(page).toHaveURL(/\/text\?id=a-meeting$/, { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toContainText('A meeting');
	await expect(page.locator('#p1s1-en')).toHaveText('CNCA held a meeting.');
	await page.locator('#p1s2').hover();
	await expect(page.locator('#p1s2-en')).toHaveClass(/\bactive\b/);
	// The glossary term, and its rendering in the English.
	const term = page.locator('#p1s1 a.term').first();
	await expect(term).toHaveAttribute('href', '/glossary/cnca');
	await term.hover();
	await expect(page.locator('#p1s1-en .rendering.aligned')).toHaveText('CNCA');
	await term.click();
	await expect(page.getByRole('dialog')).toContainText(
		'Certification and Accreditation Administration'
	);
	await page.keyboard.press('Escape');
	await expectNoAxeViolations(page);
	await page.screenshot({ path: testInfo.outputPath('text-1280.png'), fullPage: true });
	await page.setViewportSize({ width: 390, height: 844 });
	await page.screenshot({ path: testInfo.outputPath('text-390.png'), fullPage: true });
});

test('any word has its dictionary entry; a saved word links back to the imported text', async ({
	page
}) => {
	await importText(page, '我们学习认证认可的知识。', { title: '学习' });
	const url = page.url();
	const word = page.locator('#p1s1 ruby.w', { hasText: '学(xué)习(xí)' });
	await word.click();
	const dialog = page.getByRole('dialog');
	await expect(dialog).toContainText('to learn');
	await dialog.getByRole('button', { name: 'Save' }).first().click();
	await expect(dialog.getByRole('button', { name: 'Saved' }).first()).toBeVisible();
	await page.goto('/vocabulary');
	const link = page.getByRole('link', { name: '我们学习认证认可的知识。' });
	const id = new URL(url).searchParams.get('id');
	await expect(link).toHaveAttribute('href', `/text?id=${id}#p1s1`);
	await link.click();
	await expect(page.locator('#p1s1')).toHaveClass(/\btarget\b/);
});

test('the library lists imported texts: open, rename, delete and undo', async ({ page }) => {
	await importText(page, '第一句话。', { title: '我的文章' });
	await page.goto('/');
	const list = page.locator('.your-texts');
	await expect(list.getByRole('link', { name: '我的文章' })).toBeVisible();
	await list.getByRole('button', { name: 'Rename' }).click();
	await list.getByLabel('New title for 我的文章').fill('新的名字');
	await list.getByRole('button', { name: 'Save' }).click();
	await expect(list.getByRole('link', { name: '新的名字' })).toBeVisible();
	await list.getByRole('button', { name: 'Delete 新的名字' }).click();
	await expect(list.getByRole('link', { name: '新的名字' })).toHaveCount(0);
	await list.getByRole('button', { name: 'Undo' }).click();
	await list.getByRole('link', { name: '新的名字' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toContainText('新的名字');
	expect((await paragraphsOf(page)).map((p) => p.text)).toEqual(['第一句话。']);
});

test('bad input gets a clear message, never a crash', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	await page.goto('/import');
	const zh = page.getByLabel('Chinese text');
	const read = page.getByRole('button', { name: 'Read this text' });
	await zh.fill('   \n\n\u3000 ');
	await expect(page.getByText('There is no text here, only spaces and blank lines.')).toBeVisible();
	await expect(read).toBeDisabled();
	await zh.fill('Only English here.');
	await expect(page.getByText('The text has no Chinese characters.')).toBeVisible();
	await expect(read).toBeDisabled();
	await zh.fill('中'.repeat(200_001));
	await expect(page.getByText(/The text has 200,001 characters; at most 200,000/)).toBeVisible();
	await expect(read).toBeDisabled();
	await zh.fill('');
	const open = page.getByLabel('Or open a file (.txt, .md, .srt, .vtt, .epub)');
	await open.setInputFiles('tests/fixtures/import/binary.bin');
	await expect(
		page.getByText(/binary\.bin could not be read: cannot read binary\.bin/)
	).toBeVisible();
	await open.setInputFiles({
		name: 'x.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from([0, 1, 2, 3, 0, 0])
	});
	await expect(page.getByText('x.txt could not be read: This is not a text file')).toBeVisible();
	await open.setInputFiles({
		name: 'broken.srt',
		mimeType: 'text/plain',
		buffer: Buffer.from('1\nnot a time\n你好\n')
	});
	await expect(page.getByText(/broken\.srt could not be read: expected a cue time/)).toBeVisible();
	await open.setInputFiles('tests/fixtures/import/not-zip.epub');
	await expect(
		page.getByText(/not-zip\.epub could not be read: this is not an EPUB/)
	).toBeVisible();
	await open.setInputFiles('tests/fixtures/import/zh-gb18030.txt');
	await expect(zh).toHaveValue(/\p{Script=Han}/u);
	await expect(page.getByLabel('Encoding')).toHaveValue('gb18030');
	expect(errors).toEqual([]);
});

test('a file in another encoding is detected, shown and can be read again in another', async ({
	page
}) => {
	await page.goto('/import');
	await page
		.getByLabel('Or open a file (.txt, .md, .srt, .vtt, .epub)')
		.setInputFiles('tests/fixtures/import/zh-big5.txt');
	const encoding = page.getByLabel('Encoding');
	await expect(encoding).toHaveValue('big5');
	const zh = page.getByLabel('Chinese text');
	const asBig5 = await zh.inputValue();
	await encoding.selectOption('gb18030');
	await expect(zh).not.toHaveValue(asBig5);
	await encoding.selectOption('big5');
	await expect(zh).toHaveValue(asBig5);
});

test('the draft survives a reload until the text is stored', async ({ page }) => {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('草稿里的文字。');
	await expect(page.getByText('Your text is kept as a draft')).toBeVisible();
	await page.reload();
	await expect(page.getByLabel('Chinese text')).toHaveValue('草稿里的文字。');
	await expect(page.getByText('The text you were working on was restored.')).toBeVisible();
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=/, { timeout: 60_000 });
	await page.goto('/import');
	await expect(page.getByLabel('Chinese text')).toHaveValue('');
});

test('an exported document YAML imports back with the same sentences', async ({ page }) => {
	await importText(page, '第一句。第二句。\n\n第三句。', {
		en: 'One. Two.\n\nThree.',
		title: 'Round trip'
	});
	const before = await sentencesOf(page);
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export as document YAML' }).click()
	]);
	expect(download.suggestedFilename()).toBe('round-trip.yaml');
	const path = await download.path();
	const yaml = readFileSync(path, 'utf8');
	expect(parse(yaml)).toMatchObject({ title: { zh: 'Round trip', en: 'Round trip' } });
	await page.goto('/import');
	await page
		.getByLabel('Or open a Duizhao document file (.yaml) exported from here')
		.setInputFiles(path);
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=round-trip-2$/, { timeout: 60_000 });
	expect(await sentencesOf(page)).toEqual(before);
	await expect(page.locator('#p1s2-en')).toHaveText('Two.');
});

test('hostile text, titles and translations are shown as text: nothing runs', async ({ page }) => {
	test.slow();
	const dialogs: string[] = [];
	page.on('dialog', (d) => {
		dialogs.push(d.message());
		void d.dismiss();
	});
	const content = parse(readFileSync('tests/fixtures/content-payloads/payloads.yaml', 'utf8')) as {
		text: string[];
	};
	const payloads = [
		...loadPayloads()
			.map((p) => p.text)
			.filter((t) => t.length < 5000),
		...content.text
	];
	// A paragraph per payload, each with Chinese; the English has the payload too.
	const zh = payloads.map((p, i) => `第${i + 1}段：${p.replace(/\n\s*\n/g, ' ')}。`).join('\n\n');
	const en = payloads.map((p) => `Paragraph: ${p.replace(/\n\s*\n/g, ' ')}.`).join('\n\n');
	await importText(page, zh, { en, title: payloads.slice(0, 12).join(' ') });
	await expect(page.locator('.row')).toHaveCount(payloads.length);
	const injected = await page.evaluate(
		() =>
			document.querySelectorAll(
				'main script, main img, main svg, main iframe, main object, main embed, main form:not(.rename), main style, main base, main meta, main math, main details, main input:not([name^=preference-]), main [onerror], main [onload], main [onmouseover], main [onfocus]'
			).length
	);
	// (The reading options' radio buttons are the page's own: name="preference-…".)
	expect(injected).toBe(0);
	await expect(page.locator('main')).toContainText("<script>alert('script')</script>");
	await page.goto('/');
	await expect(page.locator('.your-texts')).toContainText('<script>');
	expect(dialogs).toEqual([]);
});

test('a long text shows its beginning while the rest is annotated, then reads whole', async ({
	page
}) => {
	test.slow();
	const paragraphs = SEED.split('\n')
		.filter((l) => /\p{Script=Han}/u.test(l))
		.slice(1);
	const long = Array.from({ length: 300 }, (_, i) => paragraphs[i % paragraphs.length]).join(
		'\n\n'
	);
	await page.goto('/import');
	await page.getByLabel('Chinese text').evaluate((el: HTMLTextAreaElement, text) => {
		el.value = text;
		el.dispatchEvent(new Event('input', { bubbles: true }));
	}, long);
	await expect(page.getByRole('heading', { name: 'Pairing' })).toBeVisible();
	// Whatever the machine's speed: did the beginning ever show, and was it the text's?
	await page.evaluate(() => {
		const w = window as unknown as { previewed: string[] };
		w.previewed = [];
		new MutationObserver(() => {
			const first = document.querySelector('.preview #p1s1');
			if (first && w.previewed.length === 0) {
				const copy = first.cloneNode(true) as Element;
				copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
				w.previewed.push(copy.textContent ?? '');
			}
		}).observe(document.body, { childList: true, subtree: true });
	});
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 120_000 });
	const previewed = await page.evaluate(
		() => (window as unknown as { previewed: string[] }).previewed
	);
	expect(previewed).toEqual([(await sentencesOf(page))[0]?.text]);
	// Drawn a piece at a time, to the last paragraph.
	await expect(page.locator('.row')).toHaveCount(300, { timeout: 60_000 });
	await expect(page.getByRole('region', { name: 'Paragraph 300' })).toBeAttached();
});
