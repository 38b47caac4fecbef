import { error, json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = (() =>
	content().documents.map(({ id }) => ({ id }))) satisfies EntryGenerator;

/** What a document's popovers need (glossary cards, dictionary entries), fetched on first use. */
export const GET = (({ params }) => {
	const all = content();
	const doc = all.document(params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return json(all.lookup(doc));
}) satisfies RequestHandler;
