import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const SHIPPED = '/read/certification-conference-2013';
/** The first entry of OpenCC's character table: only its converter's JavaScript has it. */
const OPENCC_TABLE = '㐷 傌';

/** Each sentence of the text: its id, and its words as characters and as pinyin. */
function sentencesOf(page: Page) {
	return page.locator('.row .zh [data-sid]').evaluateAll((els) =>
		els.map((el) => ({
			id: el.id,
			words: [...el.querySelectorAll('ruby')].map((r) => ({
				hans: r.getAttribute('data-hans'),
				pinyin: [...r.querySelectorAll('rt')].map((rt) => rt.textContent)
			})),
			shown: [...el.querySelectorAll('ruby')].map((r) => {
				const copy = r.cloneNode(true) as Element;
				copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
				return copy.textContent ?? '';
			})
		}))
	);
}

/** The JavaScript the page has loaded so far, each file's text. */
function scriptsOf(page: Page): Promise<string>[] {
	const bodies: Promise<string>[] = [];
	page.on('response', (r) => {
		if (r.url().endsWith('.js')) bodies.push(r.text());
	});
	return bodies;
}

/** An element's text as read: without its pinyin. */
function plain(page: Page, selector: string): () => Promise<string> {
	return () =>
		page.locator(selector).evaluate((el) => {
			const copy = el.cloneNode(true) as Element;
			copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
			return copy.textContent ?? '';
		});
}

async function chooseCharacters(page: Page, name: 'Simplified' | 'Traditional'): Promise<void> {
	await page.getByRole('button', { name: 'Options' }).click();
	// A shipped document's other characters are another page: the choice goes there.
	await page.getByRole('group', { name: 'Characters' }).getByRole('radio', { name }).click();
}

test('choosing Traditional shows the shipped text in Traditional: same sentences, words and pinyin', async ({
	page
}) => {
	await page.goto(SHIPPED);
	const simplified = await sentencesOf(page);
	await expect(page.locator('.row .zh').first()).toHaveAttribute('lang', 'zh-Hans');
	await expect.poll(plain(page, '#p1s1')).toContain('全国认证认可工作会议');

	// Reading the fourth paragraph: the Traditional page opens there.
	await page.locator('#p4s1').evaluate((el) => el.scrollIntoView());
	await chooseCharacters(page, 'Traditional');
	await expect(page).toHaveURL(`${SHIPPED}/hant`);
	await expect(page.locator('#p4s1')).toBeInViewport();
	await expect.poll(plain(page, '#p1s1')).toContain('全國認證認可工作會議');
	await expect(page.locator('.row .zh').first()).toHaveAttribute('lang', 'zh-Hant');
	await expect(page.locator('h1 .zh')).toHaveAttribute('lang', 'zh-Hant');
	const traditional = await sentencesOf(page);
	expect(traditional.map((s) => s.id)).toEqual(simplified.map((s) => s.id));
	traditional.forEach((s, i) => {
		const before = simplified[i];
		expect(s.words.map((w) => w.pinyin)).toEqual(before?.words.map((w) => w.pinyin));
		// Each word shows as many characters as it has syllables, and keeps its Simplified.
		s.shown.forEach((shown, k) => {
			expect(Array.from(shown)).toHaveLength(Array.from(before?.shown[k] ?? '').length);
			expect(s.words[k]?.hans ?? shown).toBe(before?.shown[k]);
		});
	});

	// Back to Simplified: the other page again.
	await chooseCharacters(page, 'Simplified');
	await expect(page).toHaveURL(SHIPPED);
	await expect.poll(plain(page, '#p1s1')).toContain('全国认证认可工作会议');
});

test('Traditional, once chosen, is the first paint of a reading page (no flash of Simplified)', async ({
	page,
	request
}) => {
	// The Traditional page is Traditional as served: nothing converts it in the browser.
	const served = await (await request.get(`${SHIPPED}/hant`)).text();
	expect(served).toContain('<p class="zh" lang="zh-Hant">');
	expect(served).toContain('國<rp>(</rp><rt class="t2">guó</rt>');

	// The Simplified address with Traditional remembered: hidden before it paints, and left.
	await page.addInitScript(() => {
		addEventListener('pagehide', () =>
			sessionStorage.setItem(`left ${location.pathname}`, String(document.documentElement.hidden))
		);
	});
	// The library names the text in Simplified until Traditional is chosen…
	const listed = page.locator('.library li').first();
	await page.goto('/');
	await expect(listed.locator('[lang="zh-Hans"]')).toHaveText(/^全国认证认可工作会议/);
	await expect(listed.locator('[lang="zh-Hant"]')).toBeHidden();
	await page.goto(SHIPPED);
	await chooseCharacters(page, 'Traditional');
	await expect(page).toHaveURL(`${SHIPPED}/hant`);
	// …and in Traditional then; a link from it goes straight to the Traditional page.
	await page.goto('/');
	await expect(listed.locator('[lang="zh-Hant"]')).toHaveText(/^全國認證認可工作會議/);
	await expect(listed.locator('[lang="zh-Hans"]')).toBeHidden();
	await page.evaluate(() => sessionStorage.clear());
	await page.locator(`a[href="${SHIPPED}"]`).first().click();
	await expect(page).toHaveURL(`${SHIPPED}/hant`);
	expect(await page.evaluate((p) => sessionStorage.getItem(`left ${p}`), SHIPPED)).toBeNull();
	await page.goto(`${SHIPPED}#p2s1`);
	await expect(page).toHaveURL(`${SHIPPED}/hant#p2s1`);
	await expect(page.locator('#p2s1')).toHaveClass(/\btarget\b/);
	expect(await page.evaluate((p) => sessionStorage.getItem(`left ${p}`), SHIPPED)).toBe('true');
	await page.reload();
	await expect(page).toHaveURL(`${SHIPPED}/hant#p2s1`);
	await expect.poll(plain(page, '#p1s1')).toContain('全國認證認可工作會議');
	// The panel says what the page shows.
	await page.getByRole('button', { name: 'Options' }).click();
	await expect(page.getByRole('radio', { name: 'Traditional' })).toBeChecked();
});

