import { markedSyllables } from '../engine/dictionary.ts';
import { termSpans } from '../engine/spans.ts';
import type { Token } from '../engine/types.ts';
import type { WordInfo, WordReading } from '../model.ts';
import type { CedictDictionary } from '../engine/cedict.ts';

/** The texts a reader can look up in a sentence: each word, and each glossary term whole. */
export function termGroups(tokens: readonly Token[]): string[] {
	const spanAt = new Map(termSpans(tokens).map((span) => [span.first, span]));
	const out: string[] = [];
	tokens.forEach((t, i) => {
		const span = spanAt.get(i);
		if (span) out.push(span.text);
		else if (!t.term && t.kind === 'word') out.push(t.text);
	});
	return out;
}

export function readings(dict: CedictDictionary, text: string, senses = Infinity): WordReading[] {
	return dict
		.lookup(text)
		.map((e) => ({ pinyin: markedSyllables(e.pinyin), senses: e.senses.slice(0, senses) }));
}

/** A word's dictionary data: readings, traditional forms, HSK level. */
export function wordInfo(dict: CedictDictionary, text: string): WordInfo {
	const entries = dict.lookup(text);
	const hsk = dict.hsk(text);
	return {
		traditional: [...new Set(entries.map((e) => e.traditional))],
		...(hsk ? { hsk } : {}),
		readings: readings(dict, text)
	};
}
