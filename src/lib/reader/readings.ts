import { toneless } from '$lib/engine/syllable';
import type { WordReading } from '$lib/model';

/**
 * A word's dictionary readings for a popover: entries with the same pinyin merged, and
 * the reading the word has in this sentence first (then same syllables in other tones).
 */
export function orderReadings(
	readings: readonly WordReading[],
	context: readonly string[]
): WordReading[] {
	const merged = new Map<string, WordReading>();
	for (const r of readings) {
		const key = r.pinyin.join(' ');
		const seen = merged.get(key);
		if (seen) seen.senses = [...seen.senses, ...r.senses.filter((s) => !seen.senses.includes(s))];
		else merged.set(key, { pinyin: [...r.pinyin], senses: [...r.senses] });
	}
	const here = context.join(' ');
	const rank = (r: WordReading) => {
		const key = r.pinyin.join(' ');
		if (key === here) return 0;
		return toneless(key) === toneless(here) ? 1 : 2;
	};
	return [...merged.values()].sort((a, b) => rank(a) - rank(b));
}
