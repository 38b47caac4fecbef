/** Plain-text helpers shared by the formats and the pairing: lines, paragraphs, joins. */

/** A paragraph of imported text. `time` for subtitles; `line` is where it starts in the file. */
export interface Paragraph {
	text: string;
	time?: { start: string; end: string };
	line?: number;
}

/**
 * Han characters, CJK punctuation and full-width forms: where a line break between two of these
 * is no space (Chinese is written without spaces; a hard-wrapped line joins up as it was).
 */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026]/u;

/**
 * `text` without C0 control characters (and DEL), except tab, line feed and carriage return;
 * with `replacement` where they were. (A loop, not a regular expression of control characters.)
 */
export function withoutControls(text: string, replacement = ''): string {
	let out = '';
	for (const ch of text) {
		const c = ch.charCodeAt(0);
		const control = (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f;
		out += control ? replacement : ch;
	}
	return out;
}

/** Text with LF line ends, without a leading byte-order mark. */
export function normalizeNewlines(text: string): string {
	return text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
}

/** Trim spaces, including the full-width spaces Chinese texts indent paragraphs with. */
export function trimText(text: string): string {
	return text.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
}

/**
 * Join the lines of one paragraph: with nothing between two Chinese characters or marks, and
 * with one space elsewhere (English, or Chinese next to a Latin word). Each line is trimmed;
 * blank ones are dropped.
 */
export function joinLines(lines: readonly string[]): string {
	let out = '';
	for (const raw of lines) {
		// Control characters are no text; tabs and runs of spaces are one space.
		const line = trimText(withoutControls(raw)).replace(/[ \t]+/g, ' ');
		if (!line) continue;
		if (!out) {
			out = line;
			continue;
		}
		const before = Array.from(out).at(-1) ?? '';
		const after = Array.from(line)[0] ?? '';
		out += CJK.test(before) || CJK.test(after) ? line : ` ${line}`;
	}
	return out;
}

const BLANK = /^[\s\u3000]*$/u;
/** A line that starts a paragraph in text written a paragraph a line: indented, say by two U+3000. */
const INDENTED = /^(?:\u3000|[ \t]{2,})/u;

/**
 * Plain text -> paragraphs, with the line each starts on. Where the text has blank lines they
 * separate paragraphs, and the lines between are joined (hard-wrapped text), except that an
 * indented line (full-width spaces, or two or more spaces) after one that is not starts a
 * paragraph too. A text with no blank
 * line at all is taken as a paragraph a line (as Chinese texts are often written).
 */
export function splitParagraphs(text: string): Paragraph[] {
	const lines = normalizeNewlines(text).split('\n');
	const filled = lines.flatMap((l, i) => (BLANK.test(l) ? [] : [i]));
	const first = filled[0] ?? 0;
	const last = filled.at(-1) ?? 0;
	const hasBlank = lines.some((l, i) => i > first && i < last && BLANK.test(l));
	const out: Paragraph[] = [];
	let current: string[] = [];
	let start = 0;
	const flush = () => {
		const joined = joinLines(current);
		if (joined) out.push({ text: joined, line: start + 1 });
		current = [];
	};
	lines.forEach((line, i) => {
		if (BLANK.test(line)) {
			flush();
			return;
		}
		const previous = current.at(-1);
		if (!hasBlank || (previous !== undefined && INDENTED.test(line) && !INDENTED.test(previous)))
			flush();
		if (current.length === 0) start = i;
		current.push(line);
	});
	flush();
	return out;
}
