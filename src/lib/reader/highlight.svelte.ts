/** Which sentence pair is being read (hover/focus) and which one a link pointed at. */
export class SentenceHighlight {
	active = $state<string | null>(null);
	target = $state<string | null>(null);

	/** The sentence id under an event's target, if any. */
	static sentenceOf(event: Event): string | null {
		const el = event.target instanceof Element ? event.target.closest('[data-sid]') : null;
		return el?.getAttribute('data-sid') ?? null;
	}

	enter = (event: Event): void => {
		const id = SentenceHighlight.sentenceOf(event);
		if (id) this.active = id;
	};

	leave = (event: Event): void => {
		const id = SentenceHighlight.sentenceOf(event);
		if (id && id === this.active) this.active = null;
	};

	/** Read the target from the URL hash (`#p3s2`). */
	followHash = (): void => {
		const id = decodeURIComponent(location.hash.slice(1));
		this.target = /^p\d+s\d+$/.test(id) ? id : null;
	};

	classes(id: string): Record<string, boolean> {
		return { active: this.active === id, target: this.target === id };
	}
}
