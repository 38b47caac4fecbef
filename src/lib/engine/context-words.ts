/**
 * Strings of two to five characters in which pinyin-pro reads a character otherwise than on
 * its own (目的: 的 dì; 了解: 了 liǎo; 合二为一: 为 wéi), with the places of those characters,
 * kept as hashed numbers so that asking about a character's neighbours builds no strings.
 * Characters outside the Basic Multilingual Plane are left out (pinyin-pro is then asked).
 */
/** The longest string kept; the engine's window reaches at least this far less one. */
export const LONGEST_CONTEXT_WORD = 5;

export class ContextWords {
	/** Each string with one place in it that reads otherwise, hashed (see `key`). */
	readonly #keys = new Set<number>();
	/** The characters read otherwise somewhere: a quick no for all the others. */
	readonly #chars = new Set<number>();
	readonly size: number;

	/** `words`: each string and the places (0-based) of its characters read otherwise. */
	constructor(words: Readonly<Record<string, readonly number[]>>) {
		let size = 0;
		for (const [word, places] of Object.entries(words)) {
			const codes = Array.from(word, (c) => c.codePointAt(0) ?? 0);
			if (codes.length < 2 || codes.length > LONGEST_CONTEXT_WORD) continue;
			if (codes.some((c) => c > 0xffff)) continue;
			size++;
			for (const place of places) {
				if (place < 0 || place >= codes.length) continue;
				this.#keys.add(key(codes, 0, codes.length, place));
				this.#chars.add(codes[place] ?? 0);
			}
		}
		this.size = size;
	}

	/**
	 * Whether pinyin-pro, reading up to four characters on either side, may read `chars[i]`
	 * otherwise than on its own: whether a listed string covers it where it reads otherwise.
	 * Also true beside a character this cannot tell about (outside the BMP), to be safe.
	 */
	covers(chars: readonly string[], i: number): boolean {
		const code = chars[i]?.codePointAt(0) ?? 0;
		if (code <= 0xffff && !this.#chars.has(code)) return false;
		const reach = LONGEST_CONTEXT_WORD - 1;
		const codes = around;
		const from = Math.max(0, i - reach);
		const to = Math.min(chars.length, i + reach + 1);
		for (let j = from; j < to; j++) {
			const c = chars[j]?.codePointAt(0) ?? 0;
			if (c > 0xffff) return true;
			codes[j - from] = c;
		}
		const at = i - from;
		for (let start = Math.max(0, at - reach); start <= at; start++) {
			for (let length = Math.max(2, at - start + 1); length <= LONGEST_CONTEXT_WORD; length++) {
				if (start + length > to - from) break;
				if (this.#keys.has(key(codes, start, length, at - start))) return true;
			}
		}
		return false;
	}
}

const around = new Array<number>(2 * LONGEST_CONTEXT_WORD - 1).fill(0);

/**
 * Two to five code points and a place among them, hashed to a small integer (which a Set
 * looks up fast, unlike larger numbers or new strings). Two strings that hash alike only
 * make the engine ask pinyin-pro once too often, never read otherwise.
 */
function key(codes: readonly number[], start: number, length: number, place: number): number {
	let k = length * 8 + place;
	for (let j = start; j < start + length; j++) k = (Math.imul(k, 0x9e3779b1) ^ (codes[j] ?? 0)) | 0;
	return k & 0x3fffffff;
}
