/**
 * The site's one IndexedDB database and its versions. Every page that opens it opens this
 * version with this upgrade, so that a tab never finds it upgraded under it by another part
 * of the site. Version 1 had the saved words; version 2 adds the imported texts, and keeps
 * every store it finds as it is.
 */
export const DB_NAME = 'duizhao';
export const DB_VERSION = 2;

/** Saved words (src/lib/vocabulary/store.svelte.ts). */
export const VOCABULARY = 'vocabulary';
/** Imported texts: what the library lists (src/lib/texts/store.ts). */
export const TEXTS = 'texts';
/** Imported texts: the text and its annotation, by the same id. */
export const TEXT_BODIES = 'text-bodies';

/** The upgrade from any older version: creates the stores it lacks, touches no other. */
export function upgradeDatabase(db: IDBDatabase): void {
	for (const name of [VOCABULARY, TEXTS, TEXT_BODIES]) {
		if (!db.objectStoreNames.contains(name)) db.createObjectStore(name, { keyPath: 'id' });
	}
}
