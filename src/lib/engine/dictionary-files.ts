/**
 * The dictionary as static files a browser can fetch (the build writes them under
 * /dictionary/, src/routes/dictionary/[file]/+server.ts), and the dictionary built back from
 * them. Pure: the files go in and come out as strings and parsed JSON.
 *
 * - `meta.json`: the frequency list's total and floor, the longest word, the shard count;
 * - `words.txt`: the segmenter's word list, one word a line, a tab and its count where the
 *   frequency list has it (the segmenter needs every word for any text, so it is one file);
 * - `tones.json`: the full tone of each character's syllables in words (`ToneTable`);
 * - `readings.txt`: per line of `words.txt`, what the annotator reads of the word's entries
 *   (their pinyin and Taiwan pronunciation notes), so that a text can be annotated as the
 *   server annotates it without fetching the entries (`readingDictionaryFromFiles`);
 * - `entries-NNN.json`: the entries and HSK levels, split by a hash of the word
 *   (`shardOf`), so a lookup fetches one small file;
 * - `hsk.json`: the HSK levels alone, for the "pinyin above a level" choice on an imported
 *   text: an array of six strings, the words of level 1 to 6, a space between two
 *   (`parseHsk`).
 */
import { CedictDictionary, type DictionaryData, type ToneTable } from './cedict.ts';
import type { DictEntry } from './dictionary.ts';

export const DICTIONARY_FORMAT = 1;

export interface DictionaryMeta {
	format: number;
	total: number;
	floor: number;
	maxWordLength: number;
	/** How many entry shards there are. */
	shards: number;
}

/** A shard: word -> [its entries as [traditional, pinyin, senses], its HSK level if any]. */
export type Shard = Record<string, [entries: [string, string, string[]][], hsk?: number]>;

/** The shard of a word: FNV-1a of its UTF-16 code units, modulo the shard count. */
export function shardOf(word: string, shards: number): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
	return (h >>> 0) % shards;
}

export function shardName(shard: number): string {
	return `entries-${String(shard).padStart(3, '0')}.json`;
}

/** Bytes of UTF-8 in a string. */
function utf8Length(text: string): number {
	return new TextEncoder().encode(text).length;
}

/**
 * The files of `data`, by name. The shard count is the smallest at which no shard is larger
 * than `maxShardBytes`.
 */
export function dictionaryFiles(
	data: DictionaryData & { tones: ToneTable },
	maxShardBytes = 64 * 1024
): Map<string, string> {
	const { words, counts, floor, maxWordLength } = data.words;
	const records = new Map<string, Shard[string]>();
	for (const [word, entries] of data.entries) {
		records.set(word, [entries.map((e) => [e.traditional, e.pinyin, [...e.senses]])]);
	}
	for (const [word, level] of data.hsk) {
		const record = records.get(word);
		if (record) record[1] = level;
		else records.set(word, [[], level]);
	}
	// A shard is {"word":record,…}: two braces, its records and a comma between two.
	const sizes = new Map(
		[...records].map(([word, r]) => [word, utf8Length(JSON.stringify({ [word]: r })) - 1])
	);
	let total = 0;
	for (const size of sizes.values()) total += size;
	let shards = Math.max(1, Math.ceil(total / maxShardBytes));
	for (; ; shards++) {
		const bytes = new Array<number>(shards).fill(1);
		for (const [word, size] of sizes) bytes[shardOf(word, shards)]! += size;
		if (bytes.every((n) => n <= maxShardBytes)) break;
	}
	const split: Shard[] = Array.from({ length: shards }, () => ({}));
	for (const [word, record] of records) (split[shardOf(word, shards)] as Shard)[word] = record;
	const encoded = split.map((shard, i) => [shardName(i), JSON.stringify(shard)] as const);
	const meta: DictionaryMeta = {
		format: DICTIONARY_FORMAT,
		total: data.words.total,
		floor,
		maxWordLength,
		shards
	};
	const list = words.map((word, i) => (counts[i] ? `${word}\t${counts[i]}` : word)).join('\n');
	const readings = words.map((word) => readingsLine(data.entries.get(word) ?? [])).join('\n');
	return new Map([
		['meta.json', JSON.stringify(meta)],
		['words.txt', `${list}\n`],
		['readings.txt', `${readings}\n`],
		['tones.json', JSON.stringify(data.tones)],
		['hsk.json', hskFile(data.hsk)],
		...encoded
	]);
}

/** The HSK levels as `hsk.json`: six strings, each level's words (in the order given). */
function hskFile(hsk: ReadonlyMap<string, number>): string {
	const levels: string[][] = Array.from({ length: HSK_LEVELS }, () => []);
	for (const [word, level] of hsk) {
		if (!Number.isInteger(level) || level < 1 || level > HSK_LEVELS || /\s/.test(word))
			throw new Error(`dictionary files: HSK level ${level} of "${word}"`);
		levels[level - 1]?.push(word);
	}
	return JSON.stringify(levels.map((words) => words.join(' ')));
}

const HSK_LEVELS = 6;

/** `hsk.json`, parsed and checked: each word's HSK level (1–6). */
export function parseHsk(file: unknown): Map<string, number> {
	if (
		!Array.isArray(file) ||
		file.length !== HSK_LEVELS ||
		!file.every((l) => typeof l === 'string')
	)
		fail('hsk.json is not six strings of words');
	const hsk = new Map<string, number>();
	(file as string[]).forEach((words, i) => {
		for (const word of words.split(' ')) if (word && !hsk.has(word)) hsk.set(word, i + 1);
	});
	return hsk;
}

const TAIWAN = /Taiwan pr\. \[([^\]]+)\]/;

