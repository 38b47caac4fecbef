/** What a piece of text is. Chinese words are `word`; everything else keeps its text. */
export type TokenKind = 'word' | 'punct' | 'number' | 'latin' | 'space';

export interface Token {
	text: string;
	kind: TokenKind;
	/** One tone-marked syllable per character (Chinese words only); '' for a character with none (𠮷). */
	pinyin?: string[];
	/** The same syllables with tone numbers: neutral tone 5, ü written as v; '' where there is none. */
	pinyinNum?: string[];
	/** The glossary entry this word is a form of. */
	term?: string;
}

/** A word's reading: syllables separated by spaces, tone marks or numbers (`jú zhǎng`, `ju2 zhang3`). */
export type WordReadings = Readonly<Record<string, string>>;

/** A glossary form: its text becomes one token that takes this pinyin and names the entry. */
export interface TermForm {
	text: string;
	pinyin: string;
	term: string;
}

/** How one call of `Annotator.annotate` writes its text; the annotator's data does the rest. */
export interface AnnotateOptions {
	/** Readings that beat everything else (a document's overrides). */
	overrides?: WordReadings;
	/** Spans cut into words as written, spaces between words (`作出`, `找 准`): beat everything else. */
	segments?: readonly string[];
	/**
	 * Write 一 and 不 with their tone changes (yí bù, bú duàn: what learners hear; the
	 * default) or, with `false`, in their citation tones (yī, bù) as dictionaries do.
	 */
	toneChanges?: boolean;
	/**
	 * Write a word's lexical neutral tones as heard in standard Mandarin (知识 zhīshi: the
	 * default) or, with `false`, with the character's full tone (zhīshí), as Taiwan usage does.
	 * Particles and suffixes (的, 了, 桌子) stay neutral either way.
	 */
	neutralTones?: boolean;
}

export interface TermIndex {
	forms: ReadonlyMap<string, { term: string; syllables: string[] }>;
	longest: number;
}
