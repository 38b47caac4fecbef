/**
 * An imported text as it is stored: what the library lists (`TextMeta`) and, by the same id,
 * the text and its annotation (`TextBody`). Both are checked by a type guard when read back;
 * a record that fails it (damaged, written by a newer version) is unreadable: counted, kept,
 * never overwritten.
 */
import { DOCUMENT_ID, SENTENCE_ID } from '../ids.ts';
import type { EnglishPiece, ParagraphView, RubyToken, SentenceView, TermCard } from '../model.ts';
import type { TextInput } from '../worker/protocol.ts';
import type { Corrections } from '../engine/corrections.ts';

/** The version of the stored records. */
export const TEXT_FORMAT = 1;

export interface TextMeta {
	/** DOCUMENT_ID: lowercase letters, digits and hyphens (the address is /text?id=<id>). */
	id: string;
	title: { zh: string; en?: string };
	/** Chinese characters, sentences, and whether any sentence has English. */
	characters: number;
	sentences: number;
	english: boolean;
	/** ISO 8601. */
	createdAt: string;
}

export interface TextBody {
	id: string;
	/** The sentence pairs as imported (the title is in the meta). */
	input: TextInput['paragraphs'];
	titleTokens: RubyToken[];
	paragraphs: ParagraphView[];
	/** The cards of the glossary entries the text uses. */
	cards: Record<string, TermCard>;
	/**
	 * The reader's corrections (engine/corrections.ts), already applied to `titleTokens` and
	 * `paragraphs`; absent in records kept before texts could be corrected.
	 */
	corrections?: Corrections;
	/**
	 * What the annotation was made with (/annotator/version.json: the engine's code and its
	 * data); absent in records kept before it was recorded. A text annotated with another
	 * version is annotated again when it is opened (open.ts).
	 */
	annotatedWith?: string;
	/** What a document file imported as this text said about it (prepare.ts `readDocumentYaml`). */
	about?: DocumentAbout;
}

/**
 * A document file's facts about its text, kept with a text imported from one and written back
 * when it is exported: its source (publisher, date YYYY-MM-DD, address, a note), licence,
 * translator and the translator's notes.
 */
export interface DocumentAbout {
	publisher?: string;
	date?: string;
	url?: string;
	note?: string;
	licence?: string;
	translator?: string;
	notes?: string[];
}

const ABOUT_TEXTS = ['publisher', 'note', 'licence', 'translator'] as const;

export function isDocumentAbout(v: unknown): v is DocumentAbout {
	return (
		isRecord(v) &&
		onlyKeys(v, [...ABOUT_TEXTS, 'date', 'url', 'notes']) &&
		ABOUT_TEXTS.every((k) => v[k] === undefined || isString(v[k])) &&
		(v.date === undefined || (isString(v.date) && /^\d{4}-\d{2}-\d{2}$/.test(v.date))) &&
		// An address someone may follow: the web's only.
		(v.url === undefined || (isString(v.url) && /^https?:\/\/[^\s]+$/i.test(v.url))) &&
		(v.notes === undefined || isStrings(v.notes))
	);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isRecord = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);
const onlyKeys = (v: Record<string, unknown>, keys: readonly string[]) =>
	Object.keys(v).every((k) => keys.includes(k));
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isId = (v: unknown): v is string => isString(v) && DOCUMENT_ID.test(v);

function isTitle(v: unknown): v is TextMeta['title'] {
	return (
		isRecord(v) &&
		onlyKeys(v, ['zh', 'en']) &&
		isString(v.zh) &&
		(v.en === undefined || isString(v.en))
	);
}

export function isTextMeta(v: unknown): v is TextMeta {
	return (
		isRecord(v) &&
		onlyKeys(v, ['id', 'title', 'characters', 'sentences', 'english', 'createdAt']) &&
		isId(v.id) &&
		isTitle(v.title) &&
		Number.isInteger(v.characters) &&
		Number.isInteger(v.sentences) &&
		typeof v.english === 'boolean' &&
		isString(v.createdAt) &&
		!Number.isNaN(Date.parse(v.createdAt))
	);
}

