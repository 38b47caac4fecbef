import { describe, expect, it } from 'vitest';
import {
	chineseVoice,
	RATE_KEY,
	Speech,
	type SpeechEnvironment,
	type UtteranceLike,
	type VoiceLike
} from './speech.svelte.ts';

const zh: VoiceLike = { lang: 'zh-CN', name: 'Tingting', localService: true };
const en: VoiceLike = { lang: 'en-US', name: 'Samantha', localService: true };

/** A speech synthesis that speaks nothing: it records what it is given, and a test ends it. */
class FakeSynthesis {
	voices: VoiceLike[] = [];
	spoken: UtteranceLike[] = [];
	speaking: UtteranceLike | null = null;
	paused = false;
	cancels = 0;
	#listeners = new Set<() => void>();

	getVoices = () => this.voices;
	speak = (u: UtteranceLike) => {
		this.spoken.push(u);
		this.speaking = u;
	};
	cancel = () => {
		this.cancels++;
		const u = this.speaking;
		this.speaking = null;
		// As browsers do: the utterance cut off reports an error (or its end).
		u?.onerror?.({ error: 'interrupted' });
	};
	pause = () => void (this.paused = true);
	resume = () => void (this.paused = false);
	addEventListener = (_: 'voiceschanged', fn: () => void) => void this.#listeners.add(fn);
	removeEventListener = (_: 'voiceschanged', fn: () => void) => void this.#listeners.delete(fn);

