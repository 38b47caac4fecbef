import { DOCUMENT_ID, SENTENCE_ID } from '../ids.ts';

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

/** A saved word's `source.doc` for an imported text (kept in this browser): `text:<id>`. */
export const TEXT_PREFIX = 'text:';

export type ReaderTarget =
	/** A shipped document: /read/<doc>#<sentence>. */
	| { kind: 'document'; doc: string; sentence: string }
	/** An imported text: /text?id=<doc>#<sentence>. */
	| { kind: 'text'; doc: string; sentence: string };

/**
 * The document or imported text and the sentence a word was saved from, when the ids are what
 * the reader makes (a saved record or a backup may hold anything): links back to the reader
 * are built only from these.
 */
export function readerTarget(source: SavedWord['source']): ReaderTarget | null {
	if (!SENTENCE_ID.test(source.sentence)) return null;
	if (DOCUMENT_ID.test(source.doc))
		return { kind: 'document', doc: source.doc, sentence: source.sentence };
	const text = source.doc.startsWith(TEXT_PREFIX) ? source.doc.slice(TEXT_PREFIX.length) : '';
	return DOCUMENT_ID.test(text) ? { kind: 'text', doc: text, sentence: source.sentence } : null;
}

/** The reader's path (under the site's root) of a target: ids only, as checked above. */
export function targetPath(target: ReaderTarget): string {
	return target.kind === 'document'
		? `/read/${target.doc}#${target.sentence}`
		: `/text?id=${target.doc}#${target.sentence}`;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const WORD_KEYS = new Set([
	'id',
	'hanzi',
	'pinyin',
	'definition',
	'traditional',
	'hsk',
	'source',
	'savedAt'
]);
const SOURCE_KEYS = ['doc', 'title', 'sentence', 'zh', 'en'];

/**
 * Checks a value read back from storage or a backup file before it is used. A value with
 * fields this version does not know (written by a newer one) is not a word it can read:
 * reading it as one would drop them.
 */
export function isSavedWord(value: unknown): value is SavedWord {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const w = value as Record<string, unknown>;
	const source = w.source as Record<string, unknown> | null | undefined;
	return (
		Object.keys(w).every((k) => WORD_KEYS.has(k)) &&
		isString(w.id) &&
		isString(w.hanzi) &&
		w.hanzi.length > 0 &&
		isString(w.pinyin) &&
		isString(w.definition) &&
		w.id === wordId(w.hanzi, w.pinyin) &&
		(w.traditional === undefined || isString(w.traditional)) &&
		(w.hsk === undefined ||
			(Number.isInteger(w.hsk) && Number(w.hsk) >= 1 && Number(w.hsk) <= 6)) &&
		typeof source === 'object' &&
		source !== null &&
		!Array.isArray(source) &&
		Object.keys(source).length === SOURCE_KEYS.length &&
		SOURCE_KEYS.every((k) => isString(source[k])) &&
		isString(w.savedAt) &&
		!Number.isNaN(Date.parse(w.savedAt))
	);
}

/** `existing` with `fresh` words in: a fresh one takes the place of one with its id. */
export function withWords(
	existing: readonly SavedWord[],
	fresh: readonly SavedWord[]
): SavedWord[] {
	const byId = new Map(fresh.map((w) => [w.id, w]));
	return [...existing.filter((w) => !byId.has(w.id)), ...byId.values()];
}

/** The ids of `words`. */
export function idsOf(words: readonly SavedWord[]): ReadonlySet<string> {
	return new Set(words.map((w) => w.id));
}
