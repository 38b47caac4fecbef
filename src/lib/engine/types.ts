/** What a piece of text is. Chinese words are `word`; everything else keeps its text. */
export type TokenKind = 'word' | 'punct' | 'number' | 'latin' | 'space';

export interface Token {
	text: string;
	kind: TokenKind;
	/** One tone-marked syllable per character (Chinese words only). */
	pinyin?: string[];
	/** The same syllables with tone numbers: neutral tone 5, ü written as v. */
	pinyinNum?: string[];
}

/** A word's reading: syllables separated by spaces, tone marks or numbers (`jú zhǎng`, `ju2 zhang3`). */
export type WordReadings = Readonly<Record<string, string>>;

export interface AnnotateOptions {
	/** Readings that beat everything else (a document's overrides). */
	overrides?: WordReadings;
}
