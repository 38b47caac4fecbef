import { error } from '@sveltejs/kit';
import type { ReaderDocument } from '$lib/model';
import { hasEnglish } from '$lib/reader/groups';
import { toTraditional } from '$lib/reader/opencc';
import type { Script } from '$lib/reader/script';
import { formatDate, inEveryLanguage } from '$lib/i18n';
import { content } from './content';

/** Every shipped document's reading page, in each interface language. */
export const readerEntries = () => inEveryLanguage(content().documents.map(({ id }) => ({ id })));

/**
 * A reading page's data: the document without its text and its title's words (those, and the
 * printed page's appendix of the glossary terms it uses, are put into the page as markup:
 * server/article.ts), its Chinese title in `script`'s characters.
 */
export function readerPage(
	id: string,
	script: Script
): { document: ReaderDocument; script: Script } {
	const all = content();
	const doc = all.document(id);
	if (!doc) error(404, `No document "${id}"`);
	// The text and the title's words are in the page as markup, not in its data.
	// eslint-disable-next-line @typescript-eslint/no-unused-vars -- left out, as said
	const { paragraphs, titleTokens, ...view } = all.view(doc);
	// The date as the page's language writes it, made here: Intl's formatters are costly to
	// build in a phone's browser, and the reading page would build one only to hydrate.
	const document: ReaderDocument = {
		...view,
		english: hasEnglish(paragraphs),
		dateText: formatDate(view.date)
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
