import { readerEntries, readerPage } from '$lib/server/reader-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = readerEntries satisfies EntryGenerator;

/** The document in Simplified characters (Traditional: ./hant). */
export const load = (({ params }) => readerPage(params.id, 'hans')) satisfies PageServerLoad;
