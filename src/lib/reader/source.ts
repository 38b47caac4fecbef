import type { SavedWord } from '$lib/vocabulary/word';

/** The text of an element as read: without the pinyin of its ruby. */
export function chineseText(el: Element): string {
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
