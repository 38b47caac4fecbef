import { error } from '@sveltejs/kit';
import type { ReaderDocument } from '$lib/model';
import { hasEnglish } from '$lib/reader/groups';
import { toTraditional } from '$lib/reader/opencc';
import type { Script } from '$lib/reader/script';
import { inEveryLanguage } from '$lib/i18n';
import { content } from './content';

/** Every shipped document's reading page, in each interface language. */
export const readerEntries = () => inEveryLanguage(content().documents.map(({ id }) => ({ id })));

/**
 * A reading page's data: the document's summary, its Chinese title in `script`'s characters;
 * the rest is put into the page as markup (server/article.ts).
 */
export function readerPage(
	id: string,
	script: Script
): { document: ReaderDocument; script: Script } {
	const all = content();
	const doc = all.document(id);
	if (!doc) error(404, `No document "${id}"`);
	const view = all.view(doc);
	// What is in the page as markup (its text, the title's words, where it comes from and the
	// notes: server/article.ts) is not in its data.
	const document: ReaderDocument = {
		id: view.id,
		title: view.title,
		date: view.date,
		characters: view.characters,
		sentences: view.sentences,
		english: hasEnglish(view.paragraphs)
	};
	if (script === 'hans') return { document, script };
	return {
		document: {
			...document,
			title: { ...document.title, zh: toTraditional(document.title.zh) }
		},
		script
	};
}
