/**
 * A reader's corrections to a text, in the document format's own terms, so that a corrected
 * text can become a shipped document as it is: `overrides.words` (how to cut a span into
 * words, spaces between the words: `作出` joins, `找 准` splits) and `overrides.pinyin` (a
 * word's reading: `一要: yī yào`). The annotator applies both to every occurrence in the text
 * (`AnnotateOptions.segments` and `.overrides`). Pure: each change returns new corrections.
 */
import { badSyllables } from './pinyin-syllables.ts';
import { parseReading } from './syllable.ts';

export interface Corrections {
	readonly words: readonly string[];
	readonly pinyin: Readonly<Record<string, string>>;
}

export const NO_CORRECTIONS: Corrections = { words: [], pinyin: {} };

const HAN_WORD = /^\p{Script=Han}+$/u;

/** The span a `words` entry cuts (its words without the spaces). */
const spanOf = (entry: string) => entry.replaceAll(' ', '');

/** `entry` in place of any earlier entry for the same span: the last word on a span wins. */
function withWordsEntry(c: Corrections, entry: string): Corrections {
	const span = spanOf(entry);
	return { ...c, words: [...c.words.filter((w) => spanOf(w) !== span), entry] };
}

export type CorrectionResult = { corrections: Corrections } | { problem: string };

/** Join neighbouring words of a sentence (as its tokens spell them) into one word. */
export function joinWords(c: Corrections, words: readonly string[]): CorrectionResult {
	if (words.length < 2) return { problem: 'choose two or more neighbouring words to join' };
	if (!words.every((w) => HAN_WORD.test(w))) {
		return { problem: 'only Chinese words can be joined' };
	}
	return { corrections: withWordsEntry(c, words.join('')) };
}

/** Split a word after its `at`-th character (1 ≤ at < its length). */
export function splitWord(c: Corrections, word: string, at: number): CorrectionResult {
	const chars = Array.from(word);
	if (!HAN_WORD.test(word)) return { problem: 'only a Chinese word can be split' };
	if (!Number.isInteger(at) || at < 1 || at >= chars.length) {
		return {
			problem: `a word of ${chars.length} characters splits after 1 to ${chars.length - 1}`
		};
	}
	const entry = `${chars.slice(0, at).join('')} ${chars.slice(at).join('')}`;
	return { corrections: withWordsEntry(c, entry) };
}

/**
 * Give a word a reading: one pinyin syllable per character, tone marks or numbers
 * (`yi1 yao4` is kept as `yī yào`), each a real Hanyu Pinyin syllable.
 */
export function setReading(c: Corrections, word: string, reading: string): CorrectionResult {
	const chars = Array.from(word);
	if (!HAN_WORD.test(word)) return { problem: 'only a Chinese word has a reading to fix' };
	const syllables = reading.trim().split(/\s+/).filter(Boolean);
	if (syllables.length !== chars.length) {
		return {
			problem: `“${word}” has ${chars.length} characters but the reading has ${syllables.length} syllables`
		};
	}
	const bad = badSyllables(syllables.join(' '));
	if (bad.length > 0) return { problem: `not pinyin: ${bad.join(', ')}` };
	return {
		corrections: {
			...c,
			pinyin: { ...c.pinyin, [word]: parseReading(syllables.join(' ')).join(' ') }
		}
	};
}

/** Take back the corrections of a word: its reading, and any cut of a span that is the word. */
export function undoCorrection(c: Corrections, word: string): Corrections {
	const pinyin = Object.fromEntries(Object.entries(c.pinyin).filter(([w]) => w !== word));
	return {
		words: c.words.filter((w) => spanOf(w) !== word && !w.split(' ').includes(word)),
		pinyin
	};
}

/** Whether a word reads or is cut as it does because of a correction. */
export function isCorrected(c: Corrections, word: string): boolean {
	return word in c.pinyin || c.words.some((w) => spanOf(w) === word || w.split(' ').includes(word));
}
