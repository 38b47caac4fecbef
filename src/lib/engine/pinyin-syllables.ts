import { isSyllable, toMarked, toNumbered } from './syllable.ts';

/**
 * The syllables of Hanyu Pinyin, toneless, ü written v: per initial, the finals it takes.
 * Written out from the standard syllable table, with the few colloquial syllables dictionaries
 * give (dei, den, kei, nou, shei, zhei, tei, sei, nun, fiao, biang), the interjections (m, n, ng, hm, hng, yo, lo) and
 * r, the syllable CC-CEDICT gives an erhua 儿.
 */
const FINALS: Record<string, string> = {
	'': 'a o e ai ei ao ou an en ang eng er m n ng hm hng r yi ya yo ye yao you yan yin yang ying yong wu wa wo wai wei wan wen wang weng yu yue yuan yun',
	b: 'a o ai ei ao an en ang eng i ie iao ian in iang ing u',
	p: 'a o ai ei ao ou an en ang eng i ie iao ian in ing u',
	m: 'a o e ai ei ao ou an en ang eng i ie iao iu ian in ing u',
	f: 'a o ei ou an en ang eng iao u',
	d: 'a e ai ei ao ou an en ang eng ong i ia ie iao iu ian ing u uo ui uan un',
	t: 'a e ai ei ao ou an ang eng ong i ie iao ian ing u uo ui uan un',
	n: 'a e ai ei ao ou an en ang eng ong i ie iao iu ian in iang ing u uo uan un v ve',
	l: 'a o e ai ei ao ou an ang eng ong i ia ie iao iu ian in iang ing u uo uan un v ve',
	g: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
	k: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
	h: 'a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
	j: 'i ia ie iao iu ian in iang ing iong u ue uan un',
	q: 'i ia ie iao iu ian in iang ing iong u ue uan un',
	x: 'i ia ie iao iu ian in iang ing iong u ue uan un',
	zh: 'a e i ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang',
	ch: 'a e i ai ao ou an en ang eng ong u ua uo uai ui uan un uang',
	sh: 'a e i ai ei ao ou an en ang eng u ua uo uai ui uan un uang',
	r: 'e i ao ou an en ang eng ong u ua uo ui uan un',
	z: 'a e i ai ei ao ou an en ang eng ong u uo ui uan un',
	c: 'a e i ai ao ou an en ang eng ong u uo ui uan un',
	s: 'a e i ai ei ao ou an en ang eng ong u uo ui uan un'
};

export const SYLLABLES: ReadonlySet<string> = new Set(
	Object.entries(FINALS).flatMap(([initial, finals]) =>
		finals.split(' ').map((final) => initial + final)
	)
);

/**
 * Why `syllable` is not one pinyin syllable ('' when it is not even shaped like one), or
 * undefined when it is one: tone-marked
 * (`zhǎng`, `lǜ`, `de`) or numbered (`zhang3`, `lv4`, `lu:4`, `de5`), a syllable of the table,
 * with at most one tone mark, on the vowel that takes it.
 */
export function syllableProblem(syllable: string): string | undefined {
	const text = syllable.normalize('NFC');
	if (!isSyllable(text)) return '';
	const lower = text.toLowerCase();
	const numbered = /\d$/.test(lower) ? lower : toNumbered(lower);
	const letters = numbered.slice(0, -1).replaceAll('u:', 'v').replaceAll('ü', 'v');
	if (!SYLLABLES.has(letters)) return 'no such syllable';
	if (numbered === lower) return undefined;
	// Tone marks: macron, acute, caron, grave (not the diaeresis of ü).
	const marks = lower.normalize('NFD').match(/[\u0300\u0301\u0304\u030c]/g)?.length ?? 0;
	if (marks > 1) return 'more than one tone mark';
	const standard = toMarked(numbered);
	if (lower.replaceAll('v', 'ü') !== standard) {
		return `tone mark on the wrong vowel, write ${standard}`;
	}
	return undefined;
}

/** The syllables of `reading` that are not pinyin, each with why: `xxx (no such syllable)`. */
export function badSyllables(reading: string): string[] {
	return reading
		.trim()
		.split(/\s+/)
		.flatMap((s) => {
			const problem = syllableProblem(s);
			if (problem === undefined) return [];
			return [problem ? `${s} (${problem})` : s];
		});
}
