import { expect, test, type Page } from '@playwright/test';

const DOC = '/read/certification-conference-2013';
const TITLE_EN = /National Certification and Accreditation Work Conference Held in Beijing/;

const zhSentences = (page: Page) => page.locator('.row .zh [data-sid]');
const enSentences = (page: Page) => page.locator('.row .en [data-sid]');

test('the library lists the document and opens the reader', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
	const link = page.getByRole('link', { name: TITLE_EN });
	await expect(link).toContainText('全国认证认可工作会议在京召开');
	await expect(page.getByText(/\d+ characters · 43 sentences/)).toBeVisible();
	await link.click();
	await expect(page).toHaveURL(DOC);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE_EN);
	// Source, translator and licence are one click away, above the text.
	await expect(page.getByText('CC BY 4.0')).toBeHidden();
	await page.getByText('18 January 2013 · Source, translation and licence').click();
	await expect(page.getByText(/English translation: Duizhao editors, CC BY 4\.0/)).toBeVisible();
});

test('every sentence is there in both languages, aligned by id', async ({ page }) => {
	await page.goto(DOC);
	const zh = await zhSentences(page).evaluateAll((els) =>
		els.map((e) => [e.getAttribute('data-sid'), e.textContent?.trim() ?? ''])
	);
	const en = await enSentences(page).evaluateAll((els) =>
		els.map((e) => [e.getAttribute('data-sid'), e.textContent?.trim() ?? ''])
	);
	expect(zh).toHaveLength(43);
	expect(en.map(([id]) => id)).toEqual(zh.map(([id]) => id));
	for (const [id, text] of zh) expect(text, id ?? '').toMatch(/\p{Script=Han}/u);
	for (const [id, text] of en) expect(text, id ?? '').toMatch(/^[A-Z“"]/);
	await expect(page.getByRole('region', { name: 'Paragraph 9' })).toBeVisible();
	// Sentences of a paragraph read as running text: separated by a space.
	await expect(page.getByRole('region', { name: 'Paragraph 2' }).locator('.en')).toContainText(
		'in 2012. He noted'
	);
});

test('pinyin is over the words, and the toggle is remembered after a reload', async ({ page }) => {
	await page.goto(DOC);
	const firstSentence = page.locator('#p1s2');
	const rt = firstSentence.locator('rt').first();
	// <ruby>局<rp>(</rp><rt>jú</rt><rp>)</rp>长…: the word reads jú zhǎng here.
	await expect(firstSentence.locator('ruby', { hasText: /局\(jú\)长\(zhǎng\)/ })).toHaveCount(2);
	await expect(rt).toBeVisible();

	const toggle = page.getByRole('button', { name: 'Pinyin' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect(rt).toBeHidden();

	await page.reload();
	await expect(page.getByRole('button', { name: 'Pinyin' })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect(page.locator('#p1s2 rt').first()).toBeHidden();

	await page.getByRole('button', { name: 'Pinyin' }).click();
	await page.reload();
	await expect(page.locator('#p1s2 rt').first()).toBeVisible();
});

test('hovering a sentence highlights its counterpart, both ways', async ({ page }) => {
	await page.goto(DOC);
	await page.locator('#p2s1').hover();
	await expect(page.locator('#p2s1-en')).toHaveClass(/\bactive\b/);
	await expect(page.locator('#p2s2-en')).not.toHaveClass(/\bactive\b/);

	await page.locator('#p3s2-en').hover();
	await expect(page.locator('#p3s2')).toHaveClass(/\bactive\b/);
	await expect(page.locator('#p2s1-en')).not.toHaveClass(/\bactive\b/);
});

test('keyboard focus on a sentence highlights its counterpart', async ({ page }) => {
	await page.goto(DOC);
	// The reading controls come before the text: start from the last one.
	await page.locator('.controls button').last().focus();
	await page.keyboard.press('Tab');
	await expect(page.locator('#p1s1')).toBeFocused();
	await expect(page.locator('#p1s1-en')).toHaveClass(/\bactive\b/);
	// Tab moves through the glossary terms inside the sentence: the pair stays lit.
	await page.keyboard.press('Tab');
	await expect(page.locator('#p1s1 a.term').first()).toBeFocused();
	await expect(page.locator('#p1s1-en')).toHaveClass(/\bactive\b/);
	// …and on to the next sentence.
	for (let i = 0; i < 10; i++) {
		if (await page.locator('#p1s2').evaluate((el) => el === document.activeElement)) break;
		await page.keyboard.press('Tab');
	}
	await expect(page.locator('#p1s2')).toBeFocused();
	await expect(page.locator('#p1s2-en')).toHaveClass(/\bactive\b/);
	await expect(page.locator('#p1s1-en')).not.toHaveClass(/\bactive\b/);
});

test('a #p…s… link scrolls to and highlights that sentence pair', async ({ page }) => {
	await page.goto(`${DOC}#p4s8`);
	await expect(page.locator('#p4s8')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p4s8-en')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p4s8')).toBeInViewport();
	await expect(page.locator('#p4s7')).not.toHaveClass(/\btarget\b/);

	// Following another link on the same page moves the highlight.
	await page.evaluate(() => (location.hash = '#p9s2'));
	await expect(page.locator('#p9s2-en')).toHaveClass(/\btarget\b/);
	await expect(page.locator('#p4s8-en')).not.toHaveClass(/\btarget\b/);
});

test('no hash breaks the page: malformed escapes and odd text target nothing, and highlighting goes on', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (error) => errors.push(error.message));
	await page.goto(`${DOC}#%`);
	for (const hash of ['#%E0%A4%A', '#%zz', '#p4s8%', '#<img src=x onerror=alert(1)>', '#p1s1']) {
		await page.evaluate((h) => (location.hash = h), hash);
	}
	await expect(page.locator('#p1s1')).toHaveClass(/\btarget\b/);
	await page.evaluate(() => (location.hash = '#%'));
	await expect(page.locator('#p1s1')).not.toHaveClass(/\btarget\b/);
	// Highlighting still follows the pointer.
	await page.locator('#p1s2').hover();
	await expect(page.locator('#p1s2-en')).toHaveClass(/\bactive\b/);
	expect(errors).toEqual([]);
});

test.describe('with JavaScript disabled', () => {
	test.use({ javaScriptEnabled: false });

	test('the prerendered page has both languages and all pinyin', async ({ page }) => {
		await page.goto(DOC);
		await expect(zhSentences(page)).toHaveCount(43);
		await expect(enSentences(page)).toHaveCount(43);
		// One <rt> syllable over every Chinese character of the text.
		const rtCount = await page.locator('.row .zh rt').count();
		const hanCount = await page
			.locator('.row .zh')
			.evaluateAll((els) =>
				els.reduce((n, e) => n + (e.textContent?.match(/\p{Script=Han}/gu)?.length ?? 0), 0)
			);
		expect(hanCount).toBeGreaterThan(1900);
		expect(rtCount).toBe(hanCount);
		await expect(page.locator('#p1s2 rt').first()).toBeVisible();
	});
});

test.describe('layout', () => {
	test('desktop: English beside its Chinese paragraph', async ({ page }, testInfo) => {
		await page.setViewportSize({ width: 1366, height: 900 });
		await page.goto(DOC);
		const zh = await page.locator('.row').first().locator('.zh').boundingBox();
		const en = await page.locator('.row').first().locator('.en').boundingBox();
		expect(en && zh && en.x > zh.x + zh.width - 1).toBe(true);
		expect(en && zh && Math.abs(en.y - zh.y) < 40).toBe(true);
		await page.screenshot({ path: testInfo.outputPath('reader-desktop.png') });
	});

	test('390px phone: each sentence’s English right under its Chinese, nothing wider than the screen', async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(DOC);
		const boxes = await page
			.locator('.row')
			.nth(1)
			.evaluate((row) =>
				[...row.querySelectorAll('.zh [data-sid]')].map((zh) => {
					const en = document.getElementById(`${zh.id}-en`)?.getBoundingClientRect();
					const box = zh.getBoundingClientRect();
					return {
						zhTop: box.top,
						zhBottom: box.bottom,
						enTop: en?.top ?? -1,
						enBottom: en?.bottom ?? -1
					};
				})
			);
		expect(boxes.length).toBeGreaterThan(1);
		boxes.forEach((b, i) => {
			expect(b.enTop, `sentence ${i + 1}: English under its Chinese`).toBeGreaterThanOrEqual(
				b.zhBottom - 1
			);
			const next = boxes[i + 1];
			if (next)
				expect(
					next.zhTop,
					`sentence ${i + 2} after the English of ${i + 1}`
				).toBeGreaterThanOrEqual(b.enBottom - 1);
		});
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		await page.screenshot({ path: testInfo.outputPath('reader-phone.png') });
	});

	test('390px touch: mid-article, a tapped sentence’s English is on screen and the options are in reach', async ({
		browser,
		baseURL
	}, testInfo) => {
		const context = await browser.newContext({
			...(baseURL ? { baseURL } : {}),
			viewport: { width: 390, height: 844 },
			hasTouch: true,
			isMobile: true
		});
		const page = await context.newPage();
		await page.goto(DOC);
		await page.locator('#p8s2').scrollIntoViewIfNeeded();
		await page.locator('#p8s2').tap({ position: { x: 5, y: 5 } });
		await expect(page.locator('#p8s2-en')).toBeInViewport();
		await expect(page.locator('#p8s2-en')).toHaveClass(/\bactive\b/);
		await page.keyboard.press('Escape');
		const options = page.getByRole('button', { name: 'Options' });
		await expect(options).toBeInViewport();
		await options.tap();
		await page.getByRole('radio', { name: 'Large', exact: true }).tap();
		await expect(page.locator('html')).toHaveAttribute('data-size', 'l');
		await page.screenshot({ path: testInfo.outputPath('reader-phone-options.png') });
		await page.getByRole('button', { name: 'Close the options' }).tap();
		await expect(page.getByRole('radio', { name: 'Large', exact: true })).toBeHidden();
		await context.close();
	});
});

test('the reading page loads no pinyin engine or dictionary code', async ({ page }) => {
	const scripts: { url: string; body: string }[] = [];
	page.on('response', async (response) => {
		if (response.request().resourceType() === 'script') {
			scripts.push({ url: response.url(), body: await response.text() });
		}
	});
	await page.goto(DOC);
	await page.locator('#p1s1').hover();
	await expect(page.locator('#p1s1-en')).toHaveClass(/\bactive\b/);
	expect(scripts.length).toBeGreaterThan(0);
	for (const { url, body } of scripts) {
		// Option names that survive minification in pinyin-pro's bundle.
		expect(body, url).not.toContain('toneSandhi');
		expect(body, url).not.toContain('removeNonZh');
	}
	const total = scripts.reduce((n, s) => n + s.body.length, 0);
	expect(total).toBeLessThan(250_000);
});

test('the text is in the page once, as markup: the page’s data does not repeat it', async ({
	page,
	request
}) => {
	const html = await (await request.get(DOC)).text();
	const scripts = [...html.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.join('\n');
	expect(scripts.length).toBeGreaterThan(0);
	await page.goto(DOC);
	// The words of the text (two characters or more), apart from those the rest of the page
	// has (the title, the translator's notes): that is data the page needs.
	const data = await page.evaluate(() => {
		const copy = document.body.cloneNode(true) as Element;
		copy.querySelectorAll('.text, rt, rp').forEach((n) => n.remove());
		return copy.textContent ?? '';
	});
	const words = await page.locator('.text ruby.w').evaluateAll((els) =>
		els.map((e) => {
			const copy = e.cloneNode(true) as Element;
			copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
			return copy.textContent ?? '';
		})
	);
	const distinct = [...new Set(words)].filter((w) => w.length >= 2 && !data.includes(w));
	expect(distinct.length).toBeGreaterThan(100);
	expect(distinct.filter((w) => scripts.includes(w))).toEqual([]);
});

test('leaving the reader and coming Back finds its text, and it still answers', async ({
	page
}) => {
	await page.goto('/');
	await page.getByRole('link', { name: TITLE_EN }).click();
	await expect(page.locator('#p1s1')).toBeVisible();
	await page.getByRole('navigation').getByRole('link', { name: 'Glossary' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Glossary' })).toBeVisible();
	await page.goBack();
	await expect(page).toHaveURL(DOC);
	await expect(zhSentences(page)).toHaveCount(43);
	await page.locator('#p2s1').hover();
	await expect(page.locator('#p2s1-en')).toHaveClass(/\bactive\b/);
	// (From the keyboard: the pointer, resting on the text, may have opened a term by hovering.)
	await page.locator('#p1s2 a.term[data-term="cnca"]').focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('dialog')).toContainText('Certification and Accreditation');
});

test('the English can be hidden to test yourself; reading a sentence reveals it', async ({
	page
}) => {
	await page.goto(DOC);
	const filterOf = (sel: string) => page.locator(sel).evaluate((el) => getComputedStyle(el).filter);
	const toggle = page.getByRole('button', { name: 'English', exact: true });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await filterOf('#p2s1-en')).toBe('none');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => filterOf('#p2s1-en')).toMatch(/blur/);
	// Reading the Chinese sentence reveals its English, and only that one.
	await page.locator('#p2s1').hover();
	await expect.poll(() => filterOf('#p2s1-en')).toBe('none');
	await expect.poll(() => filterOf('#p2s2-en')).toMatch(/blur/);
	// Remembered after a reload, before any script runs.
	await page.reload();
	await expect(page.getByRole('button', { name: 'English', exact: true })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	await expect.poll(() => filterOf('#p3s1-en')).toMatch(/blur/);
});

test('an unknown page says so and leads back to the library', async ({ page }) => {
	const response = await page.goto('/read/no-such-document');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page here.');
	await page.getByRole('link', { name: 'Go to the library' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Library' })).toBeVisible();
});

test('pinyin only above an HSK level: words of that level and below show none, and it is remembered', async ({
	page
}) => {
	await page.goto(DOC);
	const visibility = (selector: string) =>
		page
			.locator(selector)
			.first()
			.locator('rt')
			.first()
			.evaluate((rt) => getComputedStyle(rt).visibility);
	const easy = '#p1s1 ruby.w[data-hsk="1"]';
	const hard = '#p1s1 ruby.w:is([data-hsk="5"], [data-hsk="6"], :not([data-hsk]))';
	expect(await visibility(easy)).toBe('visible');
	await page.getByRole('button', { name: 'Options' }).click();
	await page.getByRole('radio', { name: 'Words above HSK 3' }).check();
	await expect(page.locator('html')).toHaveAttribute('data-level', '3');
	expect(await visibility(easy)).toBe('hidden');
	expect(await visibility('#p1s1 ruby.w[data-hsk="2"]')).toBe('hidden');
	expect(await visibility(hard)).toBe('visible');
	// A glossary term keeps its pinyin.
	expect(await visibility('#p1s1 a.term ruby')).toBe('visible');
	await page.reload();
	expect(await visibility(easy)).toBe('hidden');
});

test('一 and 不 can be shown in their citation tones instead of their tone changes', async ({
	page
}) => {
	await page.goto(DOC);
	await page.locator('#p3s3').scrollIntoViewIfNeeded();
	// What a reader sees over 一 in 进一步 (innerText leaves out what is not displayed).
	const shown = () =>
		page
			.locator('#p3s3 ruby', { hasText: /进/ })
			.first()
			.locator('rt')
			.nth(1)
			.evaluate((rt) => (rt as HTMLElement).innerText);
	await expect.poll(shown).toBe('yí');
	await page.getByRole('button', { name: 'Options' }).click();
	const toggle = page.getByRole('button', { name: 'Tone changes' });
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(shown).toBe('yī');
	await page.reload();
	await page.locator('#p3s3').scrollIntoViewIfNeeded();
	await expect.poll(shown).toBe('yī');
});

test('a word’s neutral tones can be shown in full instead, and the choice is remembered', async ({
	page
}) => {
	await page.goto(DOC);
	// What a reader sees over 识 and 量 in 提高认识、凝聚力量 (innerText leaves out what is hidden;
	// a word's text has its pinyin between its characters, so find it by its first one).
	// (On screen: a paragraph off screen is not rendered, and has no innerText.)
	await page.locator('#p5s2').scrollIntoViewIfNeeded();
	const shown = (word: string) =>
		page
			.locator('#p5s2 ruby', { hasText: word.slice(0, 1) })
			.first()
			.locator('rt')
			.nth(1)
			.evaluate((rt) => (rt as HTMLElement).innerText);
	await expect.poll(() => shown('认识')).toBe('shi');
	await expect.poll(() => shown('力量')).toBe('liang');
	await page.getByRole('button', { name: 'Options' }).click();
	const toggle = page.getByRole('button', { name: 'Neutral tones' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await expect.poll(() => shown('认识')).toBe('shí');
	await expect.poll(() => shown('力量')).toBe('liàng');
	await page.reload();
	await page.locator('#p5s2').scrollIntoViewIfNeeded();
	await expect.poll(() => shown('认识')).toBe('shí');
	// Tone changes of 一 are a separate choice: 进一步 still reads yí.
	await expect
		.poll(() =>
			page
				.locator('#p5s2 ruby', { hasText: '进' })
				.first()
				.locator('rt')
				.nth(1)
				.evaluate((rt) => (rt as HTMLElement).innerText)
		)
		.toBe('yí');
});

test('a reading page carries only the interface strings it uses; other pages carry them all', async ({
	page
}) => {
	const sections = () =>
		page.evaluate(() =>
			Object.keys(
				Object.values(
					JSON.parse(document.getElementById('duizhao-strings')?.textContent ?? '{}') as object
				)[0] as object
			)
		);
	await page.goto(DOC);
	const reading = await sections();
	expect(reading).toContain('reader');
	expect(reading).not.toContain('import');
	await page.goto('/zh/glossary');
	expect(await sections()).toEqual(expect.arrayContaining([...reading, 'import', 'vocabulary']));
	// Client-side navigation to a page with other strings draws them, not their keys.
	await page.getByRole('navigation').getByRole('link', { name: '生词本' }).click();
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/^[a-z]+\.[a-zA-Z.]+$/);
	await expect(page.locator('main')).not.toContainText(
		/\b(vocabulary|import|about)\.[a-z]+[A-Za-z]*/
	);
});
