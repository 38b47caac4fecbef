import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

const DOC = '/read/certification-conference-2013';

interface FakeVoice {
	lang: string;
	name: string;
	localService: boolean;
}

declare global {
	interface Window {
		fakeSpeech: {
			spoken: { text: string; lang: string; rate: number; voice: string | undefined }[];
			paused: boolean;
			/** The voices arrive (browsers load them after the page: `voiceschanged`). */
			loadVoices(): void;
			/** The utterance being spoken ends. */
			finish(): void;
		};
	}
}

/**
 * A speech synthesis that speaks nothing (headless Chromium has no voices): it records what it
 * is given, and the test says when the voices arrive and when an utterance ends.
 */
function installFakeSpeech(voices: FakeVoice[]): void {
	type Utterance = {
		text: string;
		lang: string;
		rate: number;
		voice: FakeVoice | null;
		onend: ((e: object) => void) | null;
		onerror: ((e: { error: string }) => void) | null;
	};
	let loaded = false;
	let current: Utterance | null = null;
	const listeners = new Set<() => void>();
	const fake: Window['fakeSpeech'] = {
		spoken: [],
		paused: false,
		loadVoices() {
			loaded = true;
			for (const fn of listeners) fn();
		},
		finish() {
			const u = current;
			current = null;
			u?.onend?.({});
		}
	};
	const synthesis = {
		getVoices: () => (loaded ? voices : []),
		speak(u: Utterance) {
			fake.spoken.push({ text: u.text, lang: u.lang, rate: u.rate, voice: u.voice?.name });
			current = u;
		},
		cancel() {
			const u = current;
			current = null;
			u?.onerror?.({ error: 'interrupted' });
		},
		pause: () => void (fake.paused = true),
		resume: () => void (fake.paused = false),
		addEventListener: (_: string, fn: () => void) => void listeners.add(fn),
		removeEventListener: (_: string, fn: () => void) => void listeners.delete(fn)
	};
	window.fakeSpeech = fake;
	Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
	Object.defineProperty(window, 'SpeechSynthesisUtterance', {
		configurable: true,
		writable: true,
		value: class {
			lang = '';
			rate = 1;
			voice = null;
			onend = null;
			onerror = null;
			text: string;
			constructor(text: string) {
				this.text = text;
			}
		}
	});
}

const ZH = { lang: 'zh-CN', name: 'Fake Mandarin', localService: true };
const EN = { lang: 'en-US', name: 'Fake English', localService: true };

const listen = (page: Page) => page.getByRole('group', { name: 'Listen' });
const spoken = (page: Page) => page.evaluate(() => window.fakeSpeech.spoken);
const finish = (page: Page) => page.evaluate(() => window.fakeSpeech.finish());
/** A sentence's Chinese as read: without its pinyin. */
const chinese = (page: Page, sid: string) =>
	page.locator(`#${sid}`).evaluate((el) => {
		const copy = el.cloneNode(true) as Element;
		copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
		return copy.textContent ?? '';
	});

