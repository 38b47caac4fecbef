import { toNumbered, toneless } from '$lib/engine/syllable';

const CITATION: Record<string, string> = { 一: 'yī', 不: 'bù' };

/** The citation tone of 一 or 不 where the text writes its tone change (yí → yī), else undefined. */
export function citationOf(char: string, syllable: string | undefined): string | undefined {
	const citation = CITATION[char];
	if (!citation || !syllable || syllable === citation) return undefined;
	return toneless(syllable) === toneless(citation) ? citation : undefined;
}

const MARKS: Record<string, 1 | 2 | 3 | 4> = { '\u0304': 1, '\u0301': 2, '\u030c': 3, '\u0300': 4 };

/** The tone of a syllable in tone marks: 1 to 4, and 5 for a neutral (unmarked) one. */
export function toneOf(syllable: string): 1 | 2 | 3 | 4 | 5 {
	for (const c of syllable.normalize('NFD')) {
		const tone = MARKS[c];
		if (tone) return tone;
	}
	return 5;
}

/** How the reader writes each syllable: the "Tone changes", "Neutral tones" and "Tones" choices. */
export interface ReadingChoice {
	sandhi: 'on' | 'off';
	neutral: 'on' | 'off';
	tones: 'marks' | 'numbers';
}

/** The readings a page is built with. */
export const BUILT_READINGS: ReadingChoice = { sandhi: 'on', neutral: 'on', tones: 'marks' };

/**
 * A syllable in tone numbers, as learners write it: `kěn` → `ken3`, the neutral tone 5
 * (`de5`, as CC-CEDICT writes it) and ü kept as ü (`lü4`, `nü3`: clearer to read than
 * CC-CEDICT's `u:` or the keyboards' `v`). What is not pinyin (empty) is left as it is.
 */
export function numbered(syllable: string): string {
	if (!/[a-zü]/i.test(toneless(syllable))) return syllable;
	const composed = syllable.normalize('NFC');
	const lower = composed.toLowerCase();
	const written = toNumbered(lower).replaceAll('v', 'ü');
	// A name's capital (Xí → Xi2) stays.
	return composed === lower ? written : written.charAt(0).toUpperCase() + written.slice(1);
}

/**
 * The reading a syllable shows under `choice` (in tone marks) and how it is written: its
 * built reading `built`, with 一/不's citation tone in place of its tone change when tone
 * changes are off, or a neutral syllable's full tone when neutral tones are off. The same
 * rules as the readings script of the built page (preference-schema.js readingsScript).
 */
export function shownSyllable(
	built: string,
	citation: string | undefined,
	full: string | undefined,
	choice: ReadingChoice
): { reading: string; text: string; tone: 1 | 2 | 3 | 4 | 5 } {
	const reading =
		(choice.sandhi === 'off' && citation) || (choice.neutral === 'off' && full) || built;
	return {
		reading,
		text: choice.tones === 'numbers' ? numbered(reading) : reading,
		tone: toneOf(reading)
	};
}

/** Syllables (tone-marked) written out as the "Tones" choice writes them, joined by spaces. */
export function writtenAs(syllables: readonly string[], tones: ReadingChoice['tones']): string {
	return (tones === 'numbers' ? syllables.map(numbered) : syllables).join(' ');
}
