import { toMarked } from './syllable.ts';

/** One reading of a word in the dictionary (CC-CEDICT's shape). */
export interface DictEntry {
	traditional: string;
	/** Tone-number syllables as CC-CEDICT writes them: `zhang3 da4`, `lu:4`, `de5`. */
	pinyin: string;
	senses: string[];
}

/**
 * What the engine needs from a dictionary. The engine never loads one itself: the server
 * builds it from CC-CEDICT and word frequencies, tests pass small ones.
 */
export interface Dictionary {
	/** Every entry for a simplified word, in dictionary order. */
	lookup(word: string): readonly DictEntry[];
	/** Natural log of the word's probability, for segmentation; undefined if not a word. */
	logProbability(word: string): number | undefined;
	/**
	 * Optional fast path for `segment`: calls `found(length, logProbability)` for each
	 * dictionary word of two or more characters that starts at `chars[start]`, up to `end`.
	 */
	wordsAt?(
		chars: readonly string[],
		start: number,
		end: number,
		found: (length: number, logProbability: number) => void
	): void;
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

/**
 * Cut a run of Chinese characters into words: the most probable sequence of dictionary
 * words (unigram model, dynamic programming). Returns the word lengths in order.
 */
export function segment(chars: readonly string[], dict: Dictionary): number[] {
	const n = chars.length;
	const best = new Array<number>(n + 1).fill(-Infinity);
	const next = new Array<number>(n + 1).fill(n);
	best[n] = 0;
	for (let i = n - 1; i >= 0; i--) {
		// Always possible: the character alone.
		const single = dict.logProbability(chars[i] ?? '') ?? dict.unknownLogProbability;
		best[i] = single + (best[i + 1] ?? 0);
		next[i] = i + 1;
		if (dict.wordsAt) {
			dict.wordsAt(chars, i, Math.min(n, i + dict.maxWordLength), (length, p) => {
				const score = p + (best[i + length] ?? 0);
				if (score > (best[i] ?? -Infinity)) {
					best[i] = score;
					next[i] = i + length;
				}
			});
			continue;
		}
		let word = chars[i] ?? '';
		for (let j = i + 2; j <= Math.min(n, i + dict.maxWordLength); j++) {
			word += chars[j - 1] ?? '';
			const p = dict.logProbability(word);
			if (p === undefined) continue;
			const score = p + (best[j] ?? 0);
			if (score > (best[i] ?? -Infinity)) {
				best[i] = score;
				next[i] = j;
			}
		}
	}
	const lengths: number[] = [];
	for (let i = 0; i < n; i = next[i] ?? n) lengths.push((next[i] ?? n) - i);
	return lengths;
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
