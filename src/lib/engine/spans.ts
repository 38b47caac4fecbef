import type { Token } from './types.ts';

/** A glossary term where it stands in a sentence: one token, or several (抓质量、保安全…). */
export interface TermSpan {
	term: string;
	/** The term as written, punctuation included. */
	text: string;
	/** Its first and last token (indices into the sentence's tokens). */
	first: number;
	last: number;
	/** Where it starts in the sentence, in UTF-16 code units. */
	offset: number;
}

/** The glossary terms of a sentence's tokens, each run of one term's tokens as one span. */
export function termSpans(tokens: readonly Token[]): TermSpan[] {
	const spans: TermSpan[] = [];
	let offset = 0;
	tokens.forEach((t, i) => {
		const open = spans.at(-1);
		if (t.term && open && open.term === t.term && open.last === i - 1) {
			open.text += t.text;
			open.last = i;
		} else if (t.term) {
			spans.push({ term: t.term, text: t.text, first: i, last: i, offset });
		}
		offset += t.text.length;
	});
	return spans;
}
