import type { SavedWord } from '$lib/vocabulary/word';

/**
 * The text of an element as read: without the pinyin of its ruby, and in Simplified
 * characters, the text's own, where it is shown in Traditional (a word's `data-hans`,
 * Ruby.svelte): what is looked up, saved, corrected and read aloud.
 */
export function chineseText(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
	const converted = [...copy.querySelectorAll<HTMLElement>('[data-hans]')];
	if (copy instanceof HTMLElement && copy.dataset.hans !== undefined) converted.push(copy);
	for (const word of converted) word.textContent = word.dataset.hans ?? '';
	return copy.textContent ?? '';
}

/** The text of an element as shown: without the pinyin of its ruby. */
export function shownText(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	copy.querySelectorAll('rt, rp').forEach((n) => n.remove());
	return copy.textContent ?? '';
}

/**
 * A sentence of a shipped document as a saved word records it, read from the page (the text
 * is markup there, not data): the Chinese sentence `#sid` and its English `#sid-en`.
 */
export function sentenceSource(
	doc: { id: string; title: { en: string } },
	sid: string
): SavedWord['source'] {
	const zh = document.getElementById(sid);
	const en = document.getElementById(`${sid}-en`);
	return {
		doc: doc.id,
		title: doc.title.en,
		sentence: sid,
		zh: zh ? chineseText(zh) : '',
		en: en?.textContent ?? ''
	};
}