/**
 * A word's entries as the annotator reads them, for readings.txt: each entry's pinyin and the
 * Taiwan pronunciation note of each sense that has one, `|` between them, a tab between
 * entries (an entry the same as one before it is left out: it reads the same).
 */
function readingsLine(entries: readonly DictEntry[]): string {
	const out: string[] = [];
	for (const e of entries) {
		const notes = e.senses.flatMap((s) => {
			const note = TAIWAN.exec(s)?.[1];
			return note === undefined ? [] : [note];
		});
		const field = [e.pinyin, ...notes].join('|');
		if (/[\t\n]/.test(field) || [e.pinyin, ...notes].some((f) => f.includes('|')))
			throw new Error(`dictionary files: a reading of "${e.pinyin}" has a tab, | or line break`);
		if (!out.includes(field)) out.push(field);
	}
	return out.join('\t');
}

export interface FetchedDictionary {
	/** meta.json, parsed. */
	meta: unknown;
	/** words.txt, as text. */
	words: string;
	/** tones.json, parsed. */
	tones: unknown;
	/** Entry shards, parsed: all of them, or those of the words to be read and looked up. */
	shards: Iterable<unknown>;
}

function fail(message: string): never {
	throw new Error(`dictionary files: ${message}`);
}

/** The meta.json of the dictionary files, checked. */
export function parseMeta(meta: unknown): DictionaryMeta {
	const m = meta as Partial<DictionaryMeta> | null;
	if (!m || typeof m !== 'object') fail('meta.json is not an object');
	if (m.format !== DICTIONARY_FORMAT)
		fail(`meta.json has format ${String(m.format)}, not ${DICTIONARY_FORMAT}`);
	for (const key of ['total', 'floor', 'maxWordLength', 'shards'] as const) {
		if (typeof m[key] !== 'number' || !(m[key] > 0))
			fail(`meta.json: ${key} is not a positive number`);
	}
	return m as DictionaryMeta;
}

/**
 * The dictionary of the static files. Built from every shard it reads as the server's
 * dictionary; from some, as the same dictionary for the words of those shards.
 */
export function dictionaryFromFiles(files: FetchedDictionary): CedictDictionary {
	const meta = parseMeta(files.meta);
	const { words, counts } = parseWords(files.words);
	const entries = new Map<string, DictEntry[]>();
	const hsk = new Map<string, number>();
	for (const shard of files.shards) {
		if (!shard || typeof shard !== 'object') fail('an entry shard is not an object');
		for (const [word, record] of Object.entries(shard as Shard)) {
			if (!Array.isArray(record) || !Array.isArray(record[0])) fail(`bad record for "${word}"`);
			const [list, level] = record;
			if (list.length > 0) {
				entries.set(
					word,
					list.map(([traditional, pinyin, senses]) => {
						if (typeof pinyin !== 'string' || !Array.isArray(senses))
							fail(`bad entry for "${word}"`);
						return { traditional, pinyin, senses };
					})
				);
			}
			if (typeof level === 'number') hsk.set(word, level);
		}
	}
	return dictionaryOf(meta, words, counts, entries, hsk, files.tones);
}

/** words.txt: the words and their counts, in order. */
function parseWords(text: string): { words: string[]; counts: number[] } {
	const words: string[] = [];
	const counts: number[] = [];
	text.split('\n').forEach((line, i) => {
		if (!line) return;
		const tab = line.indexOf('\t');
		const count = tab < 0 ? 0 : Number(line.slice(tab + 1));
		if (!Number.isFinite(count) || count < 0) fail(`words.txt:${i + 1}: bad count`);
		words.push(tab < 0 ? line : line.slice(0, tab));
		counts.push(count);
	});
	return { words, counts };
}

function dictionaryOf(
	meta: DictionaryMeta,
	words: string[],
	counts: number[],
	entries: Map<string, DictEntry[]>,
	hsk: Map<string, number>,
	tones: unknown
): CedictDictionary {
	if (!tones || typeof tones !== 'object') fail('tones.json is not an object');
	return new CedictDictionary({
		words: {
			words,
			counts,
			total: meta.total,
			floor: meta.floor,
			maxWordLength: meta.maxWordLength
		},
		entries,
		hsk,
		tones: tones as ToneTable
	});
}

/** What an annotator needs of the dictionary files: no entry shards. */
export interface ReadingFiles {
	meta: unknown;
	words: string;
	/** readings.txt, as text. */
	readings: string;
	tones: unknown;
}

/**
 * The dictionary an annotator reads with, from the word list, the readings and the tones
 * alone: it annotates every text as the whole dictionary does (the same words, readings and
 * full tones), but its entries have no senses, traditional forms or HSK levels beyond what
 * reading needs. Lookups take the entry shards.
 */
export function readingDictionaryFromFiles(files: ReadingFiles): CedictDictionary {
	const meta = parseMeta(files.meta);
	const { words, counts } = parseWords(files.words);
	const lines = files.readings.split('\n');
	if (lines.at(-1) === '') lines.pop();
	if (lines.length !== words.length)
		fail(`readings.txt has ${lines.length} lines, words.txt ${words.length} words`);
	const entries = new Map<string, DictEntry[]>();
	lines.forEach((line, i) => {
		if (!line) return;
		entries.set(
			words[i] ?? '',
			line.split('\t').map((field) => {
				const [pinyin = '', ...notes] = field.split('|');
				return { traditional: '', pinyin, senses: notes.map((n) => `Taiwan pr. [${n}]`) };
			})
		);
	});
	return dictionaryOf(meta, words, counts, entries, new Map(), files.tones);
}
