/**
 * The lookup source of an imported text: its glossary cards (kept with the text) and, for a
 * word, its dictionary entry from the static entry shards (/dictionary/entries-NNN.json),
 * fetched when the word is first looked up: the shard of the word and of each of its
 * characters, as the shipped pages' lookup files have them.
 */
import { markedSyllables } from '../engine/dictionary.ts';
import { parseMeta, shardName, shardOf, type Shard } from '../engine/dictionary-files.ts';
import type { LookupData, TermCard, WordInfo, WordReading } from '../model.ts';
import type { LookupSource } from '../reader/lookup-source.ts';

export type Get = (
	url: string
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const HAN = /\p{Script=Han}/u;

function readingsOf(record: Shard[string] | undefined, senses = Infinity): WordReading[] {
	const entries = Array.isArray(record?.[0]) ? record[0] : [];
	return entries.flatMap((e) =>
		Array.isArray(e) && typeof e[1] === 'string' && Array.isArray(e[2])
			? [{ pinyin: markedSyllables(e[1]), senses: e[2].map(String).slice(0, senses) }]
			: []
	);
}

function infoOf(record: Shard[string] | undefined): WordInfo {
	const entries = Array.isArray(record?.[0]) ? record[0] : [];
	const hsk = record?.[1];
	return {
		traditional: [...new Set(entries.map((e) => String(e[0])))],
		...(typeof hsk === 'number' ? { hsk } : {}),
		readings: readingsOf(record)
	};
}

export function importedLookup(
	cards: Record<string, TermCard>,
	base = '',
	get: Get = (url) => fetch(url)
): LookupSource {
	let shards: Promise<number> | undefined;
	const cache = new Map<number, Promise<Shard>>();
	const json = async (path: string): Promise<unknown> => {
		const response = await get(`${base}/dictionary/${path}`);
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		return response.json();
	};
	const shardCount = () => {
		shards ??= json('meta.json')
			.then((meta) => parseMeta(meta).shards)
			.catch((error: unknown) => {
				shards = undefined;
				throw error;
			});
		return shards;
	};
	const shard = async (word: string): Promise<Shard> => {
		const n = shardOf(word, await shardCount());
		let got = cache.get(n);
		if (!got) {
			got = json(shardName(n)).then((s) => {
				if (!s || typeof s !== 'object') throw new Error(`${shardName(n)}: not a shard`);
				return s as Shard;
			});
			got.catch(() => cache.delete(n));
			cache.set(n, got);
		}
		return got;
	};
	const own = (s: Shard, word: string) =>
		Object.prototype.hasOwnProperty.call(s, word) ? s[word] : undefined;
	return {
		load: async (): Promise<LookupData> => ({ terms: cards, words: {}, chars: {} }),
		async word(text) {
			const chars = Array.from(text).filter((c) => HAN.test(c));
			const [main, ...each] = await Promise.all([shard(text), ...chars.map((c) => shard(c))]);
			const words: Record<string, WordInfo> = { [text]: infoOf(main && own(main, text)) };
			const byChar: Record<string, WordReading[]> = {};
			chars.forEach((c, i) => {
				const s = each[i];
				if (c !== text && s) byChar[c] = readingsOf(own(s, c), 3);
			});
			return { words, chars: byChar };
		}
	};
}
