import { error } from '@sveltejs/kit';
import { staticDictionaryFiles } from '$lib/server/dictionary-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = (() =>
	[...staticDictionaryFiles().keys()].map((file) => ({ file }))) satisfies EntryGenerator;

/**
 * The dictionary as static files (see src/lib/engine/dictionary-files.ts): the word list,
 * the full tones and the entry shards, for an annotator in the browser. No page fetches them.
 */
export const GET = (({ params }) => {
	const text = staticDictionaryFiles().get(params.file);
	if (text === undefined) error(404, `No dictionary file "${params.file}"`);
	const type = params.file.endsWith('.json') ? 'application/json' : 'text/plain; charset=utf-8';
	return new Response(text, { headers: { 'content-type': type } });
}) satisfies RequestHandler;
