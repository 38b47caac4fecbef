import { SENTENCE_ID } from '$lib/ids';

/**
 * What is being read: the sentence pair under the pointer or focus, the pair a link
 * pointed at, and the glossary term whose Chinese and English are lit up together.
 */
export class SentenceHighlight {
	active = $state<string | null>(null);
	target = $state<string | null>(null);
	term = $state<{ sid: string; term: string } | null>(null);

	/** The sentence id and term under an event's target, if any. */
	static at(event: Event): { sid: string | null; term: string | null } {
		const el = event.target instanceof Element ? event.target : null;
		return {
			sid: el?.closest('[data-sid]')?.getAttribute('data-sid') ?? null,
			term: el?.closest('[data-term]')?.getAttribute('data-term') ?? null
		};
	}

	enter = (event: Event): void => {
		const { sid, term } = SentenceHighlight.at(event);
		if (sid) this.active = sid;
		this.term = sid && term ? { sid, term } : null;
	};

	leave = (event: Event): void => {
		const { sid, term } = SentenceHighlight.at(event);
		if (sid && sid === this.active) this.active = null;
		if (term && this.term?.term === term) this.term = null;
	};

	/**
	 * Read the target from the URL hash (`#p3s2`). A sentence id is plain ASCII, so the hash
	 * is compared as it stands: decoding it would throw on a stray `%` (`#%`) and stop the
	 * page's highlighting, and any other hash simply targets nothing.
	 */
	followHash = (): void => {
		const id = location.hash.slice(1);
		this.target = SENTENCE_ID.test(id) ? id : null;
	};

	classes(id: string): Record<string, boolean> {
		return { active: this.active === id, target: this.target === id };
	}

	isAligned(sid: string, term: string): boolean {
		return this.term?.sid === sid && this.term.term === term;
	}
}
