/**
 * Files a reader brings -> plain paragraphs: .txt, .md (Markdown as plain text), .srt and .vtt
 * (one cue a paragraph, with its times) and .epub (a ZIP of XHTML chapters, unpacked with
 * fflate; the chapters' text is taken out without a DOM). Browser-safe: runs in a Web Worker as
 * in Node. Never throws for bad input: `{ ok: false, problems }`, with lines where there are.
 */
import { unzipSync } from 'fflate';
import { decodeAs, decodeText, ENCODING_NAMES, type Decoded, type Encoding } from './decode.ts';
import { problem, type ImportProblem } from './problems.ts';
import {
	joinLines,
	normalizeNewlines,
	splitParagraphs,
	trimText,
	withoutControls,
	type Paragraph
} from './text.ts';

export type { Paragraph } from './text.ts';

export const FORMATS = ['txt', 'md', 'srt', 'vtt', 'epub'] as const;
export type Format = (typeof FORMATS)[number];

export interface ImportedText {
	format: Format;
	/** A suggested title: Markdown's first heading, an EPUB's title. */
	title?: string;
	paragraphs: Paragraph[];
	/** How the bytes were read (not for EPUB, whose chapters are UTF-8 by the standard). */
	decoding?: Pick<Decoded, 'encoding' | 'confidence' | 'alternatives' | 'bom'>;
	/** Things the reader should know that did not stop the import. */
	warnings: ImportProblem[];
}

export type ImportResult =
	{ ok: true; text: ImportedText } | { ok: false; problems: ImportProblem[] };

const fail = (...problems: ImportProblem[]): ImportResult => ({ ok: false, problems });

/** The format a file name says (`.markdown` is Markdown, `.text` plain text), if any. */
export function formatOf(name: string): Format | undefined {
	const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
	if (ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'md';
	if (ext === 'text') return 'txt';
	return (FORMATS as readonly string[]).includes(ext ?? '') ? (ext as Format) : undefined;
}

/**
 * Read a file: its format from its name (or `options.format`), its encoding detected (or
 * `options.encoding`, the reader's choice).
 */
export function importFile(
	name: string,
	bytes: Uint8Array,
	options: { format?: Format; encoding?: Encoding } = {}
): ImportResult {
	const format = options.format ?? formatOf(name);
	if (!format) return fail(problem('format', { name }));
	if (bytes.length === 0) return fail(problem('empty'));
	if (format === 'epub') return parseEpub(bytes);
	const decoded = options.encoding ? decodeAs(bytes, options.encoding) : decodeText(bytes);
	if (!decoded.ok) {
		if (decoded.error === 'binary') return fail(problem('binary'));
		return fail(
			options.encoding
				? problem('wrong-encoding', { encoding: ENCODING_NAMES[options.encoding] }, decoded.line)
				: problem('encoding', {}, decoded.line)
		);
	}
	const result = parseText(decoded.text, format);
	if (!result.ok) return result;
	const { encoding, confidence, alternatives, bom } = decoded;
	return {
		ok: true,
		text: { ...result.text, decoding: { encoding, confidence, alternatives, bom } }
	};
}

/** Read decoded text in one of the text formats. */
export function parseText(text: string, format: Exclude<Format, 'epub'>): ImportResult {
	if (trimText(text) === '') return fail(problem(text === '' ? 'empty' : 'no-text'));
	switch (format) {
		case 'txt':
			return { ok: true, text: { format, paragraphs: splitParagraphs(text), warnings: [] } };
		case 'md':
			return parseMarkdown(text);
		case 'srt':
			return parseSrt(text);
		case 'vtt':
			return parseVtt(text);
	}
}

// ---------------------------------------------------------------------------------------------
// HTML and XML text

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
	ensp: '\u2002',
	emsp: '\u2003',
	thinsp: '\u2009',
	mdash: '—',
	ndash: '–',
	hellip: '…',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	laquo: '«',
	raquo: '»',
	middot: '·',
	bull: '•',
	copy: '©',
	reg: '®',
	trade: '™',
	times: '×',
	divide: '÷',
	deg: '°',
	lrm: '\u200e',
	rlm: '\u200f',
	shy: '\u00ad',
	zwj: '\u200d',
	zwnj: '\u200c'
};

