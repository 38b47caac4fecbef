/**
 * 一 and 不 as they are said (tone sandhi), for readings written in their citation tones (a
 * glossary's 五位一体 wǔ wèi yī tǐ is said wǔ wèi yì tǐ). Pure string work.
 */
import { toNumbered } from './syllable.ts';

const NUMERALS = new Set(Array.from('零〇一二三四五六七八九十百千万亿两第'));

function toneOf(syllable: string | undefined): number {
	if (!syllable) return 0;
	return Number(toNumbered(syllable).slice(-1)) || 0;
}

/**
 * The syllables of `chars` with 一 and 不 changed before the syllable after them: 一 yí before
 * a fourth (or neutral) tone, yì before the others; 不 bú before a fourth tone. Not where the
 * character ends a word (`wordEnds`: indexes of each word's last character, as in 统一 战线),
 * ends the text, or follows a numeral (十一, 第一).
 */
export function spokenSyllables(
	chars: readonly string[],
	syllables: readonly string[],
	wordEnds: ReadonlySet<number> = new Set()
): string[] {
	return syllables.map((syllable, i) => {
		const ch = chars[i];
		if ((ch !== '一' || syllable !== 'yī') && (ch !== '不' || syllable !== 'bù')) return syllable;
		if (wordEnds.has(i) || NUMERALS.has(chars[i - 1] ?? '')) return syllable;
		const next = toneOf(syllables[i + 1]);
		if (!next || (ch === '一' && NUMERALS.has(chars[i + 1] ?? ''))) return syllable;
		if (ch === '不') return next === 4 ? 'bú' : syllable;
		return next === 4 || next === 5 ? 'yí' : 'yì';
	});
}
