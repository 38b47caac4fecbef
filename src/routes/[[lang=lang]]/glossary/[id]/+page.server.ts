import { error } from '@sveltejs/kit';
import { inEveryLanguage } from '$lib/i18n';
import { toTraditional } from '$lib/reader/opencc';
import { traditionalWord } from '$lib/reader/script';
import { content } from '$lib/server/content';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() =>
	inEveryLanguage(content().glossary.map(({ id }) => ({ id })))) satisfies EntryGenerator;

export const load = (({ params }) => {
	const entry = content().entry(params.id);
	if (!entry) error(404, `No glossary entry "${params.id}"`);
	const traditional = traditionalWord(entry.headword, toTraditional);
	// The headword in Traditional characters beside it, where they differ (the reader's option).
	return {
		entry: content().entryView(entry),
		...(traditional !== entry.headword ? { traditional } : {})
	};
}) satisfies PageServerLoad;
