import { toneless } from '../engine/syllable.ts';
import type { SavedWord } from './word.ts';

export type SortKey = 'date' | 'pinyin' | 'hsk';

const collator = new Intl.Collator('en');

/**
 * Saved words in display order: newest first; by pinyin (toneless, then tones); by HSK
 * level (unlisted last). Each word's keys are worked out once, not at every comparison, so
 * that tens of thousands of words sort in a moment.
 */
export function sortWords(words: readonly SavedWord[], key: SortKey): SavedWord[] {
	if (key === 'date') {
		const keyed = words.map((w) => ({ w, time: Date.parse(w.savedAt) }));
		keyed.sort((a, b) => b.time - a.time);
		return keyed.map((k) => k.w);
	}
	const keyed = words.map((w) => ({ w, bare: toneless(w.pinyin), hsk: w.hsk ?? 7 }));
	const byPinyin = (a: (typeof keyed)[number], b: (typeof keyed)[number]) =>
		collator.compare(a.bare, b.bare) || collator.compare(a.w.pinyin, b.w.pinyin);
	keyed.sort(key === 'hsk' ? (a, b) => a.hsk - b.hsk || byPinyin(a, b) : byPinyin);
	return keyed.map((k) => k.w);
}
