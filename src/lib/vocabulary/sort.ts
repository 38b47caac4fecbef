import { toneless } from '../engine/syllable.ts';
import type { SavedWord } from './word.ts';

export type SortKey = 'date' | 'pinyin' | 'hsk';

/** Saved words in display order: newest first; by pinyin (toneless, then tones); by HSK level (unlisted last). */
export function sortWords(words: readonly SavedWord[], key: SortKey): SavedWord[] {
	const byPinyin = (a: SavedWord, b: SavedWord) =>
		toneless(a.pinyin).localeCompare(toneless(b.pinyin), 'en') ||
		a.pinyin.localeCompare(b.pinyin, 'en');
	const sorted = [...words];
	if (key === 'date') sorted.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
	if (key === 'pinyin') sorted.sort(byPinyin);
	if (key === 'hsk') sorted.sort((a, b) => (a.hsk ?? 7) - (b.hsk ?? 7) || byPinyin(a, b));
	return sorted;
}
