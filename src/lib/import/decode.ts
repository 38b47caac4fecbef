/**
 * Bytes of a text file -> text, with the encoding found and the others that would also read it.
 *
 * Order: a byte-order mark (UTF-8, UTF-16 LE/BE) decides; else strict UTF-8; else, unless the
 * bytes look binary, GB18030 (which reads GBK and GB2312) and Big5, each strictly, the one whose
 * text has the larger share of common Chinese characters and punctuation winning (GB18030 on a
 * tie); Windows-1252 only where neither gives Chinese. Browser-safe: TextDecoder and Uint8Array
 * only, so it runs in a Web Worker as in Node. Never throws for bad input: a clear error value.
 */
import { SIMPLIFIED, TRADITIONAL } from './common-hanzi.ts';

export const ENCODINGS = [
	'utf-8',
	'utf-16le',
	'utf-16be',
	'gb18030',
	'big5',
	'windows-1252'
] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Names for people (CLI output; the UI has its own translated names). */
export const ENCODING_NAMES: Record<Encoding, string> = {
	'utf-8': 'UTF-8',
	'utf-16le': 'UTF-16 LE',
	'utf-16be': 'UTF-16 BE',
	gb18030: 'GB18030',
	big5: 'Big5',
	'windows-1252': 'Windows-1252'
};

export function isEncoding(name: string): name is Encoding {
	return (ENCODINGS as readonly string[]).includes(name);
}

/**
 * How sure the choice is: `certain` (a byte-order mark, or valid UTF-8 with non-ASCII text, or
 * plain ASCII), `likely` (one Chinese encoding reads clearly better), `guess` (little to go on:
 * a very short text, or two readings nearly as good; show the choice and let the reader change it).
 */
export type Confidence = 'certain' | 'likely' | 'guess';

export interface Decoded {
	ok: true;
	text: string;
	encoding: Encoding;
	/** The file started with a byte-order mark (removed from `text`). */
	bom: boolean;
	confidence: Confidence;
	/** Other encodings that also decode these bytes, to a different text, best first. */
	alternatives: Encoding[];
}

export interface DecodeFailure {
	ok: false;
	/** `binary`: NUL or control bytes, not text. `invalid`: not valid in the encoding(s) tried. */
	error: 'binary' | 'invalid';
	/** One line, in English, for the CLI and for logs. */
	message: string;
	/** The 1-based line of the first bad bytes, where lines can be told. */
	line?: number;
	/** Encodings that can still read the bytes (the UI may offer them). */
	alternatives: Encoding[];
}

export type DecodeResult = Decoded | DecodeFailure;

const BOMS: { encoding: Encoding; bytes: number[] }[] = [
	{ encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
	{ encoding: 'utf-16le', bytes: [0xff, 0xfe] },
	{ encoding: 'utf-16be', bytes: [0xfe, 0xff] }
];

function bomOf(bytes: Uint8Array): Encoding | undefined {
	return BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x))?.encoding;
}

