import { readingsOf, type Dictionary } from './dictionary.ts';
import { parseReading } from './syllable.ts';

/** A word -> its reading as pinyin-pro says it, where that writes a neutral tone CC-CEDICT writes in full. */
export type SaidWords = Readonly<Record<string, string>>;

/**
 * The readings the engine gives dictionary words, worked out once per word: the dictionary's,
 * and for a word of one reading that pinyin-pro says with a neutral tone where the dictionary
 * writes a full one, pinyin-pro's (队伍 duì wu; `saidWords`, src/lib/server/said-words.json).
 * By the word ids of `Dictionary.wordsAt`: a word of one reading is two typed-array reads
 * away (`onlyReading`), which stay in the CPU caches.
 */
export class ReadingTable {
	readonly #dict: Dictionary;
	readonly #saidWords: SaidWords | undefined;
	/** Per word id, the readings of the word, worked out on first use. */
	#readings: (string[][] | undefined)[] = [];
	/**
	 * Per word id, for `onlyReading`: 0 not worked out yet, -1 for a word of several
	 * readings, else 1 + where its one reading starts in `#syllableIds`.
	 */
	#only = new Int32Array(1 << 16);
	#syllableIds = new Uint16Array(1 << 16);
	#syllableEnd = 0;
	readonly #syllables: string[] = [];
	readonly #syllableId = new Map<string, number>();

	constructor(dict: Dictionary, saidWords?: SaidWords) {
		this.#dict = dict;
		this.#saidWords = saidWords;
		// Filled, not sparse: a sparse array this long would be a slow dictionary-mode one.
		const ids = dict.wordIds ?? 0;
		this.#readings = new Array<string[][] | undefined>(ids).fill(undefined);
		this.#only = new Int32Array(Math.max(ids, 1));
	}

	/** A word's readings, as the engine says them (do not change them). */
	readings(word: string): string[][] {
		const readings = readingsOf(this.#dict, word);
		const said = this.#saidWords?.[word];
		return said && readings.length === 1 ? [parseReading(said)] : readings;
	}

	/** `readings` of the word `wordsAt` gave `id`: `chars[start]` to `chars[start + width - 1]`. */
	readingsById(id: number, chars: readonly string[], start: number, width: number): string[][] {
		if (id >= this.#readings.length) this.#readings.length = id + 1;
		return (this.#readings[id] ??= this.readings(chars.slice(start, start + width).join('')));
	}

	/**
	 * `readingsById` for a word of one reading, written into `out` from `outAt`, without
	 * building arrays; false (and nothing written) for a word of several readings.
	 */
	onlyReading(
		id: number,
		chars: readonly string[],
		start: number,
		width: number,
		out: string[],
		outAt: number
	): boolean {
		if (id >= this.#only.length) {
			const grown = new Int32Array(2 * id + 2);
			grown.set(this.#only);
			this.#only = grown;
		}
		let at = this.#only[id] ?? -1;
		if (at === 0) at = this.#only[id] = this.#keepOnly(chars, start, width);
		if (at < 0) return false;
		const ids = this.#syllableIds;
		const syllables = this.#syllables;
		for (let k = 0; k < width; k++) out[outAt + k] = syllables[ids[at - 1 + k] ?? 0] ?? '';
		return true;
	}

	/** Store a word's one reading for `onlyReading`: where it starts, + 1; -1 if it has several. */
	#keepOnly(chars: readonly string[], start: number, width: number): number {
		// Not through readingsById: its cache would hold the same reading a second time.
		const readings = this.readings(chars.slice(start, start + width).join(''));
		const only = readings.length === 1 ? readings[0] : undefined;
		if (!only) return -1;
		if (this.#syllableEnd + only.length > this.#syllableIds.length) {
			const grown = new Uint16Array(this.#syllableIds.length * 2);
			grown.set(this.#syllableIds);
			this.#syllableIds = grown;
		}
		const at = this.#syllableEnd;
		for (const syllable of only) {
			let sid = this.#syllableId.get(syllable);
			if (sid === undefined) {
				sid = this.#syllables.push(syllable) - 1;
				this.#syllableId.set(syllable, sid);
			}
			this.#syllableIds[this.#syllableEnd++] = sid;
		}
		return at + 1;
	}
}
