import { error } from '@sveltejs/kit';
import type { ReaderDocument } from '$lib/model';
import { hasEnglish } from '$lib/reader/groups';
import { formatDate, inEveryLanguage } from '$lib/i18n';
import { content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	inEveryLanguage(content().documents.map(({ id }) => ({ id })))) satisfies EntryGenerator;

/**
 * The document without its text: that, and the printed page's appendix of the glossary
 * terms it uses, are put into the page as markup (server/article.ts).
 */
export const load = (({ params }) => {
	const all = content();
	const doc = all.document(params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	const { paragraphs, ...view } = all.view(doc);
	// The date as the page's language writes it, made here: Intl's formatters are costly to
	// build in a phone's browser, and the reading page would build one only to hydrate.
	const document: ReaderDocument = {
		...view,
		english: hasEnglish(paragraphs),
		dateText: formatDate(view.date)
	};
	return { document };
}) satisfies PageServerLoad;
