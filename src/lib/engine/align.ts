/** A stretch of an English sentence; `term` marks the rendering of a glossary entry. */
export interface EnglishPiece {
	text: string;
	term?: string;
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Find the English renderings of the given terms in `en` (case-insensitive, whole words,
 * longest first, no overlaps) and cut the sentence into pieces. The pieces concatenate to `en`.
 */
export function alignRenderings(
	en: string,
	renderings: readonly { term: string; texts: readonly string[] }[]
): EnglishPiece[] {
	const lower = en.toLowerCase();
	const candidates = renderings
		.flatMap(({ term, texts }) => texts.map((text) => ({ term, text: text.toLowerCase() })))
		.filter((c) => c.text.length > 0)
		.sort((a, b) => b.text.length - a.text.length);
	const taken: { start: number; end: number; term: string }[] = [];
	for (const { term, text } of candidates) {
		for (let at = lower.indexOf(text); at >= 0; at = lower.indexOf(text, at + 1)) {
			const end = at + text.length;
			const wholeWord = !WORD.test(en[at - 1] ?? ' ') && !WORD.test(en[end] ?? ' ');
			const free = taken.every((t) => end <= t.start || at >= t.end);
			if (wholeWord && free) taken.push({ start: at, end, term });
		}
	}
	taken.sort((a, b) => a.start - b.start);
	const pieces: EnglishPiece[] = [];
	let at = 0;
	for (const t of taken) {
		if (t.start > at) pieces.push({ text: en.slice(at, t.start) });
		pieces.push({ text: en.slice(t.start, t.end), term: t.term });
		at = t.end;
	}
	if (at < en.length || pieces.length === 0) pieces.push({ text: en.slice(at) });
	return pieces;
}

/** Whether any of `texts` occurs in `en` as whole words (case-insensitive). */
export function hasRendering(en: string, texts: readonly string[]): boolean {
	return alignRenderings(en, [{ term: '_', texts }]).some((p) => p.term);
}
