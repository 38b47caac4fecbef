import { error } from '@sveltejs/kit';
import { inEveryLanguage } from '$lib/i18n';
import { content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	inEveryLanguage(content().glossary.map(({ id }) => ({ id })))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const entry = content().entry(params.id);
	if (!entry) error(404, `No glossary entry "${params.id}"`);
	return { entry: content().entryView(entry) };
}) satisfies PageServerLoad;
