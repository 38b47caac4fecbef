import type { ParagraphView, RubyToken } from '../model.ts';

/** Tokens as the reader shows them: consecutive tokens of one glossary term form one link. */
export interface TokenGroup {
	term?: string;
	sense?: string;
	tokens: RubyToken[];
}

export function groupByTerm(tokens: readonly RubyToken[]): TokenGroup[] {
	const groups: TokenGroup[] = [];
	for (const token of tokens) {
		const last = groups.at(-1);
		if (token.term && last?.term === token.term) {
			last.tokens.push(token);
		} else if (token.term) {
			groups.push({
				term: token.term,
				...(token.sense ? { sense: token.sense } : {}),
				tokens: [token]
			});
		} else if (last && !last.term) {
			last.tokens.push(token);
		} else {
			groups.push({ tokens: [token] });
		}
	}
	return groups;
}

/** Whether any sentence of a text has English: without, the reader is one column of Chinese. */
export function hasEnglish(paragraphs: readonly ParagraphView[]): boolean {
	return paragraphs.some((p) => p.sentences.some((s) => s.en.some((piece) => piece.text.trim())));
}

/**
 * The end (exclusive) of the paragraphs from `from` on that hold about `size` characters of
 * Chinese: the last one counted is the one that reaches `size`.
 */
export function paragraphsEnd(
	paragraphs: readonly ParagraphView[],
	from: number,
	size: number
): number {
	let length = 0;
	let end = from;
	while (end < paragraphs.length && length < size) {
		for (const s of paragraphs[end]?.sentences ?? []) for (const t of s.zh) length += t.text.length;
		end++;
	}
	return end;
}
