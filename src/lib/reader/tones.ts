import { toneless } from '$lib/engine/syllable';

const CITATION: Record<string, string> = { 一: 'yī', 不: 'bù' };

/** The citation tone of 一 or 不 where the text writes its tone change (yí → yī), else undefined. */
export function citationOf(char: string, syllable: string | undefined): string | undefined {
	const citation = CITATION[char];
	if (!citation || !syllable || syllable === citation) return undefined;
	return toneless(syllable) === toneless(citation) ? citation : undefined;
}
