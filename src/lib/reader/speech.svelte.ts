/**
 * Reading aloud with the browser's speech synthesis, in a Chinese voice: a list of sentences
 * one after another (the one being read is `current`), or a single word. The synthesis is
 * passed in (`SpeechEnvironment`), so tests drive the class with a fake; in the browser it is
 * `speechSynthesis`. Without a Chinese voice (`available` false) nothing is offered.
 */

/** What is used of a `SpeechSynthesisVoice`. */
export interface VoiceLike {
	readonly lang: string;
	readonly name: string;
	readonly localService?: boolean;
}

/** What is used of a `SpeechSynthesisUtterance`. */
export interface UtteranceLike {
	text: string;
	lang: string;
	voice: VoiceLike | null;
	rate: number;
	onend: ((event: unknown) => void) | null;
	onerror: ((event: { error?: string }) => void) | null;
}

/** What is used of `speechSynthesis`. */
export interface SynthesisLike {
	getVoices(): readonly VoiceLike[];
	speak(utterance: UtteranceLike): void;
	cancel(): void;
	pause(): void;
	resume(): void;
	addEventListener(type: 'voiceschanged', listener: () => void): void;
	removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechEnvironment {
	synthesis: SynthesisLike;
	utterance: (text: string) => UtteranceLike;
	/** Where the chosen speed is remembered (localStorage in the browser). */
	storage?: Pick<Storage, 'getItem' | 'setItem'>;
}

/** The browser's speech synthesis, or null where there is none (or on the server). */
export function browserSpeech(): SpeechEnvironment | null {
	if (typeof speechSynthesis === 'undefined' || typeof SpeechSynthesisUtterance === 'undefined')
		return null;
	let storage: SpeechEnvironment['storage'];
	try {
		storage = localStorage;
	} catch {
		// Storage unavailable: the speed holds for this page only.
	}
	return {
		synthesis: speechSynthesis as unknown as SynthesisLike,
		utterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
		...(storage ? { storage } : {})
	};
}

/** A piece to read: a sentence (its id, highlighted while it is read) or a word (`sid` null). */
export interface Spoken {
	sid: string | null;
	text: string;
}

export type ListenStatus = 'idle' | 'playing' | 'paused';

/** The speeds offered, 1 being the voice's own. */
export const RATES = [0.6, 0.8, 1, 1.2, 1.5] as const;
export const RATE_KEY = 'duizhao:listenRate';

/**
 * How well a voice reads Mandarin in Simplified-Chinese texts: mainland voices first, then
 * bare `zh`, then other Mandarin voices (Taiwan); Cantonese voices (`zh-HK`, `yue`) not at all.
 * Some systems write `zh_CN` or `zh-CN-#Hans`.
 */
export function voiceRank(voice: VoiceLike): number {
	const lang = voice.lang.replaceAll('_', '-').toLowerCase();
	if (/^(zh-(hk|mo)|yue)\b/.test(lang) || /cantonese/i.test(voice.name)) return 0;
	if (/^(zh|cmn)-(cn|hans)\b/.test(lang)) return 3;
	if (lang === 'zh' || lang === 'cmn') return 2;
	if (/^(zh|cmn)-/.test(lang)) return 1;
	return 0;
}

/** The best Chinese voice: highest rank, a local (offline) one before a remote one. */
export function chineseVoice(voices: readonly VoiceLike[]): VoiceLike | null {
	let best: VoiceLike | null = null;
	let score = 0;
	for (const voice of voices) {
		const s = voiceRank(voice) * 2 + (voice.localService ? 1 : 0);
		if (voiceRank(voice) > 0 && s > score) [best, score] = [voice, s];
	}
	return best;
}

function isRate(value: number): value is (typeof RATES)[number] {
	return (RATES as readonly number[]).includes(value);
}

export class Speech {
	/** The Chinese voice used; null: there is none (yet: voices load asynchronously). */
	voice = $state.raw<VoiceLike | null>(null);
	status = $state<ListenStatus>('idle');
	/** The sentence being read. */
	current = $state<string | null>(null);
	rate = $state<number>(1);
	/** The last reading stopped on an error of the synthesis. */
	failed = $state(false);
	available = $derived(this.voice !== null);

	readonly #environment: () => SpeechEnvironment | null;
	#env: SpeechEnvironment | null = null;
	#queue: Spoken[] = [];
	#index = 0;
	/** Counts readings started: a callback of an earlier one (cancelled) does nothing. */
	#run = 0;

	constructor(environment: () => SpeechEnvironment | null = browserSpeech) {
		this.#environment = environment;
	}

	/** Find the voice now and whenever the voices change; the returned function disconnects. */
	connect(): () => void {
		const env = this.#environment();
		if (!env) return () => {};
		this.#env = env;
		const stored = Number(env.storage?.getItem(RATE_KEY) ?? NaN);
		if (isRate(stored)) this.rate = stored;
		const find = () => {
			this.voice = chineseVoice(env.synthesis.getVoices());
			if (!this.voice) this.stop();
		};
		find();
		env.synthesis.addEventListener('voiceschanged', find);
		return () => {
			env.synthesis.removeEventListener('voiceschanged', find);
			this.stop();
			this.#env = null;
		};
	}

	/** Read `items` one after another, from the first. */
	play(items: readonly Spoken[]): void {
		this.stop();
		if (!this.#env || !this.voice || items.length === 0) return;
		this.failed = false;
		this.#queue = [...items];
		this.#index = 0;
		this.#speak();
	}

	/** Read a word (a popover's). */
	say(text: string): void {
		this.play([{ sid: null, text }]);
	}

	pause(): void {
		if (this.status !== 'playing' || !this.#env) return;
		this.#env.synthesis.pause();
		this.status = 'paused';
	}

	resume(): void {
		if (this.status !== 'paused' || !this.#env) return;
		this.#env.synthesis.resume();
		this.status = 'playing';
	}

	stop(): void {
		this.#run++;
		if (this.status !== 'idle' && this.#env) {
			this.#env.synthesis.cancel();
			// A synthesis cancelled while paused stays paused for what it is given next (Chrome).
			if (this.status === 'paused') this.#env.synthesis.resume();
		}
		this.#queue = [];
		this.status = 'idle';
		this.current = null;
	}

	/** Change the speed (remembered); the sentence being read starts again at it. */
	setRate(rate: number): void {
		if (!isRate(rate)) return;
		this.rate = rate;
		try {
			this.#env?.storage?.setItem(RATE_KEY, String(rate));
		} catch {
			// Quota or private mode: the speed holds for this page only.
		}
		if (this.status === 'playing' && this.#env) {
			this.#run++;
			this.#env.synthesis.cancel();
			this.#speak();
		}
	}

	#speak(): void {
		const env = this.#env;
		const item = this.#queue[this.#index];
		if (!env || !item || !this.voice) {
			this.stop();
			return;
		}
		const run = ++this.#run;
		const utterance = env.utterance(item.text);
		utterance.voice = this.voice;
		utterance.lang = this.voice.lang;
		utterance.rate = this.rate;
		utterance.onend = () => {
			if (run !== this.#run) return;
			this.#index++;
			this.#speak();
		};
		utterance.onerror = () => {
			if (run !== this.#run) return;
			this.stop();
			this.failed = true;
		};
		this.current = item.sid;
		this.status = 'playing';
		env.synthesis.speak(utterance);
	}
}
