import type { Spoken } from './speech.svelte';
import { chineseText } from './source';

/** How much is read from the chosen sentence: it alone, its paragraph, or on to the end. */
export const SCOPES = ['sentence', 'paragraph', 'rest'] as const;
export type ListenScope = (typeof SCOPES)[number];

const SENTENCES = '.row .zh [data-sid]';

/**
 * What is read of the text under `root` (markup: ArticleText.svelte), from its sentence `sid`
 * (the first, if it has none such): the Chinese without its pinyin, sentence by sentence.
 */
export function spokenFrom(root: Element, sid: string | null, scope: ListenScope): Spoken[] {
	const all = [...root.querySelectorAll(SENTENCES)];
	const start = all.find((el) => el.getAttribute('data-sid') === sid) ?? all[0];
	if (!start) return [];
	const row = start.closest('.row');
	const chosen =
		scope === 'sentence'
			? [start]
			: scope === 'paragraph'
				? all.filter((el) => el.closest('.row') === row)
				: all.slice(all.indexOf(start));
	return chosen.flatMap((el) => {
		const text = chineseText(el).trim();
		return text ? [{ sid: el.getAttribute('data-sid'), text }] : [];
	});
}
