/**
 * CC-CEDICT as the engine reads it, built from plain data: the segmenter's word list with
 * word frequencies, the entries, HSK levels and the table of full tones. The server makes
 * that data from the npm packages (src/lib/server/dictionary.ts); a browser can make it from
 * the static files the build writes (dictionary-files.ts). Either way, the same data gives
 * the same dictionary.
 */
import { markedSyllables, type DictEntry, type Dictionary } from './dictionary.ts';
import { toNumbered } from './syllable.ts';
import { WordTrie } from './word-trie.ts';

/**
 * Each word of a segmentation costs this much (in nats) on top of its probability, so that
 * a dictionary word beats the same characters cut into frequent pieces (作出, not 作 出).
 * Chosen on the hand-segmented seed (tests/fixtures/seed-segmentation.txt).
 */
const WORD_PENALTY = 4;

/** What the segmenter needs: the words and how often each is used. */
export interface WordList {
	/** Every dictionary word with a Chinese character, in dictionary order. */
	words: readonly string[];
	/** Per word, its count in the frequency list (0 where the list lacks it). */
	counts: ArrayLike<number>;
	/** The frequency list's total count. */
	total: number;
	/** Its rarest word's count: a dictionary word the list lacks counts as often. */
	floor: number;
	/** The longest word the segmenter tries, in characters. */
	maxWordLength: number;
}

/** Per character, per toneless syllable (`liang`), the full tone it most often has in words. */
export type ToneTable = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface DictionaryData {
	words: WordList;
	/** Entries by simplified word (the words of `words`, and others without Chinese). */
	entries: ReadonlyMap<string, readonly DictEntry[]>;
	/** HSK 2.0 level (1–6) of each listed word. */
	hsk: ReadonlyMap<string, number>;
	/** The full tones (see `toneTable`); without, worked out from the entries on first use. */
	tones?: ToneTable;
}

export class CedictDictionary implements Dictionary {
	readonly #entries: ReadonlyMap<string, readonly DictEntry[]>;
	readonly #logP = new Map<string, number>();
	/** The words as a trie, for `wordsAt` (whose word ids are its nodes: see reading-table.ts). */
	readonly #trie: WordTrie;
	readonly #hsk: ReadonlyMap<string, number>;
	#tones: ToneTable | undefined;
	readonly unknownLogProbability: number;
	readonly maxWordLength: number;

	constructor(data: DictionaryData) {
		const { words, counts, total, floor, maxWordLength } = data.words;
		this.#entries = data.entries;
		this.#hsk = data.hsk;
		this.#tones = data.tones;
		const logTotal = Math.log(total);
		words.forEach((word, i) => {
			const count = Math.max(counts[i] ?? 0, floor);
			this.#logP.set(word, Math.log(count) - logTotal - WORD_PENALTY);
		});
		this.#trie = new WordTrie(this.#logP);
		this.unknownLogProbability = Math.log(floor / 2) - logTotal - WORD_PENALTY;
		this.maxWordLength = maxWordLength;
	}

	lookup(word: string): readonly DictEntry[] {
		return this.#entries.get(word) ?? [];
	}

	logProbability(word: string): number | undefined {
		return this.#logP.get(word);
	}

	wordsAt(
		codes: Int32Array,
		start: number,
		end: number,
		lengths: number[],
		logProbabilities: number[],
		ids: number[]
	): number {
		const trie = this.#trie;
		let found = 0;
		let node = trie.root(codes[start] ?? 0);
		for (let j = start + 1; node >= 0; j++) {
			const logP = trie.logP(node);
			if (!Number.isNaN(logP)) {
				lengths[found] = j - start;
				ids[found] = node;
				logProbabilities[found++] = logP;
			}
			if (j >= end) break;
			node = trie.child(node, codes[j] ?? 0);
		}
		return found;
	}

	/**
	 * The full tone of a neutral syllable: the word's Taiwan pronunciation where CC-CEDICT
	 * notes one (部分 bù fen, "Taiwan pr. [bu4 fen4]"), else the word's own full tone in
	 * another of its entries (裁缝 cái feng "tailor", cái féng "to tailor"), else the tone the
	 * character most often has in words (`toneTable`).
	 */
	fullTone(word: string, k: number, syllable: string): string | undefined {
		const letters = toNumbered(syllable).replace(/\d$/, '');
		const chars = Array.from(word);
		const entries = this.lookup(word);
		for (const entry of entries) {
			for (const sense of entry.senses) {
				const note = /Taiwan pr\. \[([^\]]+)\]/.exec(sense)?.[1];
				const syllables = note?.match(/[a-zü:]+[1-5]/gi);
				if (!syllables || syllables.length !== chars.length) continue;
				const full = markedSyllables(syllables[k] ?? '')[0] ?? '';
				const numbered = toNumbered(full);
				if (numbered.replace(/\d$/, '') === letters && !numbered.endsWith('5')) return full;
			}
		}
		// The word's own full reading, where it has one in another sense (裁缝 cái feng "tailor",
		// cái féng "to tailor").
		for (const entry of entries) {
			const syllables = markedSyllables(entry.pinyin);
			if (syllables.length !== chars.length) continue;
			const numbered = toNumbered(syllables[k] ?? '');
			if (numbered.slice(0, -1) === letters && !numbered.endsWith('5')) return syllables[k];
		}
		return this.toneTable()[chars[k] ?? '']?.[letters];
	}

	/**
	 * Per character and toneless syllable, the full tone the character most often has in
	 * words of two or more characters, weighted by word frequency (量 in 数量, 质量, 大量 …:
	 * liàng, so 力量 lì liàng; 难 in 难以, 难道, 艰难 …: nán, so 困难 kùn nán).
	 */
	toneTable(): ToneTable {
		if (!this.#tones) {
			const weights = new Map<string, Map<string, number>>();
			for (const [word, entries] of this.#entries) {
				const chars = Array.from(word);
				if (chars.length < 2) continue;
				const weight = Math.exp((this.#logP.get(word) ?? -Infinity) + WORD_PENALTY);
				for (const entry of entries) {
					const syllables = markedSyllables(entry.pinyin);
					if (syllables.length !== chars.length) continue;
					for (let j = 0; j < chars.length; j++) {
						const numbered = toNumbered(syllables[j] ?? '');
						if (numbered.endsWith('5')) continue;
						const key = `${chars[j]} ${numbered.replace(/\d$/, '')}`;
						const byTone = weights.get(key) ?? new Map<string, number>();
						byTone.set(syllables[j] ?? '', (byTone.get(syllables[j] ?? '') ?? 0) + weight);
						weights.set(key, byTone);
					}
				}
			}
			const tones: Record<string, Record<string, string>> = {};
			for (const [key, byTone] of weights) {
				const [char = '', letters = ''] = key.split(' ');
				const best = [...byTone].sort((a, b) => b[1] - a[1])[0]?.[0];
				if (!best) continue;
				(tones[char] ??= {})[letters] = best;
			}
			this.#tones = tones;
		}
		return this.#tones;
	}

	hsk(word: string): number | undefined {
		return this.#hsk.get(word);
	}

	get wordIds(): number {
		return this.#trie.size;
	}

	/** How many words have entries. */
	get size(): number {
		return this.#entries.size;
	}
}