test('the popover of the Traditional page shows Traditional and looks up the word', async ({
	page
}) => {
	test.slow();
	const scripts = scriptsOf(page);
	await page.goto(`${SHIPPED}/hant`);
	await page.getByRole('button', { name: 'Options' }).click();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Close the options' }).click();
	const dialog = page.getByRole('dialog');
	await page.locator('a.term[data-term="cnca"]').first().click();
	await expect(dialog.locator('h2 .hw')).toHaveText('國家認監委');
	await expect(dialog.locator('h2 .hw')).toHaveAttribute('lang', 'zh-Hant');
	await expect(dialog).toContainText('Certification and Accreditation');
	await page.keyboard.press('Escape');

	const word = page.locator('.text ruby.w[data-hans="会议"]').first();
	await word.click();
	await expect(dialog.locator('h2 .hw')).toHaveText('會議');
	await expect(dialog).toContainText('Simplified: 会议');
	await expect(dialog).toContainText('meeting');
	await page.keyboard.press('Escape');
	// A variant form is listed with the form itself, never alone as if it were the Traditional.
	await page
		.locator('.text ruby.w')
		.filter({ hasText: /^年\(nián\)$/ })
		.first()
		.click();
	await expect(dialog.locator('.word-meta').first()).toContainText('Traditional: 年 / 秊');
	// The reading page never loads the converter: its Traditional text comes from the build.
	for (const body of await Promise.all(scripts)) expect(body).not.toContain(OPENCC_TABLE);
});

test('an imported text converts when Traditional is chosen, loading the converter then', async ({
	page
}) => {
	const scripts = scriptsOf(page);
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('我们学习认证认可的知识。');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 60_000 });
	const text = plain(page, '#p1s1');
	await expect.poll(text).toBe('我们学习认证认可的知识。');
	for (const body of await Promise.all(scripts)) expect(body).not.toContain(OPENCC_TABLE);

	await chooseCharacters(page, 'Traditional');
	await expect.poll(text).toBe('我們學習認證認可的知識。');
	await expect(page.locator('.row .zh').first()).toHaveAttribute('lang', 'zh-Hant');
	expect((await Promise.all(scripts)).some((body) => body.includes(OPENCC_TABLE))).toBe(true);
	await page.getByRole('button', { name: 'Close the options' }).click();

	// The popover looks the word up in Simplified and shows it as the text does.
	await page.locator('#p1s1 ruby.w[data-hans="学习"]').click();
	const dialog = page.getByRole('dialog');
	await expect(dialog.locator('h2 .hw')).toHaveText('學習');
	await expect(dialog).toContainText('to learn');

	// Remembered: the text is Traditional after a reload too.
	await page.reload();
	await expect.poll(text).toBe('我們學習認證認可的知識。');
});

test('an imported text stays in Simplified, and says why, when the converter cannot be had', async ({
	page
}) => {
	await page.goto('/import');
	await page.getByLabel('Chinese text').fill('我们学习认证认可的知识。');
	await page.getByRole('button', { name: 'Read this text' }).click();
	await expect(page).toHaveURL(/\/text\?id=[a-z0-9-]+$/, { timeout: 60_000 });
	// Offline from here: no more JavaScript comes.
	await page.route('**/*.js', (route) => route.abort());
	await chooseCharacters(page, 'Traditional');
	await expect(page.getByRole('status').filter({ hasText: 'could not be loaded' })).toBeVisible();
	await expect.poll(plain(page, '#p1s1')).toBe('我们学习认证认可的知识。');
});

test('a glossary entry shows its headword in Traditional beside it, and search finds it so', async ({
	page
}) => {
	await page.goto('/glossary/cnca');
	await expect(page.locator('.entry .traditional')).toHaveText('Traditional: 國家認監委');
	await expect(page.locator('.entry .traditional span')).toHaveAttribute('lang', 'zh-Hant');
	await page.goto('/zh/glossary/cnca');
	await expect(page.locator('.entry .traditional')).toHaveText('繁体: 國家認監委');
});
