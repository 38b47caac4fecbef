import { error } from '@sveltejs/kit';
import { content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	content().documents.map(({ id }) => ({ id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const all = content();
	const doc = all.document(params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return { document: all.view(doc) };
}) satisfies PageServerLoad;
