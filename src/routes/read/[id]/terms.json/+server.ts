import { error, json } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = (() =>
	content().documents.map(({ id }) => ({ id }))) satisfies EntryGenerator;

/** The glossary cards a document's popovers need, fetched on the first interaction. */
export const GET = (({ params }) => {
	const all = content();
	const doc = all.document(params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return json(all.cards(doc));
}) satisfies RequestHandler;
