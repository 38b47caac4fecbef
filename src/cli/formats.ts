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
// A word follows a letter, digit or Western separator after a space; Chinese punctuation
// has its own width, and nothing is spaced before punctuation.
const SPACE_AFTER = /[\p{L}\p{N},.;:!?)\]}%]$/u;

/** Syllables of one word joined the way pinyin spells words: `júzhǎng`, `Xī'ān`. */
export function joinSyllables(syllables: readonly string[]): string {
	return syllables.map((s, k) => (k > 0 && VOWEL_START.test(s) ? `'${s}` : s)).join('');
}

/** A line as pinyin: words separated by spaces, punctuation, numbers and Latin kept. */
export function textLine(tokens: readonly Token[]): string {
	let out = '';
	for (const t of tokens) {
		if (t.kind === 'space' || t.kind === 'punct') {
			out += t.text;
			continue;
		}
		const piece = t.kind === 'word' ? joinSyllables(t.pinyin ?? []) : t.text;
		if (SPACE_AFTER.test(out)) out += ' ';
		out += piece;
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

/** A line as an HTML paragraph: each Chinese word is one `<ruby>`, a syllable per character. */
export function htmlLine(tokens: readonly Token[]): string {
	let out = '<p>';
	for (const t of tokens) {
		if (t.kind !== 'word' || !t.pinyin) {
			out += escapeHtml(t.text);
			continue;
		}
		const chars = Array.from(t.text);
		const term = t.term ? ` class="term" data-term="${escapeHtml(t.term)}"` : '';
		out += `<ruby${term}>`;
		chars.forEach((c, k) => {
			out += `${escapeHtml(c)}<rp>(</rp><rt>${escapeHtml(t.pinyin?.[k] ?? '')}</rt><rp>)</rp>`;
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
