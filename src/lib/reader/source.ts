import type { DocumentView } from '$lib/model';
import type { SavedWord } from '$lib/vocabulary/word';

/** A sentence of a document as a saved word records it. */
export function sentenceSource(doc: DocumentView, sid: string): SavedWord['source'] {
	const sentence = doc.paragraphs.flatMap((p) => p.sentences).find((s) => s.id === sid);
	return {
		doc: doc.id,
		title: doc.title.en,
		sentence: sid,
		zh: sentence?.zh.map((t) => t.text).join('') ?? '',
		en: sentence?.en.map((p) => p.text).join('') ?? ''
	};
}