test.describe('with a Chinese voice', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(installFakeSpeech, [EN, ZH]);
	});

	test('the controls come with the voices; a sentence is read, highlighted, in that voice', async ({
		page
	}) => {
		await page.goto(DOC);
		await expect(page.locator('.row').first()).toBeVisible();
		await expect(listen(page)).toHaveCount(0);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		await expect(listen(page)).toBeVisible();

		await page.locator('#p2s1').focus();
		await listen(page).getByRole('button', { name: 'Listen' }).click();
		const text = await chinese(page, 'p2s1');
		expect(text).toMatch(/^\p{Script=Han}/u);
		expect(await spoken(page)).toEqual([{ text, lang: 'zh-CN', rate: 1, voice: 'Fake Mandarin' }]);
		await expect(page.locator('#p2s1')).toHaveClass(/\bspeaking\b/);
		await expect(page.locator('#p2s1-en')).toHaveClass(/\bspeaking\b/);

		await finish(page);
		await expect(page.locator('.speaking')).toHaveCount(0);
		await expect(listen(page).getByRole('button', { name: 'Stop' })).toBeDisabled();
		expect(await spoken(page)).toHaveLength(1);
	});

	test('a paragraph is read sentence by sentence; pause, resume and stop', async ({ page }) => {
		await page.goto(DOC);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		// The sentence last tapped is where reading starts; its paragraph is read from the top.
		await page.locator('#p3s2-en').click();
		await listen(page).getByLabel('Read').selectOption({ label: 'Paragraph' });
		await listen(page).getByRole('button', { name: 'Listen' }).click();
		await expect(page.locator('#p3s1')).toHaveClass(/\bspeaking\b/);
		await finish(page);
		await expect(page.locator('#p3s2')).toHaveClass(/\bspeaking\b/);
		await expect(page.locator('#p3s1')).not.toHaveClass(/\bspeaking\b/);

		await listen(page).getByRole('button', { name: 'Pause' }).click();
		expect(await page.evaluate(() => window.fakeSpeech.paused)).toBe(true);
		await listen(page).getByRole('button', { name: 'Resume' }).click();
		expect(await page.evaluate(() => window.fakeSpeech.paused)).toBe(false);
		await listen(page).getByRole('button', { name: 'Stop' }).click();
		await expect(page.locator('.speaking')).toHaveCount(0);
		await finish(page); // nothing is being read: nothing more is said
		const texts = (await spoken(page)).map((s) => s.text);
		expect(texts).toEqual([await chinese(page, 'p3s1'), await chinese(page, 'p3s2')]);
		const sentences = await page.locator('.row').nth(2).locator('.zh [data-sid]').count();
		expect(sentences).toBeGreaterThan(2);
	});

	test('to the end: from a linked sentence on, into the next paragraph', async ({ page }) => {
		await page.goto(`${DOC}#p1s2`);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		await listen(page).getByLabel('Read').selectOption({ label: 'To the end' });
		await listen(page).getByRole('button', { name: 'Listen' }).click();
		await expect(page.locator('#p1s2')).toHaveClass(/\bspeaking\b/);
		const inFirst = await page.locator('.row').first().locator('.zh [data-sid]').count();
		for (let i = 2; i <= inFirst; i++) await finish(page);
		await expect(page.locator('#p2s1')).toHaveClass(/\bspeaking\b/);
	});

	test('the speed applies to what is read and is remembered', async ({ page }) => {
		await page.goto(DOC);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		const speed = listen(page).getByLabel('Speed');
		await expect(speed).toHaveValue('1');
		await speed.selectOption({ label: '0.6×' });
		await page.locator('#p1s1').focus();
		await listen(page).getByRole('button', { name: 'Listen' }).click();
		expect((await spoken(page)).map((s) => s.rate)).toEqual([0.6]);

		await page.reload();
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		await expect(listen(page).getByLabel('Speed')).toHaveValue('0.6');
	});

	test('a word is read from its popover', async ({ page }) => {
		await page.goto(DOC);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		await page.locator('#p1s2 a.term[data-term="cnca"]').first().click();
		const dialog = page.getByRole('dialog');
		await dialog.getByRole('button', { name: 'Listen to 国家认监委' }).click();
		expect((await spoken(page)).map((s) => [s.text, s.lang])).toEqual([['国家认监委', 'zh-CN']]);
		await expect(page.locator('.speaking')).toHaveCount(0);
		await expect(dialog).toBeVisible();
	});

	test('axe finds nothing wrong with the controls, a sentence being read and the popover', async ({
		page
	}) => {
		test.slow(); // axe over a whole reading page, on a busy machine
		await page.goto(DOC);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		await page.locator('#p1s2').focus();
		await listen(page).getByRole('button', { name: 'Listen' }).click();
		await page.locator('#p1s2 a.term[data-term="cnca"]').first().click();
		await expect(
			page.getByRole('dialog').getByRole('button', { name: /^Listen to/ })
		).toBeVisible();
		await expect(page.locator('#p1s2')).toHaveClass(/\bspeaking\b/);
		await expectNoAxeViolations(page);
	});
});

test.describe('without a Chinese voice', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(installFakeSpeech, [EN]);
	});

	test('there are no listening controls, in the toolbar or in a popover', async ({ page }) => {
		await page.goto(DOC);
		await page.evaluate(() => window.fakeSpeech.loadVoices());
		await page.locator('#p1s2 a.term[data-term="cnca"]').first().click();
		await expect(page.getByRole('dialog')).toContainText('CNCA');
		await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
		await expect(listen(page)).toHaveCount(0);
		// The other controls are there.
		await expect(page.getByRole('button', { name: 'Pinyin' })).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('there are no listening controls', async ({ page }) => {
		await page.goto(DOC);
		await expect(page.locator('.row').first()).toBeVisible();
		await expect(listen(page)).toHaveCount(0);
		await expect(page.getByRole('button', { name: /^Listen/ })).toHaveCount(0);
	});
});
