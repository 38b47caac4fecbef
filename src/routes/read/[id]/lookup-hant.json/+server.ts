import { error, json } from '@sveltejs/kit';
import { toTraditional } from '$lib/reader/opencc';
import { traditionalLookup } from '$lib/reader/script';
import { content } from '$lib/server/content';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = (() =>
	content().documents.map(({ id }) => ({ id }))) satisfies EntryGenerator;

/**
 * The popovers' data of a document's page in Traditional characters: that of lookup.json, with
 * the Traditional form of each word and term form it shows (LookupData.hant).
 */
export const GET = (({ params }) => {
	const all = content();
	const doc = all.document(params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return json(traditionalLookup(all.lookup(doc), toTraditional));
}) satisfies RequestHandler;
