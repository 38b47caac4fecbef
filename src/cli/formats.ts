/**
 * Output formats of `duizhao annotate`: one input line in, one chunk of output out.
 * Pure string work, so each format can be tested without a process.
 */
import type { Token } from '../lib/engine/types.ts';

export const FORMATS = ['jsonl', 'text', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** The tokens of one line as `{"tokens":[…]}`, exactly as `annotate()` returns them. */
export function jsonLine(tokens: readonly Token[]): string {
	return JSON.stringify({ tokens }) + '\n';
}

// A syllable that starts with a, o or e takes an apostrophe inside a word (Xī'ān).
const VOWEL_START = /^[aāáǎàoōóǒòeēéěè]/u;
// A word follows a letter, digit or Western separator (and any marks on it) after a space;
// Chinese punctuation has its own width, and nothing is spaced before punctuation.
const SPACE_AFTER = /[\p{L}\p{N},.;:!?)\]}%]\p{M}*$/u;
/** A combining mark (U+0301, U+20DD, a variation selector …): part of the character before it. */
const MARK = /^\p{M}$/u;
const MARKS = /^\p{M}+$/u;

/** Syllables of one word joined the way pinyin spells words: `júzhǎng`, `Xī'ān`. */
export function joinSyllables(syllables: readonly string[]): string {
	return syllables.map((s, k) => (k > 0 && VOWEL_START.test(s) ? `'${s}` : s)).join('');
}

/** Whether token `t` is nothing but combining marks (the engine makes each one a `punct` token). */
const isMarks = (t: Token | undefined) => t?.kind === 'punct' && MARKS.test(t.text);

/**
 * The combining marks after token `i`, which belong to its last character, and the index of
 * the last token they take.
 */
function marksAfter(tokens: readonly Token[], i: number): { marks: string; last: number } {
	let marks = '';
	let last = i;
	while (isMarks(tokens[last + 1])) marks += tokens[++last]?.text ?? '';
	return { marks, last };
}

/**
 * A word as pinyin: its syllables joined (`joinSyllables`); a character it has no syllable
 * for (𠮷, 㐀) as itself. A combining mark after a character written as itself stays on it;
 * one on a character written as pinyin, which has no place on a syllable, is kept with the
 * word as written, in brackets after its pinyin: 好́ → `hǎo(好́)`.
 */
export function wordText(text: string, syllables: readonly string[]): string {
	let out = '';
	let afterSyllable = false;
	let marked = false;
	let k = 0;
	for (const c of text) {
		const syllable = syllables[k++] ?? '';
		if (syllable) {
			out += afterSyllable && VOWEL_START.test(syllable) ? `'${syllable}` : syllable;
			afterSyllable = true;
		} else if (MARK.test(c)) {
			if (afterSyllable) marked = true;
			else out += c;
		} else {
			out += c;
			afterSyllable = false;
		}
	}
	return marked ? `${out}(${text})` : out;
}

/**
 * A line as pinyin: words separated by spaces, punctuation, numbers and Latin kept. Each
 * token is looked at once, and the space before a word depends on the piece written before
 * it only, so a line of any length takes time in proportion to its length.
 */
export function textLine(tokens: readonly Token[]): string {
	let out = '';
	// The last piece written that is not only marks: what decides the space before a word.
	let before = '';
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t) continue;
		if (t.kind === 'space' || t.kind === 'punct') {
			out += t.text;
			if (!MARKS.test(t.text)) before = t.text;
			continue;
		}
		let piece = t.text;
		if (t.kind === 'word') {
			const { marks, last } = marksAfter(tokens, i);
			piece = wordText(t.text + marks, t.pinyin ?? []);
			i = last;
		}
		if (SPACE_AFTER.test(before)) out += ' ';
		out += piece;
		before = piece;
	}
	return out + '\n';
}

const ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * A line as an HTML paragraph: each Chinese word is one `<ruby>`, a syllable per character,
 * combining marks with the character they follow; a word with no syllable at all (𠮷) as
 * its text.
 */
export function htmlLine(tokens: readonly Token[]): string {
	let out = '<p>';
	for (let i = 0; i < tokens.length; i++) {
		const t = tokens[i];
		if (!t) continue;
		if (t.kind !== 'word' || !t.pinyin) {
			out += escapeHtml(t.text);
			continue;
		}
		const { marks, last } = marksAfter(tokens, i);
		i = last;
		const text = t.text + marks;
		const syllables = t.pinyin;
		if (!syllables.some(Boolean)) {
			out += escapeHtml(text);
			continue;
		}
		// Each character with the marks after it (which have no syllable of their own).
		const bases: string[] = [];
		const readings: string[] = [];
		let k = 0;
		for (const c of text) {
			const syllable = syllables[k++] ?? '';
			if (!syllable && bases.length > 0 && MARK.test(c)) bases[bases.length - 1] += c;
			else {
				bases.push(c);
				readings.push(syllable);
			}
		}
		const term = t.term ? ` class="term" data-term="${escapeHtml(t.term)}"` : '';
		out += `<ruby${term}>`;
		bases.forEach((base, b) => {
			out += `${escapeHtml(base)}<rp>(</rp><rt>${escapeHtml(readings[b] ?? '')}</rt><rp>)</rp>`;
		});
		out += '</ruby>';
	}
	return out + '</p>\n';
}

/** The start of the standalone HTML page, up to where the first paragraph goes. */
export function htmlHead(title: string): string {
	return `<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="duizhao annotate">
<title>${escapeHtml(title)}</title>
<style>
body { max-width: 42em; margin: 2em auto; padding: 0 1em; font-size: 1.25rem; line-height: 2.4; }
p { margin: 0 0 0.5em; min-height: 1em; }
ruby { ruby-align: center; }
rt { font-size: 0.55em; color: #555; padding-inline: 0.15em; }
.term { text-decoration: underline dotted; text-underline-offset: 0.3em; }
</style>
</head>
<body>
`;
}

export const HTML_FOOT = '</body>\n</html>\n';

export const RENDER: Record<Format, (tokens: readonly Token[]) => string> = {
	jsonl: jsonLine,
	text: textLine,
	html: htmlLine
};
