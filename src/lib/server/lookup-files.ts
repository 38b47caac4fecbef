import { error } from '@sveltejs/kit';
import type { LookupData } from '$lib/model';
import { content } from './content';

/** A lookup file for each document (`/read/{id}/lookup.json` and its Traditional twin). */
export const lookupEntries = () => content().documents.map(({ id }) => ({ id }));

/** What document `id`'s popovers need (glossary cards, dictionary entries); 404 if none. */
export function lookupOf(id: string): LookupData {
	const all = content();
	const doc = all.document(id);
	if (!doc) error(404, `No document "${id}"`);
	return all.lookup(doc);
}
