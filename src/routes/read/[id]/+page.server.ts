import { error } from '@sveltejs/kit';
import { documents, toView } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => documents().map(({ id }) => ({ id }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const doc = documents().find((d) => d.id === params.id);
	if (!doc) error(404, `No document "${params.id}"`);
	return { document: toView(doc) };
}) satisfies PageServerLoad;