/** `&amp;`, `&#x201C;`, `&#8220;` and common named entities; anything else stays as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#[xX][0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
		if (body.startsWith('#')) {
			const code =
				body[1] === 'x' || body[1] === 'X'
					? Number.parseInt(body.slice(2), 16)
					: Number.parseInt(body.slice(1), 10);
			const valid =
				code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe;
			return valid ? String.fromCodePoint(code) : whole;
		}
		return NAMED_ENTITIES[body] ?? whole;
	});
}

/** Elements whose content is not text to read. */
const SKIPPED = ['script', 'style', 'head', 'rt', 'rp', 'svg', 'math', 'template', 'noscript'];
/** Elements that begin and end a paragraph. */
const BLOCKS = new Set([
	'address',
	'article',
	'aside',
	'blockquote',
	'body',
	'caption',
	'dd',
	'div',
	'dl',
	'dt',
	'figcaption',
	'figure',
	'footer',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'header',
	'hr',
	'html',
	'li',
	'main',
	'nav',
	'ol',
	'p',
	'pre',
	'section',
	'table',
	'td',
	'th',
	'tr',
	'ul'
]);

/**
 * The text of an HTML or XHTML document (or fragment), a paragraph per block element: no DOM,
 * no markup kept (it only ever becomes plain strings). Comments, CDATA markers, scripts,
 * styles, the head and ruby annotations are dropped; `<br>` is a line break inside a paragraph.
 */
