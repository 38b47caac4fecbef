import { content } from '$lib/server/content';
import { inEveryLanguage } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => inEveryLanguage([{}])) satisfies EntryGenerator;

export const load = (() => {
	const all = content();
	return { documents: all.documents.map((d) => all.summarise(d)) };
}) satisfies PageServerLoad;
