import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => {
	const all = content();
	return { documents: all.documents.map((d) => all.summarise(d)) };
}) satisfies PageServerLoad;
