import { toneless } from '../engine/syllable.ts';
import type { SavedWord } from './word.ts';

export type SortKey = 'date' | 'pinyin' | 'hsk';

const collator = new Intl.Collator('en');
/**
 * Lower-case letters and spaces, which the collator orders as their code units do: such
 * keys (most toneless pinyin) are compared directly, which is many times quicker.
 */
const PLAIN = /^[a-z ]*$/;

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
	const keyed = words.map((w) => {
		const bare = toneless(w.pinyin);
		return { w, bare, plain: PLAIN.test(bare), hsk: w.hsk ?? 7 };
	});
	type Keyed = (typeof keyed)[number];
	const byBare = (a: Keyed, b: Keyed) =>
		a.plain && b.plain
			? a.bare < b.bare
				? -1
				: a.bare > b.bare
					? 1
					: 0
			: collator.compare(a.bare, b.bare);
	const byPinyin = (a: Keyed, b: Keyed) => byBare(a, b) || collator.compare(a.w.pinyin, b.w.pinyin);
	keyed.sort(key === 'hsk' ? (a, b) => a.hsk - b.hsk || byPinyin(a, b) : byPinyin);
	return keyed.map((k) => k.w);
}
