import { error } from '@sveltejs/kit';
import { annotatorFiles } from '$lib/server/annotator-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = (() =>
	[...annotatorFiles().keys()].map((file) => ({ file }))) satisfies EntryGenerator;

/**
 * The annotator's data besides the dictionary (src/lib/server/annotator-files.ts), for the
 * import page's Web Worker. No reading page fetches them.
 */
export const GET = (({ params }) => {
	const text = annotatorFiles().get(params.file);
	if (text === undefined) error(404, `No annotator file "${params.file}"`);
	return new Response(text, { headers: { 'content-type': 'application/json' } });
}) satisfies RequestHandler;
