/**
 * English prose with Chinese in it (a glossary explanation: "In ordinary Chinese 认可 just
 * means…"), cut into its Chinese and its other runs, so that each Chinese run is marked with
 * its language (a screen reader reads it in a Chinese voice) and, on a page in Traditional
 * characters, shown in them (traditional-lookup.ts: traditionalProse).
 */

export interface Run {
	text: string;
	/** Chinese characters (Unicode script Han), and nothing else. */
	zh: boolean;
}

/** A run of Chinese characters, kept by `split` (its odd-numbered pieces). */
const HAN_RUN = /(\p{Script=Han}+)/u;

export function chineseRuns(text: string): Run[] {
	return text
		.split(HAN_RUN)
		.map((piece, i) => ({ text: piece, zh: i % 2 === 1 }))
		.filter((run) => run.text !== '');
}

/** The Chinese runs of `text`. */
export const chineseIn = (text: string): string[] =>
	chineseRuns(text).flatMap((run) => (run.zh ? [run.text] : []));
