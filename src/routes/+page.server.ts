import { documents, summarise } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({ documents: documents().map(summarise) })) satisfies PageServerLoad;
