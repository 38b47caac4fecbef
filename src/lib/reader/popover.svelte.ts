import type { TermCard } from '$lib/model';

export const POPOVER_ID = 'term-popover';
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 250;

interface Opened {
	sid: string;
	term: string;
	sense?: string;
	trigger: HTMLElement;
	/** Opened by click, tap or keyboard: stays until dismissed. */
	pinned: boolean;
}

function isCardMap(value: unknown): value is Record<string, TermCard> {
	return (
		typeof value === 'object' &&
		value !== null &&
		Object.values(value).every(
			(c) => typeof c === 'object' && c !== null && typeof (c as TermCard).headword === 'string'
		)
	);
}

/**
 * The glossary popover of a reading page: one at a time. Opens on hover (after a delay),
 * Enter/Space and click/tap; closes on Escape, outside click and pointer leave (unless
 * pinned). The cards come from a small prerendered file, fetched on first interaction.
 */
export class TermPopover {
	opened = $state<Opened | null>(null);
	cards = $state<Record<string, TermCard> | null>(null);
	failed = $state(false);

	readonly #url: string;
	#loading: Promise<void> | null = null;
	#openTimer: ReturnType<typeof setTimeout> | undefined;
	#closeTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(url: string) {
		this.#url = url;
	}

	card = $derived(this.opened && this.cards ? (this.cards[this.opened.term] ?? null) : null);

	load(): Promise<void> {
		this.#loading ??= fetch(this.#url)
			.then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
			.then((data: unknown) => {
				if (!isCardMap(data)) throw new Error('bad glossary data');
				this.cards = data;
			})
			.catch(() => {
				this.failed = true;
				this.#loading = null;
			});
		return this.#loading;
	}

	isOpenFor(sid: string, term: string): boolean {
		return this.opened?.sid === sid && this.opened.term === term;
	}

	show(trigger: HTMLElement, pinned: boolean): void {
		this.#clearTimers();
		const sid = trigger.closest('[data-sid]')?.getAttribute('data-sid') ?? '';
		const term = trigger.dataset.term ?? '';
		const sense = trigger.dataset.sense;
		const keepPin = this.opened?.trigger === trigger && this.opened.pinned;
		this.opened = { sid, term, trigger, pinned: pinned || keepPin, ...(sense ? { sense } : {}) };
		void this.load();
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
