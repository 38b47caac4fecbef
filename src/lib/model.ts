/** The shapes page data takes: produced by src/lib/server, rendered by the features. */

/** A piece of a sentence: a Chinese word carries one pinyin syllable per character. */
export interface RubyToken {
	text: string;
	pinyin?: string[];
	/**
	 * The same syllables with lexical neutral tones in full (认识 rèn shí for rèn shi), where
	 * that differs: shown instead of `pinyin` when the reader turns neutral tones off.
	 */
	full?: string[];
	/** Glossary entry id, and which of its senses this occurrence means. */
	term?: string;
	sense?: string;
	/**
	 * The word in Traditional characters, as many as `text` has, where the text is shown in
	 * them and they differ (reader/script.ts); `text` stays the Simplified.
	 */
	hant?: string;
}

import type { EnglishPiece } from './engine/align.ts';

export type { EnglishPiece };

export interface SentenceView {
	/** Stable anchor, `p3s2`: paragraph 3, sentence 2 (1-based). */
	id: string;
	zh: RubyToken[];
	en: EnglishPiece[];
}

export interface ParagraphView {
	sentences: SentenceView[];
}

export interface DocumentSummary {
	id: string;
	title: { zh: string; en: string };
	date: string;
	/** Chinese characters in the body (headline excluded). */
	characters: number;
	sentences: number;
}

export interface DocumentView extends DocumentSummary {
	titleTokens: RubyToken[];
	source: { publisher?: string; language: string; url?: string; note?: string };
	licence?: string;
	translator?: string;
	notes: string[];
	paragraphs: ParagraphView[];
}

/**
 * What a shipped document's reading page receives as data: the document without what is
 * prerendered into the page as markup that is never hydrated (server/article.ts): its text,
 * its Chinese title's words, where it comes from and the translator's notes.
 */
export interface ReaderDocument extends Omit<
	DocumentView,
	'paragraphs' | 'titleTokens' | 'source' | 'licence' | 'translator' | 'notes'
> {
	/** Whether any sentence has English. */
	english: boolean;
}

export type Category = 'institution' | 'office' | 'person' | 'policy' | 'concept' | 'event';
export type Provenance = 'official' | 'common' | 'ours';

/** What a term popover shows. */
export interface TermCard {
	id: string;
	category: Category;
	headword: string;
	pinyin: string;
	aliases: { zh: string; pinyin: string }[];
	english: {
		name: string;
		short?: string;
		abbreviation?: string;
		provenance: Provenance;
		source: string;
	};
	expansion?: { zh: string; pinyin: string; en: string };
	/** A sense's own English name, where it has one (五位一体 as the Party's plan). */
	senses: { id: string; name?: string; en: string }[];
	uncertain?: string;
	/** The words a form is cut into, where more than one (倒逼机制: 倒逼, 机制). */
	words?: Record<string, string[]>;
	/** A form's (or the expansion's) reading as said, where 一 or 不 changes its tone. */
	spoken?: Record<string, string>;
}

/** One use of a term in a document, as keyword in context. */
export interface Occurrence {
	doc: string;
	docTitle: string;
	sentence: string;
	/** The sense this occurrence means, where the entry has more than one. */
	sense?: string;
	before: string;
	match: string;
	after: string;
	/** The English sentence, the entry's renderings in it marked. */
	en: EnglishPiece[];
	/** Those renderings as the entry spells them (none: the English has none of them). */
	renderings: string[];
}

export interface GlossaryEntryView extends TermCard {
	renderings: string[];
	related: { id: string; headword: string; name: string }[];
	notes: { date: string; en: string }[];
	occurrences: Occurrence[];
}

/** A glossary entry in the list, with what search matches against. */
export interface GlossaryItem {
	id: string;
	category: Category;
	headword: string;
	pinyin: string;
	name: string;
	abbreviation?: string;
	/** The headword's reading as said, where it differs (五位一体 wǔ wèi yì tǐ). */
	spoken?: string;
	keys: SearchKeys;
}

export interface SearchKeys {
	/** Headword, aliases, expansion. */
	hanzi: string[];
	/** The same in pinyin without spaces: toned (`rènjiānwěi`) and toneless (`renjianwei`). */
	toned: string[];
	toneless: string[];
	/** First letters of each syllable (`rjw`). */
	initials: string[];
	/** English name, short form, abbreviation, renderings: lower case. */
	english: string[];
	/** What the senses say (lower case): found by English words too, ranked after the names. */
	explanation: string[];
}

/** A dictionary reading of a word: tone-marked syllables and its senses. */
export interface WordReading {
	pinyin: string[];
	senses: string[];
}

/** What a word popover shows from the dictionary (CC-CEDICT, HSK 2.0). */
export interface WordInfo {
	traditional: string[];
	hsk?: number;
	readings: WordReading[];
}

/** A reading page's lookup file, fetched on the first interaction. */
export interface LookupData {
	terms: Record<string, TermCard>;
	words: Record<string, WordInfo>;
	/** Characters of longer words that are not words of the text themselves (short entries). */
	chars: Record<string, WordReading[]>;
	/**
	 * For a page in Traditional characters: the Traditional form of each word, character and
	 * term form above, where it differs (reader/script.ts). The keys stay Simplified.
	 */
	hant?: Record<string, string>;
}
