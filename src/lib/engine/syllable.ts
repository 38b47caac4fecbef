/** Pinyin syllable conversions: tone marks <-> tone numbers. Pure string work. */

const MARKED: Record<string, [base: string, tone: number]> = {};
for (const [base, marks] of Object.entries({
	a: 'āáǎà',
	e: 'ēéěè',
	i: 'īíǐì',
	o: 'ōóǒò',
	u: 'ūúǔù',
	ü: 'ǖǘǚǜ'
})) {
	[...marks].forEach((mark, i) => (MARKED[mark] = [base, i + 1]));
}
const UNMARKED: Record<string, string[]> = {};
for (const [mark, [base, tone]] of Object.entries(MARKED)) {
	(UNMARKED[base] ??= [])[tone - 1] = mark;
}

/** `convert`, remembering its answers: syllables are few (~1,500) and come again and again. */
function remembered(convert: (syllable: string) => string): (syllable: string) => string {
	const answers = new Map<string, string>();
	return (syllable) => {
		let result = answers.get(syllable);
		if (result === undefined) {
			result = convert(syllable);
			if (answers.size < 10_000) answers.set(syllable, result);
		}
		return result;
	};
}

/** `lǜ` -> `lv4`, `de` -> `de5`, `zhǎng` -> `zhang3`. */
export const toNumbered = remembered(convertToNumbered);

function convertToNumbered(syllable: string): string {
	let tone = 5;
	let plain = '';
	for (const ch of syllable.normalize('NFC')) {
		const marked = MARKED[ch];
		if (marked) {
			plain += marked[0];
			tone = marked[1];
		} else {
			plain += ch;
		}
	}
	return plain.replaceAll('ü', 'v') + String(tone);
}

const NUMBERED = /^([a-zü:]+?)([1-5])$/i;

/** `lv4` -> `lǜ`, `de5` -> `de`; a syllable already tone-marked is returned as it is. */
export const toMarked = remembered(convertToMarked);

function convertToMarked(syllable: string): string {
	const m = NUMBERED.exec(syllable.trim());
	if (!m) return syllable.trim().normalize('NFC');
	const letters = (m[1] ?? '').toLowerCase().replaceAll('u:', 'ü').replaceAll('v', 'ü');
	const tone = Number(m[2]);
	if (tone === 5) return letters;
	// Standard placement: a or e takes the mark; in ou the o; otherwise the last vowel.
	let at = letters.search(/[ae]/);
	if (at < 0) at = letters.indexOf('ou');
	if (at < 0) {
		for (let i = letters.length - 1; i >= 0; i--) {
			if ('iouü'.includes(letters[i] ?? '')) {
				at = i;
				break;
			}
		}
	}
	if (at < 0) return letters;
	const vowel = letters[at] ?? '';
	const mark = UNMARKED[vowel]?.[tone - 1] ?? vowel;
	return letters.slice(0, at) + mark + letters.slice(at + 1);
}

const SYLLABLE = /^(?:[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+|[a-zü:]+[1-5])$/i;

/** Whether `text` looks like one pinyin syllable (marked or numbered). */
export function isSyllable(text: string): boolean {
	return SYLLABLE.test(text.normalize('NFC'));
}

/** Split a reading such as `jú zhǎng` or `ju2 zhang3` into tone-marked syllables. */
export function parseReading(reading: string): string[] {
	return reading.trim().split(/\s+/).filter(Boolean).map(toMarked);
}

/** Pinyin without tone marks (and ü as u), for comparing and sorting: `lǜ sè` -> `lu se`. */
export function toneless(pinyin: string): string {
	return pinyin
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.normalize('NFC');
}
