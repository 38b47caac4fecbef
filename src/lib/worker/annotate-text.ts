/**
 * An imported text -> what the reader shows, sentence by sentence, with the annotator the
 * reader pages' data builds (load.ts) and the page model they use: the same words, pinyin,
 * terms and marked renderings.
 */
import type { Annotator } from '../engine/annotator.ts';
import type { Corrections } from '../engine/corrections.ts';
import type { AnnotateOptions } from '../engine/types.ts';
import { rubyTokens, sentenceView, type PageTerm } from '../engine/page-model.ts';
import type { ParagraphView, RubyToken } from '../model.ts';
import type { GlossaryFile } from './protocol.ts';

/** The id of the `s`-th sentence of the `p`-th paragraph (both 0-based): `p1s1`. */
export function importedSentenceId(p: number, s: number): string {
	return `p${p + 1}s${s + 1}`;
}

export function pageTerms(glossary: GlossaryFile): (id: string) => PageTerm | undefined {
	return (id) => {
		const entry = glossary.terms[id];
		return entry ? { senses: entry.card.senses, renderings: entry.renderings } : undefined;
	};
}

/** The annotator's options that apply a reader's corrections. */
export function correctionOptions(c: Corrections | undefined): AnnotateOptions {
	if (!c) return {};
	return {
		...(Object.keys(c.pinyin).length > 0 ? { overrides: c.pinyin } : {}),
		...(c.words.length > 0 ? { segments: c.words } : {})
	};
}

/** One paragraph, annotated as the reader pages are (and again with neutral tones in full). */
export function annotateParagraph(
	annotator: Annotator,
	term: (id: string) => PageTerm | undefined,
	pairs: readonly { zh: string; en?: string }[],
	p: number,
	/** Called after each sentence, with its length. */
	onSentence?: (characters: number) => void,
	options: AnnotateOptions = {}
): ParagraphView {
	return {
		sentences: pairs.map((pair, s) => {
			const tokens = annotator.annotate(pair.zh, options);
			const full = annotator.annotate(pair.zh, { ...options, neutralTones: false });
			const view = sentenceView(importedSentenceId(p, s), tokens, pair.en ?? '', { full, term });
			onSentence?.(pair.zh.length);
			return view;
		})
	};
}

export function annotateTitle(
	annotator: Annotator,
	term: (id: string) => PageTerm | undefined,
	title: string,
	options: AnnotateOptions = {}
): RubyToken[] {
	return rubyTokens(annotator.annotate(title, options), {
		full: annotator.annotate(title, { ...options, neutralTones: false }),
		term
	});
}

/** The glossary entries a text's sentences use. */
export function termsOf(paragraphs: readonly ParagraphView[]): string[] {
	const ids = new Set<string>();
	for (const p of paragraphs)
		for (const s of p.sentences) for (const t of s.zh) if (t.term) ids.add(t.term);
	return [...ids];
}
