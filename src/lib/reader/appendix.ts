import type { ParagraphView, TermCard } from '$lib/model';
import { groupByTerm } from './groups';

/**
 * A glossary term as a printed text's appendix lists it: what a reader of the handout needs,
 * and no more (it is part of a reading page's data).
 */
export interface AppendixTerm {
	id: string;
	headword: string;
	pinyin: string;
	/** The other forms the text writes it in (认监委 for 国家认监委). */
	forms: string[];
	name: string;
	abbreviation?: string;
	/**
	 * The senses the text uses (all of them where it does not say), each explained in the first
	 * sentence of its explanation: the glossary entry has the rest.
	 */
	explanations: string[];
}

/** Words written with a full stop that do not end a sentence. */
const ABBREVIATIONS =
	/(?:^|[\s(.])(?:e\.g|i\.e|etc|cf|vs|no|nos|art|arts|mr|mrs|ms|dr|st|p|pp|[A-Z])$/i;
const OPEN = '([{“‘';
const CLOSE = ')]}”’';

/**
 * The first sentence of an English text: up to the first `.`, `!` or `?` that is followed by
 * a space and is outside brackets and quotation marks, and does not end an abbreviation
 * (e.g., No., U.S.).
 */
export function firstSentence(text: string): string {
	let depth = 0;
	for (let i = 0; i < text.length; i++) {
		const c = text[i] ?? '';
		const ends = /\s/.test(text[i + 1] ?? '');
		if (OPEN.includes(c)) depth++;
		else if (CLOSE.includes(c)) {
			depth = Math.max(0, depth - 1);
			// “… quality.” Next: the sentence ends with the quotation.
			if (depth === 0 && ends && '.!?'.includes(text[i - 1] ?? '')) return text.slice(0, i + 1);
		} else if (depth === 0 && ends && '.!?'.includes(c)) {
			if (c === '.' && ABBREVIATIONS.test(text.slice(0, i))) continue;
			return text.slice(0, i + 1);
		}
	}
	return text;
}

const toneless = (pinyin: string) => pinyin.normalize('NFD').replace(/\p{M}/gu, '');

/** The terms a text uses, from their cards, in the order of their pinyin. */
export function appendixTerms(
	cards: Readonly<Record<string, TermCard>>,
	paragraphs: readonly ParagraphView[]
): AppendixTerm[] {
	const used = new Map<string, { forms: Set<string>; senses: Set<string | undefined> }>();
	for (const paragraph of paragraphs)
		for (const sentence of paragraph.sentences)
			for (const group of groupByTerm(sentence.zh)) {
				if (!group.term) continue;
				const seen = used.get(group.term) ?? { forms: new Set(), senses: new Set() };
				used.set(group.term, seen);
				seen.forms.add(group.tokens.map((t) => t.text).join(''));
				seen.senses.add(group.sense);
			}
	const terms: AppendixTerm[] = [];
	for (const [id, { forms, senses }] of used) {
		const card = cards[id];
		if (!card) continue;
		const named = card.senses.filter((s) => senses.has(s.id));
		const explained = card.senses.length === 1 || senses.has(undefined) ? card.senses : named;
		terms.push({
			id,
			headword: card.headword,
			pinyin: card.pinyin,
			forms: [...forms].filter((f) => f !== card.headword),
			name: card.english.name,
			...(card.english.abbreviation ? { abbreviation: card.english.abbreviation } : {}),
			explanations: explained.map((s) => firstSentence(s.en))
		});
	}
	return terms.sort(
		(a, b) =>
			toneless(a.pinyin).localeCompare(toneless(b.pinyin)) ||
			a.pinyin.localeCompare(b.pinyin) ||
			a.headword.localeCompare(b.headword)
	);
}
