/** The shapes page data takes: produced by src/lib/server, rendered by the features. */

/** A piece of a sentence: a Chinese word carries one pinyin syllable per character. */
export interface RubyToken {
	text: string;
	pinyin?: string[];
}

export interface SentenceView {
	/** Stable anchor, `p3s2`: paragraph 3, sentence 2 (1-based). */
	id: string;
	zh: RubyToken[];
	en: string;
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