/** Strict decoding, the byte-order mark (if any) removed; undefined if the bytes are invalid. */
function strict(bytes: Uint8Array, encoding: Encoding): string | undefined {
	try {
		return new TextDecoder(encoding, { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

/**
 * The 1-based line of the first bytes `encoding` cannot read. Lines decode on their own in the
 * byte-oriented encodings: 0x0A is never part of a multi-byte character in UTF-8, GB18030 or
 * Big5. (Not so in UTF-16, where no line is given.)
 */
function badLine(bytes: Uint8Array, encoding: Encoding): number | undefined {
	if (encoding === 'utf-16le' || encoding === 'utf-16be') return undefined;
	let start = 0;
	for (let line = 1; ; line++) {
		const end = bytes.indexOf(0x0a, start);
		const stop = end < 0 ? bytes.length : end;
		if (strict(bytes.subarray(start, stop), encoding) === undefined) return line;
		if (end < 0) return undefined;
		start = end + 1;
	}
}

/** Control bytes that plain text does not have (tab, LF, VT, FF, CR and Ctrl-Z are fine). */
function isBinaryByte(b: number): boolean {
	return (
		b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a
	);
}

/** NUL anywhere, or more than one control byte in a hundred (ESC sequences, images, archives). */
function looksBinary(bytes: Uint8Array): boolean {
	let controls = 0;
	for (const b of bytes) {
		if (b === 0) return true;
		if (isBinaryByte(b)) controls++;
	}
	return controls > 0 && controls * 100 > bytes.length;
}

function isAscii(bytes: Uint8Array): boolean {
	for (const b of bytes) if (b >= 0x80) return false;
	return true;
}

/** How much of a text the scores look at. */
const SAMPLE = 100_000;
const COMMON = new Set(Array.from(SIMPLIFIED + TRADITIONAL));
/** CJK and full-width punctuation, which both Chinese encodings write: 。，、“”《》（）！？：； */
const CJK_PUNCTUATION =
	/[\u3000-\u3003\u3008-\u3011\u2014\u2018\u2019\u201c\u201d\u2026\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/u;
/** Latin letters and the punctuation Windows-1252 adds: what an English or French text has. */
const LATIN =
	/[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u20ac\u00a0\u00b0\u00a9\u00ae]/u;

/**
 * Share of the non-ASCII characters of `text` that a Chinese text of this kind would have:
 * common characters and CJK punctuation. 0–1; 0 for text without non-ASCII characters.
 */
export function chineseScore(text: string): number {
	let other = 0;
	let good = 0;
	// The first 100,000 characters tell as well as all of a large file.
	for (const ch of text.slice(0, SAMPLE)) {
		if (ch.charCodeAt(0) < 0x80) continue;
		other++;
		if (COMMON.has(ch) || CJK_PUNCTUATION.test(ch)) good++;
	}
	return other === 0 ? 0 : good / other;
}

/**
 * How much `text` looks like a Western text read right: the share of its non-ASCII characters
 * that are Latin letters or Windows-1252 punctuation, and 0 where more than a third of its
 * letters are non-ASCII (Chinese bytes read as Windows-1252 are nearly all accented letters).
 */
function latinScore(text: string): number {
	let letters = 0;
	let other = 0;
	let good = 0;
	for (const ch of text.slice(0, SAMPLE)) {
		if (/\s/u.test(ch)) continue;
		letters++;
		if (ch.charCodeAt(0) < 0x80) continue;
		other++;
		if (LATIN.test(ch)) good++;
	}
	if (other === 0 || other * 3 > letters) return 0;
	return good / other;
}

/** How many non-ASCII characters the text has (a short text is a guess, whatever its score). */
function nonAscii(text: string): number {
	let n = 0;
	for (const ch of text) if (ch.charCodeAt(0) >= 0x80) n++;
	return n;
}

interface Candidate {
	encoding: Encoding;
	text: string;
	score: number;
}

/** The 8-bit readings of bytes that are not UTF-8, best first. */
function legacyCandidates(bytes: Uint8Array): Candidate[] {
	const out: Candidate[] = [];
	for (const encoding of ['gb18030', 'big5'] as const) {
		const text = strict(bytes, encoding);
		if (text !== undefined) out.push({ encoding, text, score: chineseScore(text) });
	}
	// Windows-1252 reads every byte; it is a candidate only where the Chinese readings are poor.
	const best = Math.max(0, ...out.map((c) => c.score));
	const western = strict(bytes, 'windows-1252');
	if (western !== undefined) {
		const score = latinScore(western);
		if (best < 0.5 && score > best) out.push({ encoding: 'windows-1252', text: western, score });
		else out.push({ encoding: 'windows-1252', text: western, score: -1 });
	}
	// Stable sort: GB18030 before Big5 on equal scores.
	return out.sort((a, b) => b.score - a.score);
}

function ok(
	text: string,
	encoding: Encoding,
	bom: boolean,
	confidence: Confidence,
	alternatives: Encoding[]
): Decoded {
	return { ok: true, text, encoding, bom, confidence, alternatives };
}

/**
 * Windows-1252 reads any bytes at all: offer it only where what it reads looks like a Western
 * text. The Chinese encodings are offered whenever they decode.
 */
function plausible(encoding: Encoding, text: string): boolean {
	return encoding !== 'windows-1252' || latinScore(text) >= 0.5;
}

/** Encodings other than `chosen` that decode `bytes` (no BOM) to a different text. */
function otherReadings(bytes: Uint8Array, chosen: Encoding, text: string): Encoding[] {
	if (isAscii(bytes)) return [];
	const order: Encoding[] = ['utf-8', 'gb18030', 'big5', 'windows-1252'];
	return order.filter((e) => {
		if (e === chosen) return false;
		const other = strict(bytes, e);
		return other !== undefined && other !== text && plausible(e, other);
	});
}

/** Detect the encoding of a text file and decode it. */
export function decodeText(bytes: Uint8Array): DecodeResult {
	const bom = bomOf(bytes);
	if (bom) return decodeAs(bytes, bom);
	if (looksBinary(bytes)) {
		return {
			ok: false,
			error: 'binary',
			message: 'this is not a text file (it has NUL or control bytes)',
			alternatives: []
		};
	}
	const utf8 = strict(bytes, 'utf-8');
	if (utf8 !== undefined) {
		return ok(utf8, 'utf-8', false, 'certain', otherReadings(bytes, 'utf-8', utf8));
	}
	const candidates = legacyCandidates(bytes);
	const [best, second] = candidates;
	if (!best || best.score <= 0) {
		return {
			ok: false,
			error: 'invalid',
			message: `not text in UTF-8, UTF-16, GB18030 or Big5 (line ${badLine(bytes, 'utf-8') ?? 1} is not UTF-8)`,
			line: badLine(bytes, 'utf-8'),
			alternatives: candidates.map((c) => c.encoding)
		};
	}
	const close = second !== undefined && second.score > 0 && best.score - second.score < 0.15;
	const confidence: Confidence = nonAscii(best.text) < 6 || close ? 'guess' : 'likely';
	const alternatives = candidates
		.slice(1)
		.filter((c) => c.text !== best.text && plausible(c.encoding, c.text))
		.map((c) => c.encoding);
	return ok(best.text, best.encoding, false, confidence, alternatives);
}

/**
 * Decode `bytes` as `encoding` (the reader's own choice). A byte-order mark of that encoding is
 * removed; one of another encoding is an error. Invalid bytes give an error with their line.
 */
export function decodeAs(bytes: Uint8Array, encoding: Encoding): DecodeResult {
	const bom = bomOf(bytes);
	const name = ENCODING_NAMES[encoding];
	if (bom && bom !== encoding) {
		return {
			ok: false,
			error: 'invalid',
			message: `the file starts with the byte-order mark of ${ENCODING_NAMES[bom]}, not ${name}`,
			line: 1,
			alternatives: [bom]
		};
	}
	const body = bom
		? bytes.subarray(BOMS.find((b) => b.encoding === bom)?.bytes.length ?? 0)
		: bytes;
	const utf16 = encoding === 'utf-16le' || encoding === 'utf-16be';
	if (!utf16 && looksBinary(body)) {
		return {
			ok: false,
			error: 'binary',
			message: 'this is not a text file (it has NUL or control bytes)',
			alternatives: []
		};
	}
	// ignoreBOM: keep what follows the mark we removed exactly as it is.
	let text: string | undefined;
	try {
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
	} catch {
		text = undefined;
	}
	if (text === undefined) {
		const line = badLine(body, encoding);
		const where = utf16
			? bytes.length % 2 === 1
				? ' (an odd number of bytes)'
				: ' (a broken surrogate pair)'
			: line === undefined
				? ''
				: ` (line ${line})`;
		const alternatives = (['utf-8', 'gb18030', 'big5', 'windows-1252'] as const).filter((e) => {
			const other = e === encoding ? undefined : strict(body, e);
			return other !== undefined && plausible(e, other);
		});
		return {
			ok: false,
			error: 'invalid',
			message: `not valid ${name}${where}`,
			line,
			alternatives
		};
	}
	if (bom) return ok(text, encoding, true, 'certain', []);
	return ok(text, encoding, false, 'certain', otherReadings(body, encoding, text));
}