	/** The voices arrive (or change). */
	load(voices: VoiceLike[]): void {
		this.voices = voices;
		for (const fn of this.#listeners) fn();
	}

	/** The utterance being spoken ends. */
	finish(): void {
		const u = this.speaking;
		this.speaking = null;
		u?.onend?.({});
	}

	fail(error = 'synthesis-failed'): void {
		const u = this.speaking;
		this.speaking = null;
		u?.onerror?.({ error });
	}
}

function setup(voices: VoiceLike[] = [zh], stored: Record<string, string> = {}) {
	const synthesis = new FakeSynthesis();
	synthesis.voices = voices;
	const storage = {
		getItem: (k: string) => stored[k] ?? null,
		setItem: (k: string, v: string) => void (stored[k] = v)
	};
	const env: SpeechEnvironment = {
		synthesis,
		utterance: (text) => ({ text, lang: '', voice: null, rate: 1, onend: null, onerror: null }),
		storage
	};
	const speech = new Speech(() => env);
	const disconnect = speech.connect();
	return { speech, synthesis, stored, disconnect };
}

const sentences = [
	{ sid: 'p1s1', text: '第一句。' },
	{ sid: 'p1s2', text: '第二句。' },
	{ sid: 'p2s1', text: '第三句。' }
];

describe('chineseVoice', () => {
	it('takes a mainland Mandarin voice, a local one first, and never a Cantonese one', () => {
		const remote = { lang: 'zh-CN', name: 'Google 普通话', localService: false };
		const tw = { lang: 'zh-TW', name: 'Meijia', localService: true };
		const hk = { lang: 'zh-HK', name: 'Sinji', localService: true };
		expect(chineseVoice([en, hk, tw, remote, zh])).toBe(zh);
		expect(chineseVoice([en, tw, remote])).toBe(remote);
		expect(chineseVoice([hk, tw])).toBe(tw);
		expect(chineseVoice([{ lang: 'zh_CN_#Hans', name: 'Android' }])?.name).toBe('Android');
		expect(chineseVoice([{ lang: 'yue-HK', name: 'Cantonese' }, hk, en])).toBeNull();
		expect(chineseVoice([])).toBeNull();
	});
});

describe('Speech', () => {
	it('is available only with a Chinese voice, which may arrive later', () => {
		const { speech, synthesis } = setup([]);
		expect(speech.available).toBe(false);
		synthesis.load([en]);
		expect(speech.available).toBe(false);
		synthesis.load([en, zh]);
		expect(speech.available).toBe(true);
		expect(speech.voice).toBe(zh);
	});

	it('without speech synthesis there is nothing to offer, and playing does nothing', () => {
		const speech = new Speech(() => null);
		speech.connect();
		speech.play(sentences);
		expect(speech.available).toBe(false);
		expect(speech.status).toBe('idle');
	});

	it('reads sentences one after another in the Chinese voice, the current one said', () => {
		const { speech, synthesis } = setup();
		speech.play(sentences);
		expect(speech.status).toBe('playing');
		expect(speech.current).toBe('p1s1');
		expect(synthesis.spoken.map((u) => [u.text, u.lang, u.voice])).toEqual([
			['第一句。', 'zh-CN', zh]
		]);
		synthesis.finish();
		expect(speech.current).toBe('p1s2');
		synthesis.finish();
		expect(speech.current).toBe('p2s1');
		synthesis.finish();
		expect(speech.status).toBe('idle');
		expect(speech.current).toBeNull();
		expect(synthesis.spoken.map((u) => u.text)).toEqual(['第一句。', '第二句。', '第三句。']);
	});

	it('pauses, resumes and stops; a cancelled sentence does not lead on to the next', () => {
		const { speech, synthesis } = setup();
		speech.play(sentences);
		speech.pause();
		expect([speech.status, synthesis.paused]).toEqual(['paused', true]);
		speech.resume();
		expect([speech.status, synthesis.paused]).toEqual(['playing', false]);
		speech.stop();
		expect(speech.status).toBe('idle');
		expect(speech.current).toBeNull();
		expect(synthesis.spoken).toHaveLength(1);
		expect(speech.failed).toBe(false);
	});

	it('stopped while paused, the synthesis is not left paused for the next reading', () => {
		const { speech, synthesis } = setup();
		speech.play(sentences);
		speech.pause();
		speech.stop();
		expect(synthesis.paused).toBe(false);
		speech.play(sentences.slice(2));
		expect(speech.status).toBe('playing');
		expect(speech.current).toBe('p2s1');
	});

	it('a new reading replaces the one going on', () => {
		const { speech, synthesis } = setup();
		speech.play(sentences);
		speech.say('认监委');
		expect(speech.current).toBeNull();
		expect(speech.status).toBe('playing');
		synthesis.finish();
		expect(speech.status).toBe('idle');
		expect(synthesis.spoken.map((u) => u.text)).toEqual(['第一句。', '认监委']);
	});

	it('the speed applies at once (the sentence starts again) and is remembered', () => {
		const { speech, synthesis, stored } = setup();
		speech.play(sentences);
		synthesis.finish();
		speech.setRate(0.6);
		expect(stored[RATE_KEY]).toBe('0.6');
		expect(synthesis.spoken.map((u) => [u.text, u.rate])).toEqual([
			['第一句。', 1],
			['第二句。', 1],
			['第二句。', 0.6]
		]);
		expect(speech.current).toBe('p1s2');
		synthesis.finish();
		expect(synthesis.spoken.at(-1)).toMatchObject({ text: '第三句。', rate: 0.6 });

		const again = setup([zh], stored);
		expect(again.speech.rate).toBe(0.6);
	});

	it('a speed it does not offer, stored or asked for, is ignored', () => {
		const { speech } = setup([zh], { [RATE_KEY]: '40' });
		expect(speech.rate).toBe(1);
		speech.setRate(Number.NaN);
		speech.setRate(3);
		expect(speech.rate).toBe(1);
	});

	it('an error of the synthesis stops the reading and is said', () => {
		const { speech, synthesis } = setup();
		speech.play(sentences);
		synthesis.fail();
		expect(speech.status).toBe('idle');
		expect(speech.failed).toBe(true);
		expect(synthesis.spoken).toHaveLength(1);
		speech.play(sentences);
		expect(speech.failed).toBe(false);
	});

	it('the voice gone, the reading stops; disconnected, it stops and hears no more voices', () => {
		const { speech, synthesis, disconnect } = setup();
		speech.play(sentences);
		synthesis.load([en]);
		expect(speech.status).toBe('idle');
		expect(speech.available).toBe(false);
		synthesis.load([zh]);
		speech.play(sentences);
		disconnect();
		expect(speech.status).toBe('idle');
		synthesis.load([]);
		expect(speech.available).toBe(true);
	});
});
