/** A word a learner saved, with where it came from. Stored in IndexedDB and in backups. */
export interface SavedWord {
	/** `hanzi|pinyin`: one record per word and reading. */
	id: string;
	hanzi: string;
	/** Tone-marked, syllables separated by spaces, as read in the source sentence. */
	pinyin: string;
	definition: string;
	traditional?: string;
	hsk?: number;
	source: {
		doc: string;
		title: string;
		sentence: string;
		zh: string;
		en: string;
	};
	/** ISO 8601 date-time. */
	savedAt: string;
}

/** The version of the stored record and backup format. */
export const FORMAT_VERSION = 1;

export function wordId(hanzi: string, pinyin: string): string {
	return `${hanzi}|${pinyin}`;
}

const isString = (v: unknown): v is string => typeof v === 'string';

/** Checks a value read back from storage or a backup file before it is used. */
export function isSavedWord(value: unknown): value is SavedWord {
	if (typeof value !== 'object' || value === null) return false;
	const w = value as Record<string, unknown>;
	const source = w.source as Record<string, unknown> | null | undefined;
	return (
		isString(w.id) &&
		isString(w.hanzi) &&
		w.hanzi.length > 0 &&
		isString(w.pinyin) &&
		isString(w.definition) &&
		w.id === wordId(w.hanzi, w.pinyin) &&
		(w.traditional === undefined || isString(w.traditional)) &&
		(w.hsk === undefined || (typeof w.hsk === 'number' && w.hsk >= 1 && w.hsk <= 6)) &&
		typeof source === 'object' &&
		source !== null &&
		['doc', 'title', 'sentence', 'zh', 'en'].every((k) => isString(source[k])) &&
		isString(w.savedAt) &&
		!Number.isNaN(Date.parse(w.savedAt))
	);
}

/**
 * Merge `incoming` into `existing`: a word already there keeps its record (the earlier
 * save), new words are added. Returns the merged list and how many were added.
 */
export function mergeWords(
	existing: readonly SavedWord[],
	incoming: readonly SavedWord[]
): { words: SavedWord[]; added: SavedWord[] } {
	const byId = new Map(existing.map((w) => [w.id, w]));
	const added: SavedWord[] = [];
	for (const w of incoming) {
		if (byId.has(w.id)) continue;
		byId.set(w.id, w);
		added.push(w);
	}
	return { words: [...byId.values()], added };
}
