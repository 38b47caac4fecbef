import type { LookupData, TermCard, WordInfo } from '$lib/model';
import type { LookupSource } from './lookup-source';
import { readingChoice } from './preferences.svelte';
import { readingOf } from './shown-readings';
import { chineseText, shownText } from './source';

export const POPOVER_ID = 'lookup-popover';
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 250;

export interface Opened {
	sid: string;
	/** The Chinese looked up (a word, or a glossary term whole), in Simplified characters. */
	text: string;
	/** The same as the page shows it, where that differs (in Traditional characters). */
	shown?: string;
	/** Its pinyin in this sentence as the page shows it (tone-marked), one syllable per character. */
	pinyin: string[];
	term?: string;
	sense?: string;
	trigger: HTMLElement;
	/** Opened by click, tap or keyboard: stays until dismissed. */
	pinned: boolean;
}

export interface TermPart {
	text: string;
	pinyin: string[];
}

/**
 * The Chinese of a word or term element, and its pinyin (tone-marked) as the reader's choices
 * show it: from what each `<rt>` says of its readings (shown-readings.ts), not from how it is
 * styled or written (tone numbers).
 */
function chineseOf(el: HTMLElement): { text: string; shown: string; pinyin: string[] } {
	return {
		text: chineseText(el),
		shown: shownText(el),
		pinyin: [...el.querySelectorAll('rt')].map((rt) => readingOf(rt, readingChoice))
	};
}

/** The words of the opened term as its card cuts its form, with their pinyin on the page. */
function partsOf(opened: Opened | null, card: TermCard | null): TermPart[] | null {
	const words = opened && card?.words?.[opened.text];
	if (!words) return null;
	const parts: TermPart[] = [];
	let at = 0;
	for (const text of words) {
		const length = Array.from(text).length;
		if (/\p{Script=Han}/u.test(text))
			parts.push({ text, pinyin: opened.pinyin.slice(at, at + length) });
		at += length;
	}
	return parts.length > 1 ? parts : null;
}

/**
 * The lookup popover of a reading page: one at a time, for a glossary term or any word.
 * Terms open on hover (after a delay); terms and words open on click, tap, Enter and Space;
 * Escape, an outside press and (unless pinned) the pointer leaving close it. The data comes
 * from a lookup source (for a shipped document, a small prerendered file), asked on the first
 * interaction.
 */
export class LookupPopover {
	opened = $state<Opened | null>(null);
	data = $state<LookupData | null>(null);
	failed = $state(false);
	/** The opened word's entry is being fetched (a source with `word`). */
	wordPending = $state(false);

	readonly #source: LookupSource;
	#loading: Promise<void> | null = null;
	#openTimer: ReturnType<typeof setTimeout> | undefined;
	#closeTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(source: LookupSource) {
		this.#source = source;
	}

	card = $derived<TermCard | null>(
		this.opened?.term && this.data ? (this.data.terms[this.opened.term] ?? null) : null
	);
	/** A glossary term's words (倒逼 and 机制 in 倒逼机制), each to look up and save. */
	parts = $derived(partsOf(this.opened, this.card));
	word = $derived<WordInfo | null>(
		this.opened && this.data ? (this.data.words[this.opened.text] ?? null) : null
	);

	load(): Promise<void> {
		this.#loading ??= this.#source
			.load()
			.then((data) => {
				this.data = data;
				this.failed = false;
			})
			.catch(() => {
				this.failed = true;
				this.#loading = null;
			});
		return this.#loading;
	}

	isOpenFor(trigger: HTMLElement | undefined): boolean {
		return trigger !== undefined && this.opened?.trigger === trigger;
	}

	show(trigger: HTMLElement, pinned: boolean): void {
		this.#clearTimers();
		const sid = trigger.closest('[data-sid]')?.getAttribute('data-sid') ?? '';
		const { text, shown, pinyin } = chineseOf(trigger);
		const { term, sense } = trigger.dataset;
		const keepPin = this.opened?.trigger === trigger && this.opened.pinned;
		this.opened = {
			sid,
			text,
			...(shown !== text ? { shown } : {}),
			pinyin,
			trigger,
			pinned: pinned || keepPin,
			...(term ? { term } : {}),
			...(sense ? { sense } : {})
		};
		void this.load().then(() => this.#lookUpAll([text, ...(this.parts ?? []).map((p) => p.text)]));
	}

	/** Whether a word (one a definition refers to) can be looked up here. */
	canLookUp(text: string): boolean {
		return Boolean(this.#source.word) || Boolean(this.data && text in this.data.words);
	}

	/**
	 * Show another word in the popover (为 from "variant of 為|为[wei2]"), in place of what it
	 * shows, for the same sentence and trigger. The popover stays open until dismissed.
	 */
	lookUp(text: string, pinyin: string[]): void {
		const opened = this.opened;
		if (!opened) return;
		this.#clearTimers();
		this.opened = { sid: opened.sid, text, pinyin, trigger: opened.trigger, pinned: true };
		void this.load().then(() => this.#lookUp(text));
	}

	async #lookUpAll(texts: string[]): Promise<void> {
		const opened = this.opened;
		for (const text of texts) await this.#lookUp(text);
		if (this.opened === opened) this.wordPending = false;
	}

	/** Fetch a word's entry from a source that gives them one by one. */
	async #lookUp(text: string): Promise<void> {
		const source = this.#source;
		if (!source.word || !this.data || text in this.data.words) {
			this.wordPending = false;
			return;
		}
		this.wordPending = true;
		try {
			const found = await source.word(text);
			if (this.data) {
				Object.assign(this.data.words, found.words);
				Object.assign(this.data.chars, found.chars);
			}
		} catch {
			// No entry shown; the word can be tried again.
		} finally {
			if (this.opened?.text === text || !this.opened) this.wordPending = false;
		}
	}

	hide(returnFocus = false): void {
		this.#clearTimers();
		const trigger = this.opened?.trigger;
		this.opened = null;
		if (returnFocus) trigger?.focus();
	}

	hoverIn(trigger: HTMLElement): void {
		clearTimeout(this.#closeTimer);
		void this.load();
		if (this.opened?.trigger === trigger) return;
		clearTimeout(this.#openTimer);
		this.#openTimer = setTimeout(() => {
			if (!this.opened?.pinned) this.show(trigger, false);
		}, HOVER_OPEN_MS);
	}

	hoverOut(): void {
		clearTimeout(this.#openTimer);
		if (!this.opened || this.opened.pinned) return;
		clearTimeout(this.#closeTimer);
		this.#closeTimer = setTimeout(() => this.hide(), HOVER_CLOSE_MS);
	}

	/** The pointer is over the popover itself: keep it open. */
	hold(): void {
		clearTimeout(this.#closeTimer);
	}

	#clearTimers(): void {
		clearTimeout(this.#openTimer);
		clearTimeout(this.#closeTimer);
	}
}