export function htmlText(html: string): string[] {
	// Control characters are not text (a chapter of NUL bytes reads as nothing).
	let text = withoutControls(html)
		.replace(/<!--[\s\S]*?(?:-->|$)/g, '')
		.replace(/<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)/g, (_, body: string) =>
			body.replaceAll('&', '&amp;').replaceAll('<', '&lt;')
		)
		.replace(/<[!?][^>]*>/g, '');
	for (const tag of SKIPPED) {
		// Ruby annotations go without a trace (走<rt>zǒu</rt>路 is 走路); the others leave a space.
		const gap = tag === 'rt' || tag === 'rp' ? '' : ' ';
		text = text.replace(
			new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?(?:</${tag}\\s*>|$))`, 'gi'),
			gap
		);
	}
	const paragraphs: string[] = [];
	let lines: string[] = [];
	let line = '';
	const endLine = () => {
		lines.push(line);
		line = '';
	};
	const endParagraph = () => {
		endLine();
		// A line break in the source joins as a wrapped line does; spaces stay one space.
		const joined = joinLines(lines.join('\n').split(/[ \t\r]*\n\s*/));
		if (joined) paragraphs.push(joined);
		lines = [];
	};
	const tag = /<\/?([A-Za-z][A-Za-z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g;
	let at = 0;
	for (let m = tag.exec(text); m; m = tag.exec(text)) {
		line += decodeEntities(text.slice(at, m.index).replaceAll('<', ''));
		at = m.index + m[0].length;
		const name = (m[1] ?? '').toLowerCase().replace(/^.*:/, '');
		if (name === 'br') endLine();
		else if (BLOCKS.has(name)) endParagraph();
	}
	line += decodeEntities(text.slice(at).replaceAll('<', ''));
	endParagraph();
	return paragraphs
		.map((p) => p.replaceAll('\u00a0', ' ').replace(/ {2,}/g, ' ').trim())
		.filter(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Markdown

/** Inline Markdown -> its text: images go, links keep their text, emphasis and code marks go. */
export function markdownInline(text: string): string {
	// Backslash escapes (\*) become placeholders first, so that no rule below sees them.
	let s = text.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, (_, c: string) =>
		String.fromCharCode(0xe000 + c.charCodeAt(0))
	);
	s = s.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/!\[[^\]]*\]\[[^\]]*\]/g, '');
	s = s.replace(
		/\[([^\]]*)\]\((?:<[^>]*>|[^)\s]*)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g,
		'$1'
	);
	s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1');
	s = s.replace(/<((?:https?|mailto|ftp):[^>\s]+)>/gi, '$1');
	s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, __, code: string) => code.trim());
	s = s.replace(/<\/?[A-Za-z][A-Za-z0-9-]*\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, '');
	for (let i = 0; i < 3; i++) {
		s = s
			.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
			.replace(/\*(?=\S)([^*]*?\S)\*/g, '$1')
			.replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu, '$1$2')
			.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1');
	}
	s = decodeEntities(s);
	return s.replace(/[\ue021-\ue07e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xe000));
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/;
const REFERENCE = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_RULE = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Markdown -> plain paragraphs; the first heading is the suggested title. */
function parseMarkdown(source: string): ImportResult {
	const lines = normalizeNewlines(source).split('\n');
	// Comments and raw HTML blocks that span lines: blank them out, keeping the line count.
	const text = lines
		.join('\n')
		.replace(/<!--[\s\S]*?(?:-->|$)/g, (c) => c.replace(/[^\n]/g, ''))
		.replace(/<(script|style)\b[\s\S]*?(?:<\/\1\s*>|$)/gi, (c) => c.replace(/[^\n]/g, ''))
		.split('\n');
	const paragraphs: Paragraph[] = [];
	let title: string | undefined;
	let current: string[] = [];
	let start = 0;
	const flush = () => {
		const joined = joinLines(current.map(markdownInline));
		if (joined) paragraphs.push({ text: joined, line: start + 1 });
		current = [];
	};
	const heading = (raw: string, line: number) => {
		flush();
		const t = joinLines([markdownInline(raw)]);
		if (!t) return;
		if (title === undefined) {
			title = t;
			if (paragraphs.length === 0) return;
		}
		paragraphs.push({ text: t, line: line + 1 });
	};
	let fence: string | undefined;
	let i = 0;
	// Front matter (--- … ---): its title: is the title; the rest is not text.
	if (/^---[ \t]*$/.test(text[0] ?? '')) {
		const end = text.findIndex((l, j) => j > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l));
		if (end > 0) {
			for (const l of text.slice(1, end)) {
				const m = /^title:[ \t]*(.+)$/.exec(l);
				if (m?.[1]) title = trimText(m[1].replace(/^(["'])(.*)\1$/, '$2'));
			}
			i = end + 1;
		}
	}
	for (; i < text.length; i++) {
		const line = text[i] ?? '';
		if (fence !== undefined) {
			const close = FENCE.exec(line);
			const marks = close?.[1] ?? '';
			const after = close ? line.slice(close[0].length) : 'x';
			if (marks[0] === fence[0] && marks.length >= fence.length && !/\S/.test(after)) {
				fence = undefined;
			}
			continue;
		}
		const open = FENCE.exec(line);
		if (open?.[1]) {
			flush();
			fence = open[1];
			continue;
		}
		const unquoted = line.replace(/^(?: {0,3}>[ \t]?)+/, '');
		if (/^[\s\u3000]*$/u.test(unquoted)) {
			flush();
			continue;
		}
		const atx = ATX.exec(unquoted);
		if (atx) {
			heading(atx[2] ?? '', i);
			continue;
		}
		const setext = SETEXT.exec(unquoted);
		if (setext && current.length > 0 && !LIST_ITEM.test(current[0] ?? '')) {
			const raw = current.join(' ');
			current = [];
			heading(raw, start);
			continue;
		}
		if (RULE.test(unquoted) || REFERENCE.test(unquoted)) {
			flush();
			continue;
		}
		if (TABLE_RULE.test(unquoted) && unquoted.includes('|')) {
			// The line under a table's header row.
			flush();
			continue;
		}
		if (/^[ \t]*\|.*\|[ \t]*$/.test(unquoted)) {
			flush();
			start = i;
			current = [
				unquoted
					.trim()
					.replace(/^\||\|$/g, '')
					.split(/(?<!\\)\|/)
					.map((c) => c.trim())
					.filter(Boolean)
					.join(' ')
			];
			flush();
			continue;
		}
		if (LIST_ITEM.test(unquoted)) {
			flush();
			start = i;
			current.push(unquoted.replace(LIST_ITEM, ''));
			continue;
		}
		if (current.length === 0) start = i;
		current.push(unquoted);
	}
	flush();
	if (paragraphs.length === 0 && title === undefined) return fail(problem('no-text'));
	return {
		ok: true,
		text: { format: 'md', ...(title === undefined ? {} : { title }), paragraphs, warnings: [] }
	};
}

// ---------------------------------------------------------------------------------------------
// Subtitles

/** A cue time -> `HH:MM:SS.mmm`. Hours optional (VTT); `,` or `.` before the milliseconds. */
const TIME = String.raw`(?:(\d+):)?([0-5]?\d):([0-5]\d)[,.](\d{1,3})`;
const CUE_TIMES = new RegExp(`^[ \\t]*${TIME}[ \\t]*-->[ \\t]*${TIME}(?:[ \\t]+(.*))?$`);

function clock(h: string | undefined, m: string, s: string, ms: string): string {
	return `${(h ?? '0').padStart(2, '0')}:${m.padStart(2, '0')}:${s}.${ms.padEnd(3, '0')}`;
}

function cueTimes(line: string): { start: string; end: string } | undefined {
	const m = CUE_TIMES.exec(line);
	if (!m) return undefined;
	return {
		start: clock(m[1], m[2] ?? '', m[3] ?? '', m[4] ?? ''),
		end: clock(m[5], m[6] ?? '', m[7] ?? '', m[8] ?? '')
	};
}

/**
 * A cue's lines -> its text: SubRip's <i>, <b>, <u>, <font>, ASS override blocks ({\an8},
 * {\i1}) and \N, WebVTT's <c.class>, <v Name>, <ruby><rt>, <00:00:01.000>, entities.
 */
function cueText(lines: readonly string[], entities: boolean): string {
	const text = lines
		.join('\n')
		.replace(/\{\\[^}]*\}/g, '')
		.replace(/\\[Nn]/g, '\n')
		.replace(/<rt\b[^>]*>[\s\S]*?(?:<\/rt>|$)/gi, '')
		.replace(/<\/?[A-Za-z][^>]*>|<\d[\d:.]*>/g, '');
	return joinLines((entities ? decodeEntities(text) : text).split('\n'));
}

/** Blocks of non-blank lines, with the 0-based line each starts on. */
function blocks(text: string): { start: number; lines: string[] }[] {
	const out: { start: number; lines: string[] }[] = [];
	normalizeNewlines(text)
		.split('\n')
		.forEach((line, i) => {
			if (/^[ \t]*$/.test(line)) {
				if (out.at(-1)?.lines.length) out.push({ start: i + 1, lines: [] });
				return;
			}
			const last = out.at(-1);
			if (last) last.lines.push(line);
			else out.push({ start: i, lines: [line] });
		});
	return out.filter((b) => b.lines.length > 0);
}

/** At most this many problems are listed (a wrong file would list one per cue). */
const MAX_PROBLEMS = 20;

function subtitleResult(
	format: 'srt' | 'vtt',
	paragraphs: Paragraph[],
	problems: ImportProblem[],
	warnings: ImportProblem[]
): ImportResult {
	if (problems.length > 0) return fail(...problems.slice(0, MAX_PROBLEMS));
	if (paragraphs.length === 0) return fail(problem('no-cues'));
	return { ok: true, text: { format, paragraphs, warnings } };
}

function checkOrder(time: { start: string; end: string }, line: number, warnings: ImportProblem[]) {
	if (time.end < time.start) warnings.push(problem('subtitle-order', time, line));
}

/** SubRip: number, times, text lines; blank lines between cues. */
function parseSrt(text: string): ImportResult {
	const paragraphs: Paragraph[] = [];
	const problems: ImportProblem[] = [];
	const warnings: ImportProblem[] = [];
	for (const block of blocks(text)) {
		let k = 0;
		if (/^[ \t]*\d+[ \t]*$/.test(block.lines[0] ?? '') && block.lines.length > 1) k = 1;
		const time = cueTimes(block.lines[k] ?? '');
		const line = block.start + k + 1;
		if (!time) {
			const previous = paragraphs.at(-1);
			const looksTimed = /-->|\d+:\d+|^[ \t]*\d+[ \t]*$/.test(block.lines[k] ?? '');
			if (previous && !looksTimed && k === 0) {
				// A blank line inside a cue's text: keep the text with the cue it belongs to.
				previous.text = joinLines([previous.text, cueText(block.lines, false)]);
				warnings.push(problem('srt-continued', {}, block.start + 1));
			} else {
				problems.push(problem('srt-time', { found: (block.lines[k] ?? '').trim() }, line));
			}
			continue;
		}
		checkOrder(time, line, warnings);
		const cue = cueText(block.lines.slice(k + 1), false);
		if (cue) paragraphs.push({ text: cue, time, line: line + 1 });
	}
	return subtitleResult('srt', paragraphs, problems, warnings);
}

/** WebVTT: the WEBVTT line, then cues (optional id, times with settings, text), NOTE, STYLE, REGION. */
function parseVtt(text: string): ImportResult {
	const all = blocks(text);
	const first = all[0];
	if (!first || first.start !== 0 || !/^WEBVTT(?:[ \t].*)?$/.test(first.lines[0] ?? '')) {
		return fail(problem('vtt-header', {}, 1));
	}
	const paragraphs: Paragraph[] = [];
	const problems: ImportProblem[] = [];
	const warnings: ImportProblem[] = [];
	for (const block of all.slice(1)) {
		const head = block.lines[0] ?? '';
		if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(head)) continue;
		const k = head.includes('-->') ? 0 : 1;
		const time = cueTimes(block.lines[k] ?? '');
		const line = block.start + k + 1;
		if (!time) {
			problems.push(problem('vtt-time', { found: (block.lines[k] ?? '').trim() }, line));
			continue;
		}
		checkOrder(time, line, warnings);
		const cue = cueText(block.lines.slice(k + 1), true);
		if (cue) paragraphs.push({ text: cue, time, line: line + 1 });
	}
	return subtitleResult('vtt', paragraphs, problems, warnings);
}

// ---------------------------------------------------------------------------------------------
// EPUB

/** More than this unpacked (all the chapters, the package file) is refused: a ZIP bomb. */
export const EPUB_LIMIT_MB = 100;

/** An attribute's value from one tag's text. */
function attribute(tag: string, name: string): string | undefined {
	const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(tag);
	const value = m?.[1] ?? m?.[2];
	return value === undefined ? undefined : decodeEntities(value);
}

/** `href` relative to the file at `base` -> a path inside the archive. */
function resolvePath(base: string, href: string): string {
	let path = href.replace(/[#?].*$/, '');
	try {
		path = decodeURIComponent(path);
	} catch {
		// A stray % in a file name: use the name as written.
	}
	const parts = path.startsWith('/') ? [] : base.split('/').slice(0, -1);
	for (const part of path.split('/')) {
		if (part === '..') parts.pop();
		else if (part && part !== '.') parts.push(part);
	}
	return parts.join('/');
}

const utf8 = (bytes: Uint8Array | undefined) =>
	bytes === undefined ? undefined : new TextDecoder('utf-8').decode(bytes);

/** The EPUB's title and its chapters' text, in reading (spine) order. */
export function parseEpub(bytes: Uint8Array, options: { limitMB?: number } = {}): ImportResult {
	const limitMB = options.limitMB ?? EPUB_LIMIT_MB;
	if (bytes.length === 0) return fail(problem('empty'));
	if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
		return fail(problem('epub-not-zip'));
	}
	let unpacked = 0;
	const limit = limitMB * 1024 * 1024;
	/** The named files of the archive, unpacked (only those: the rest stays packed). */
	const read = (names: ReadonlySet<string>): Record<string, Uint8Array> | ImportResult => {
		try {
			return unzipSync(bytes, {
				filter: (file) => {
					if (!names.has(file.name)) return false;
					unpacked += file.originalSize;
					if (unpacked > limit) throw new RangeError('too large');
					return true;
				}
			});
		} catch (error) {
			if (error instanceof RangeError && error.message === 'too large') {
				return fail(problem('epub-too-large', { limit: limitMB }));
			}
			const reason = error instanceof Error ? error.message : String(error);
			return fail(problem('epub-broken', { reason }));
		}
	};
	const isFailure = (r: Record<string, Uint8Array> | ImportResult): r is ImportResult =>
		'ok' in r && r.ok === false;

	const meta = read(new Set(['META-INF/container.xml', 'META-INF/encryption.xml']));
	if (isFailure(meta)) return meta;
	const container = utf8(meta['META-INF/container.xml']);
	const rootTag = container && /<(?:\w+:)?rootfile\b[^>]*>/i.exec(container)?.[0];
	const opfPath = rootTag && attribute(rootTag, 'full-path');
	if (!opfPath) return fail(problem('epub-container'));

	const opfFiles = read(new Set([opfPath]));
	if (isFailure(opfFiles)) return opfFiles;
	const opf = utf8(opfFiles[opfPath]);
	if (opf === undefined) return fail(problem('epub-package', { path: opfPath }));

	const manifest = new Map<string, { href: string; type: string }>();
	for (const [tag] of opf.matchAll(/<(?:\w+:)?item\b[^>]*>/gi)) {
		const id = attribute(tag, 'id');
		const href = attribute(tag, 'href');
		if (id && href) {
			manifest.set(id, {
				href: resolvePath(opfPath, href),
				type: attribute(tag, 'media-type') ?? ''
			});
		}
	}
	const chapters: string[] = [];
	for (const [tag] of opf.matchAll(/<(?:\w+:)?itemref\b[^>]*>/gi)) {
		if (attribute(tag, 'linear') === 'no') continue;
		const item = manifest.get(attribute(tag, 'idref') ?? '');
		if (item && /html|xml/i.test(item.type) && !chapters.includes(item.href))
			chapters.push(item.href);
	}
	const encryption = utf8(meta['META-INF/encryption.xml']) ?? '';
	for (const [tag] of encryption.matchAll(/<(?:\w+:)?CipherReference\b[^>]*>/gi)) {
		const uri = attribute(tag, 'URI');
		if (uri && chapters.includes(resolvePath('', uri))) return fail(problem('epub-drm'));
	}

	const metadata = /<(?:\w+:)?metadata\b[\s\S]*?<\/(?:\w+:)?metadata>/i.exec(opf)?.[0] ?? '';
	const titleMatch = /<(?:\w+:)?title\b[^>]*>([\s\S]*?)<\/(?:\w+:)?title>/i.exec(metadata);
	const title = titleMatch ? htmlText(titleMatch[1] ?? '').join(' ') : '';

	const files = read(new Set(chapters));
	if (isFailure(files)) return files;
	const paragraphs: Paragraph[] = [];
	const warnings: ImportProblem[] = [];
	for (const href of chapters) {
		const xhtml = utf8(files[href]);
		if (xhtml === undefined) {
			warnings.push(problem('epub-missing', { path: href }));
			continue;
		}
		for (const text of htmlText(xhtml)) paragraphs.push({ text });
	}
	if (paragraphs.length === 0) return fail(problem('epub-no-text'), ...warnings);
	return {
		ok: true,
		text: { format: 'epub', ...(title ? { title } : {}), paragraphs, warnings }
	};
}
