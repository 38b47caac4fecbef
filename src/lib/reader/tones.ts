import { toneless } from '$lib/engine/syllable';

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
