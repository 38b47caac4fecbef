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

	/**
	 * Show the highlight on a text's elements (the text is plain markup: see ArticleText.svelte).
	 * Run in an effect: it re-runs when the state changes.
	 */
	paint(root: HTMLElement): void {
		const sentence = (id: string | null) => (id ? `[data-sid="${CSS.escape(id)}"]` : null);
		mark(root, 'active', sentence(this.active));
		mark(root, 'target', sentence(this.target));
		const { sid, term } = this.term ?? {};
		mark(
			root,
			'aligned',
			sid && term ? `${sentence(sid)} [data-term="${CSS.escape(term)}"]` : null
		);
	}
}

/** Class `name` on exactly the elements under `root` that match `selector`. */
function mark(root: HTMLElement, name: string, selector: string | null): void {
	const now = new Set(selector ? root.querySelectorAll(selector) : []);
	for (const el of root.querySelectorAll(`.${name}`)) if (!now.has(el)) el.classList.remove(name);
	for (const el of now) el.classList.add(name);
}
