/**
 * What a page in Traditional characters needs beyond its text: the Traditional forms of the
 * Chinese its popovers show (a shipped document's lookup-hant.json), and English prose with its
 * quoted Chinese converted (the printed appendix). Build-time work, kept out of script.ts,
 * which the reading page loads.
 */
import type { LookupData, TermCard } from '$lib/model';
import { formatSense } from '../engine/definition.ts';
import { chineseIn, chineseRuns } from './mixed.ts';
import { traditionalWord, type Convert } from './script.ts';

/** English prose with Chinese in it, its Chinese runs in Traditional characters (mixed.ts). */
export const traditionalProse = (text: string, convert: Convert): string =>
	chineseRuns(text)
		.map((run) => (run.zh ? traditionalWord(run.text, convert) : run.text))
		.join('');

/**
 * The Chinese a glossary card shows: its forms, the words they are cut into, its expansion,
 * and the Chinese written in its English explanations (Mixed.svelte).
 */
function cardForms(card: TermCard): string[] {
	const prose = [card.english.source, ...card.senses.map((s) => s.en), card.uncertain ?? ''];
	return [
		card.headword,
		...card.aliases.map((a) => a.zh),
		...(card.expansion ? [card.expansion.zh] : []),
		...Object.entries(card.words ?? {}).flat(2),
		...prose.flatMap(chineseIn)
	];
}

/** The words a CC-CEDICT sense refers to (engine/definition.ts). */
const referredWords = (sense: string): string[] =>
	formatSense(sense).flatMap((piece) => ('word' in piece ? [piece.word] : []));

/**
 * The Traditional form of every Chinese word, character and term form that lookup `data`
 * can show (LookupData.hant), where it differs: the popover of a Traditional page shows
 * these, and looks up the Simplified.
 */
export function traditionalForms(
	data: Pick<LookupData, 'terms' | 'words' | 'chars'>,
	convert: Convert
): Record<string, string> {
	const readings = [
		...Object.values(data.words).flatMap((info) => info.readings),
		...Object.values(data.chars).flat()
	];
	const all = new Set([
		...Object.keys(data.words),
		...Object.keys(data.chars),
		...Object.values(data.terms).flatMap(cardForms),
		// The words their dictionary senses refer to ("variant of 為|为[wei2]": Senses.svelte).
		...readings.flatMap((r) => r.senses.flatMap(referredWords))
	]);
	const forms: Record<string, string> = {};
	for (const text of all) {
		const hant = traditionalWord(text, convert);
		if (hant !== text) forms[text] = hant;
	}
	return forms;
}

/** Lookup `data` for a page in Traditional characters: the same, with the forms to show. */
export function traditionalLookup(data: LookupData, convert: Convert): LookupData {
	return { ...data, hant: { ...data.hant, ...traditionalForms(data, convert) } };
}
