import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerData } from '../server/annotator.ts';
import { staticDictionaryFiles } from '../server/dictionary-files.ts';
import { dictionary } from '../server/dictionary.ts';
import { createAnnotator } from './annotator.ts';
import { markedSyllables, readingsOf } from './dictionary.ts';
import {
	dictionaryFromFiles,
	parseHsk,
	parseMeta,
	readingDictionaryFromFiles,
	shardName,
	shardOf
} from './dictionary-files.ts';

const files = staticDictionaryFiles();
const json = (name: string): unknown => JSON.parse(files.get(name) ?? 'null');
const meta = parseMeta(json('meta.json'));
const fromFiles = (shards: Iterable<unknown>) =>
	dictionaryFromFiles({
		meta: json('meta.json'),
		words: files.get('words.txt') ?? '',
		tones: json('tones.json'),
		shards
	});
const allShards = Array.from({ length: meta.shards }, (_, i) => json(shardName(i)));

describe('the dictionary as static files', () => {
	it('has every word’s HSK level in one small file, as the server’s dictionary has it', () => {
		const hsk = parseHsk(json('hsk.json'));
		expect(hsk.size).toBeGreaterThan(4000);
		for (const [word, level] of hsk) expect(dictionary().hsk(word), word).toBe(level);
		expect(hsk.get('认识')).toBe(dictionary().hsk('认识'));
		expect(new TextEncoder().encode(files.get('hsk.json')).length).toBeLessThan(64 * 1024);
	});

	it('refuses an HSK file that is not six strings of words', () => {
		expect(() => parseHsk({})).toThrow(/hsk\.json/);
		expect(() => parseHsk(['一', '二'])).toThrow(/hsk\.json/);
		expect(() => parseHsk([1, 2, 3, 4, 5, 6])).toThrow(/hsk\.json/);
		expect(parseHsk(['爱 八', '', '', '', '', '八 啊']).get('八')).toBe(1);
	});

	it('has entry shards of at most 64 KB, each word in the shard its hash names', () => {
		expect(meta.shards).toBeGreaterThan(10);
		for (let i = 0; i < meta.shards; i++) {
			const text = files.get(shardName(i)) ?? '';
			expect(new TextEncoder().encode(text).length).toBeLessThanOrEqual(64 * 1024);
		}
		const shard = json(shardName(shardOf('认证', meta.shards))) as Record<string, unknown>;
		expect(shard['认证']).toBeDefined();
	});

	it('builds a dictionary that annotates the seed exactly as the server’s', () => {
		const seed = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8');
		const server = readerData();
		const served = createAnnotator(server);
		const fetched = createAnnotator({ ...server, dictionary: fromFiles(allShards) });
		for (const neutralTones of [true, false]) {
			expect(fetched.annotate(seed, { neutralTones })).toEqual(
				served.annotate(seed, { neutralTones })
			);
		}
		const dict = fromFiles(allShards);
		for (const word of ['认证', '质检', '的', '一', '认识']) {
			expect([word, dict.lookup(word), dict.hsk(word)]).toEqual([
				word,
				dictionary().lookup(word),
				dictionary().hsk(word)
			]);
		}
		expect(dict.size).toBe(dictionary().size);
	});

	it('from the shards of some words only, looks those up as the whole does', () => {
		const words = ['认证', '认可'];
		const some = fromFiles(new Set(words.map((w) => json(shardName(shardOf(w, meta.shards))))));
		for (const word of words)
			expect(some.lookup(word)).toEqual(readerData().dictionary?.lookup(word));
	});

	it('from the word list, readings and tones alone, annotates and reads as the whole does', () => {
		const reading = readingDictionaryFromFiles({
			meta: json('meta.json'),
			words: files.get('words.txt') ?? '',
			readings: files.get('readings.txt') ?? '',
			tones: json('tones.json')
		});
		const seed = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8');
		const server = readerData();
		const served = createAnnotator(server);
		const fetched = createAnnotator({ ...server, dictionary: reading });
		for (const neutralTones of [true, false]) {
			expect(fetched.annotate(seed, { neutralTones })).toEqual(
				served.annotate(seed, { neutralTones })
			);
		}
		// Every word: the same readings, and the same full tone of each of its syllables.
		const whole = dictionary();
		const words = (files.get('words.txt') ?? '').split('\n').map((l) => l.split('\t')[0] ?? '');
		let differ = 0;
		for (const word of words) {
			if (!word) continue;
			const readings = readingsOf(whole, word);
			if (JSON.stringify(readingsOf(reading, word)) !== JSON.stringify(readings)) differ++;
			for (const entry of whole.lookup(word)) {
				markedSyllables(entry.pinyin).forEach((syllable, k) => {
					if (reading.fullTone(word, k, syllable) !== whole.fullTone(word, k, syllable)) differ++;
				});
			}
		}
		expect(differ).toBe(0);
		expect(reading.wordIds).toBe(whole.wordIds);
	});

	it('says which file is wrong', () => {
		expect(() => parseMeta({ format: 99 })).toThrow(/meta\.json has format 99/);
		expect(() => fromFiles([[1, 2]])).toThrow(/dictionary files: bad record/);
		expect(() =>
			readingDictionaryFromFiles({
				meta: json('meta.json'),
				words: '认证\n认可\n',
				readings: 'ren4 zheng4\n',
				tones: {}
			})
		).toThrow(/readings\.txt has 1 lines, words\.txt 2 words/);
	});
});
