import { toMarked } from './syllable.ts';

/** One reading of a word in the dictionary (CC-CEDICT's shape). */
export interface DictEntry {
	traditional: string;
	/** Tone-number syllables as CC-CEDICT writes them: `zhang3 da4`, `lu:4`, `de5`. */
	pinyin: string;
	senses: string[];
}

/**
 * What the engine needs from a dictionary. The engine never loads one itself: an annotator
 * is given one (cedict.ts builds CC-CEDICT's from its data), tests pass small ones.
 */
export interface Dictionary {
	/** Every entry for a simplified word, in dictionary order. */
	lookup(word: string): readonly DictEntry[];
	/** Natural log of the word's probability, for segmentation; undefined if not a word. */
	logProbability(word: string): number | undefined;
	/**
	 * Optional fast path for `segment`: the dictionary words, one character or more, that
	 * start at `codes[start]` and end by `end` (`codes`: the text's code points). Writes their
	 * lengths, log probabilities and ids (for tables by word: see reading-table.ts) into `lengths`,
	 * `logProbabilities` and `ids` from index 0 and returns how many there are.
	 */
	wordsAt?(
		codes: Int32Array,
		start: number,
		end: number,
		lengths: number[],
		logProbabilities: number[],
		ids: number[]
	): number;
	/** With `wordsAt`: the ids it gives are below this (for tables by word id). */
	readonly wordIds?: number;
	/**
	 * Optional: the full tone of syllable `k` of `word` where the word is said with a
	 * neutral tone there (知识 zhī shi -> shí), as the dictionary knows it; `syllable` is the
	 * neutral one (tone-marked, so without a mark).
	 */
	fullTone?(word: string, k: number, syllable: string): string | undefined;
	/** Cost of a character that is no dictionary word. */
	readonly unknownLogProbability: number;
	readonly maxWordLength: number;
}

/** CC-CEDICT syllables (`Zhong1 guo2`, `lu:4`, `r5`) as lower-case tone-marked pinyin. */
export function markedSyllables(pinyin: string): string[] {
	return pinyin
		.trim()
		.split(/\s+/)
		.map((s) => toMarked(s.toLowerCase().replace(/^u:/, 'ü')));
}

/** Work arrays for `segment`, grown as needed and reused (it runs for every stretch of text). */
let best = new Float64Array(64);
let next = new Int32Array(64);
let nextId = new Int32Array(64);
let codes = new Int32Array(64);
const lengths: number[] = [];
const logPs: number[] = [];
const found: number[] = [];

/**
 * Cut a run of Chinese characters, `chars[start]` to `chars[end - 1]`, into words: the most
 * probable sequence of dictionary words (unigram model, dynamic programming). Returns the
 * word lengths in order; with `ids` (and a dictionary with `wordsAt`), also each word's id
 * from `wordsAt`, -1 for a character that is no word.
 */
export function segment(
	chars: readonly string[],
	dict: Dictionary,
	start = 0,
	end = chars.length,
	ids?: number[]
): number[] {
	const n = end - start;
	if (best.length < n + 1) {
		best = new Float64Array(2 * n + 2);
		next = new Int32Array(2 * n + 2);
		nextId = new Int32Array(2 * n + 2);
		codes = new Int32Array(2 * n + 2);
	}
	// Each character is looked at up to maxWordLength times: its code point once.
	if (dict.wordsAt) for (let i = 0; i < n; i++) codes[i] = chars[start + i]?.codePointAt(0) ?? 0;
	best[n] = 0;
	for (let i = n - 1; i >= 0; i--) {
		const last = Math.min(n, i + dict.maxWordLength);
		if (dict.wordsAt) {
			// Always possible: the character alone, a word or not.
			best[i] = dict.unknownLogProbability + best[i + 1]!;
			next[i] = i + 1;
			nextId[i] = -1;
			const count = dict.wordsAt(codes, i, last, lengths, logPs, found);
			for (let k = 0; k < count; k++) {
				const score = logPs[k]! + best[i + lengths[k]!]!;
				if (score > best[i]!) {
					best[i] = score;
					next[i] = i + lengths[k]!;
					nextId[i] = found[k]!;
				}
			}
			continue;
		}
		const single = dict.logProbability(chars[start + i] ?? '') ?? dict.unknownLogProbability;
		best[i] = single + best[i + 1]!;
		next[i] = i + 1;
		let word = chars[start + i] ?? '';
		for (let j = i + 2; j <= last; j++) {
			word += chars[start + j - 1] ?? '';
			const p = dict.logProbability(word);
			if (p === undefined) continue;
			const score = p + best[j]!;
			if (score > best[i]!) {
				best[i] = score;
				next[i] = j;
			}
		}
	}
	const widths: number[] = [];
	for (let i = 0; i < n; i = next[i]!) {
		if (ids) ids[widths.length] = dict.wordsAt ? nextId[i]! : -1;
		widths.push(next[i]! - i);
	}
	return widths;
}

const readingCache = new WeakMap<Dictionary, Map<string, string[][]>>();

/** The distinct readings a dictionary gives a word, as tone-marked syllables (do not change them). */
export function readingsOf(dict: Dictionary, word: string): string[][] {
	let cache = readingCache.get(dict);
	if (!cache) readingCache.set(dict, (cache = new Map()));
	let readings = cache.get(word);
	if (!readings) cache.set(word, (readings = readingsOfWord(dict, word)));
	return readings;
}

function readingsOfWord(dict: Dictionary, word: string): string[][] {
	const width = Array.from(word).length;
	const seen = new Set<string>();
	const readings: string[][] = [];
	for (const entry of dict.lookup(word)) {
		const syllables = markedSyllables(entry.pinyin);
		const key = syllables.join(' ');
		if (syllables.length !== width || seen.has(key)) continue;
		seen.add(key);
		readings.push(syllables);
	}
	return readings;
}
