/**
 * The page model: annotated tokens -> what a reading page shows, sentence by sentence (ruby
 * with pinyin, glossary terms with the sense they have there, the English with each term's
 * rendering marked). Pure, so the prerendered reader and imported texts share it.
 */
import type { RubyToken, SentenceView } from '../model.ts';
import { alignRenderings } from './align.ts';
import { termSpans } from './spans.ts';
import type { Token } from './types.ts';

/** What the page model needs of a glossary entry. */
export interface PageTerm {
	senses: readonly { id: string }[];
	renderings: readonly string[];
}

export interface RubyOptions {
	/**
	 * The same text annotated with `neutralTones: false` (the same tokens, other syllables):
	 * a word whose neutral tones read otherwise in full carries that reading too.
	 */
	full?: readonly Token[];
	/** The sense a term's form was given in this sentence (a document's `senses`). */
	senses?: Readonly<Record<string, string>>;
	/** The glossary entry of a term id. */
	term: (id: string) => PageTerm | undefined;
}

/**
 * Tokens for the page; a term's tokens carry the sense it has in this sentence (the one
 * chosen, else the entry's only sense).
 */
export function rubyTokens(tokens: readonly Token[], options: RubyOptions): RubyToken[] {
	const { full, senses } = options;
	const ruby: RubyToken[] = tokens.map((t, i) => {
		const inFull = full?.[i];
		const differs =
			t.pinyin &&
			inFull?.text === t.text &&
			inFull.pinyin?.some((syllable, k) => syllable !== t.pinyin?.[k]);
		return {
			text: t.text,
			...(t.pinyin ? { pinyin: t.pinyin } : {}),
			...(differs && inFull.pinyin ? { full: inFull.pinyin } : {}),
			...(t.term ? { term: t.term } : {})
		};
	});
	for (const span of termSpans(tokens)) {
		const entry = options.term(span.term);
		const sense =
			senses?.[span.text] || (entry?.senses.length === 1 ? entry.senses[0]?.id : undefined);
		if (!sense) continue;
		for (let i = span.first; i <= span.last; i++) (ruby[i] as RubyToken).sense = sense;
	}
	return ruby;
}

/** One sentence of a page: its id, its Chinese as ruby and its English with terms marked. */
export function sentenceView(
	id: string,
	tokens: readonly Token[],
	en: string,
	options: RubyOptions
): SentenceView {
	const terms = [...new Set(tokens.flatMap((t) => (t.term ? [t.term] : [])))];
	return {
		id,
		zh: rubyTokens(tokens, options),
		en: alignRenderings(
			en,
			terms.map((term) => ({ term, texts: options.term(term)?.renderings ?? [] }))
		)
	};
}