function isRubyToken(v: unknown): v is RubyToken {
	return (
		isRecord(v) &&
		onlyKeys(v, ['text', 'pinyin', 'full', 'term', 'sense']) &&
		isString(v.text) &&
		(v.pinyin === undefined || isStrings(v.pinyin)) &&
		(v.full === undefined || isStrings(v.full)) &&
		// Ids go into links (/glossary/<term>): only the glossary's own shape.
		(v.term === undefined || isId(v.term)) &&
		(v.sense === undefined || isId(v.sense))
	);
}

function isPiece(v: unknown): v is EnglishPiece {
	return (
		isRecord(v) &&
		onlyKeys(v, ['text', 'term']) &&
		isString(v.text) &&
		(v.term === undefined || isId(v.term))
	);
}

function isSentence(v: unknown): v is SentenceView {
	return (
		isRecord(v) &&
		onlyKeys(v, ['id', 'zh', 'en']) &&
		isString(v.id) &&
		SENTENCE_ID.test(v.id) &&
		Array.isArray(v.zh) &&
		v.zh.every(isRubyToken) &&
		Array.isArray(v.en) &&
		v.en.every(isPiece)
	);
}

function isCard(v: unknown): v is TermCard {
	return isRecord(v) && isId(v.id) && isString(v.headword) && isString(v.pinyin);
}

const HAN_WORD = /^\p{Script=Han}+$/u;
const HAN_WORDS = /^\p{Script=Han}+(?: \p{Script=Han}+)*$/u;

/** Corrections as the document format writes them: Chinese spans and words, string readings. */
export function isCorrections(v: unknown): v is Corrections {
	return (
		isRecord(v) &&
		onlyKeys(v, ['words', 'pinyin']) &&
		isStrings(v.words) &&
		v.words.every((w) => HAN_WORDS.test(w)) &&
		isRecord(v.pinyin) &&
		Object.entries(v.pinyin).every(([w, r]) => HAN_WORD.test(w) && isString(r) && r.trim() !== '')
	);
}

export function isTextBody(v: unknown): v is TextBody {
	return (
		isRecord(v) &&
		onlyKeys(v, [
			'id',
			'input',
			'titleTokens',
			'paragraphs',
			'cards',
			'corrections',
			'annotatedWith',
			'about'
		]) &&
		(v.about === undefined || isDocumentAbout(v.about)) &&
		(v.corrections === undefined || isCorrections(v.corrections)) &&
		(v.annotatedWith === undefined || isString(v.annotatedWith)) &&
		isId(v.id) &&
		Array.isArray(v.input) &&
		v.input.every(
			(p) =>
				Array.isArray(p) &&
				p.every(
					(s) =>
						isRecord(s) &&
						onlyKeys(s, ['zh', 'en']) &&
						isString(s.zh) &&
						(s.en === undefined || isString(s.en))
				)
		) &&
		Array.isArray(v.titleTokens) &&
		v.titleTokens.every(isRubyToken) &&
		Array.isArray(v.paragraphs) &&
		v.paragraphs.every(
			(p) =>
				isRecord(p) &&
				onlyKeys(p, ['sentences']) &&
				Array.isArray(p.sentences) &&
				p.sentences.every(isSentence)
		) &&
		isRecord(v.cards) &&
		Object.values(v.cards).every(isCard)
	);
}

/** A stored record (`{ v, ...value }`) as its value, or null when this version cannot read it. */
export function readStored<T>(record: unknown, guard: (v: unknown) => v is T): T | null {
	if (!isRecord(record)) return null;
	const { v, ...value } = record;
	return v === TEXT_FORMAT && guard(value) ? value : null;
}
