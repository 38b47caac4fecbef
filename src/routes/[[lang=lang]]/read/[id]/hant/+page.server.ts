import { readerEntries, readerPage } from '$lib/server/reader-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = readerEntries satisfies EntryGenerator;

/**
 * The document in Traditional characters, converted at build time (reader/script.ts), so that
 * the reading page ships no converter. The pre-paint script comes here from the Simplified
 * page when Traditional is remembered (preference-schema.js).
 */
export const load = (({ params }) => readerPage(params.id, 'hant')) satisfies PageServerLoad;
