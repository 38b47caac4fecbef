/**
 * Chinese paragraphs with an optional English translation -> sentence pairs, the way the shipped
 * document is made: a pair per Chinese sentence (split after 。！？ and the closing quotes and
 * brackets after them; after ； too where the English has a sentence for each part), with the
 * English of exactly that sentence. Paragraphs pair in order; inside a paragraph, sentences pair
 * where the counts agree, else the whole paragraph is one pair and its status says so.
 */
import { problem, type ImportProblem } from './problems.ts';
import { splitParagraphs, trimText, type Paragraph } from './text.ts';

export interface SentencePair {
	zh: string;
	en?: string;
}

/**
 * `sentences`: each Chinese sentence has its English. `paragraph`: the counts differ, so the
 * paragraph is one pair. `chinese-only`: no English for this paragraph (none given, or the
 * English ran out).
 */
export type PairStatus = 'sentences' | 'paragraph' | 'chinese-only';

export interface PairedParagraph {
	status: PairStatus;
	pairs: SentencePair[];
	/** How many sentences each side has (English: undefined where there is none). */
	zhSentences: number;
	enSentences?: number;
	/** The Chinese was split after ； as well, to match the English. */
	semicolons: boolean;
	/** Where the paragraphs start in their files, when known. */
	zhLine?: number;
	enLine?: number;
	/** Subtitle times of the Chinese paragraph (a cue), when it has them. */
	time?: { start: string; end: string };
}

export interface Pairing {
	paragraphs: PairedParagraph[];
	/** English paragraphs past the last Chinese one: not paired, reported. */
	englishLeftOver: Paragraph[];
	/** Everything the reader should be told, in order (`line` is the Chinese file's unless `inTranslation`). */
	warnings: ImportProblem[];
}

const ZH_END = /[。！？!?｡]/u;
const ZH_SEMICOLON = /[；;]/u;
const ZH_CLOSERS = /[”’」』）)》〉】"'\]］]/u;
/** After these, a closing quote does not end the sentence: “你来吗？”，我问 */
const ZH_CONTINUES = /[，,、：:]/u;

/**
 * Split Chinese text into sentences after 。！？ (and ! ? ｡), keeping the closing quotes and
 * brackets that follow with the sentence; with `semicolons`, after ； and ; too. Not where a
 * comma follows the closing quote (“你来吗？”他问 splits, “你来吗？”，我问 does not). The
 * sentences are trimmed; joined, they give the text without the spaces between them.
 */
export function splitChinese(text: string, options: { semicolons?: boolean } = {}): string[] {
	const chars = Array.from(text);
	const out: string[] = [];
	let start = 0;
	const isEnd = (c: string) =>
		ZH_END.test(c) || (options.semicolons === true && ZH_SEMICOLON.test(c));
	for (let i = 0; i < chars.length; i++) {
		if (!isEnd(chars[i] ?? '')) continue;
		let end = i + 1;
		while (end < chars.length && (isEnd(chars[end] ?? '') || ZH_CLOSERS.test(chars[end] ?? '')))
			end++;
		let next = end;
		while (next < chars.length && /\s/u.test(chars[next] ?? '')) next++;
		if (next < chars.length && ZH_CONTINUES.test(chars[next] ?? '')) {
			i = end - 1;
			continue;
		}
		const sentence = trimText(chars.slice(start, end).join(''));
		if (sentence) out.push(sentence);
		start = end;
		i = end - 1;
	}
	const rest = trimText(chars.slice(start).join(''));
	if (rest) {
		// Closing marks alone after the last end belong to the sentence before.
		if (out.length > 0 && /^[\p{P}\s]+$/u.test(rest)) out[out.length - 1] += rest;
		else out.push(rest);
	}
	return out;
}

/** Words whose period does not end a sentence (case as written). */
const ABBREVIATIONS = new Set(
	(
		'Mr Mrs Ms Mx Dr Prof Sr Jr St Mt Ft Gen Gov Sen Rep Col Lt Sgt Capt Cmdr Adm Rev Hon Pres ' +
		'Supt Insp Messrs Mme Mlle No Nos Nr Vol Vols Art Arts Ch Chap Sec Sect Fig Figs Eq Ed Eds ' +
		'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun ' +
		'Inc Ltd Co Corp Bros Dept Univ Assn Ave Blvd Rd approx cf vs viz al ca'
	).split(' ')
);

/**
 * Is the word ending at the period an abbreviation: one of the list, an initial (J.), or dotted
 * (U.S., e.g., a.m., U.S.A.)?
 */
function isAbbreviation(word: string): boolean {
	const bare = word.replace(/^[("'‘“[]+/u, '');
	return ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(bare) || /^(?:\p{L}\.)+\p{L}?$/u.test(bare);
}

/**
 * Split English text into sentences: after . ! ? (or … / ...), with any closing quotes and
 * brackets, where a space and a capital letter (or an opening quote before one) follow; not
 * after an abbreviation such as Mr. Dr. No. U.S. e.g. or an initial. The sentences are trimmed.
 */
export function splitEnglish(text: string): string[] {
	const out: string[] = [];
	const boundary = /([.!?…]+)(["'’”)\]»]*)(\s+)(?=["'‘“([«]*\p{Lu})/gu;
	let start = 0;
	for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
		const endMarks = m[1] ?? '';
		if (endMarks === '.' && !m[2]) {
			const before = text.slice(start, m.index);
			const word = /\S*$/u.exec(before)?.[0] ?? '';
			if (isAbbreviation(word)) continue;
		}
		const end = m.index + endMarks.length + (m[2] ?? '').length;
		const sentence = trimText(text.slice(start, end));
		if (sentence) out.push(sentence);
		start = end;
	}
	const rest = trimText(text.slice(start));
	if (rest) out.push(rest);
	return out;
}

function asParagraphs(input: string | readonly Paragraph[]): Paragraph[] {
	return typeof input === 'string' ? splitParagraphs(input) : [...input];
}

/** Pair one Chinese paragraph with its English (or none). */
function pairParagraph(
	zh: Paragraph,
	en: Paragraph | undefined,
	index: number,
	warnings: ImportProblem[]
): PairedParagraph {
	const plain = splitChinese(zh.text);
	const where = {
		...(zh.line === undefined ? {} : { zhLine: zh.line }),
		...(en?.line === undefined ? {} : { enLine: en.line }),
		...(zh.time ? { time: zh.time } : {})
	};
	if (!en) {
		return {
			status: 'chinese-only',
			pairs: plain.map((s) => ({ zh: s })),
			zhSentences: plain.length,
			semicolons: false,
			...where
		};
	}
	const english = splitEnglish(en.text);
	const paragraph = index + 1;
	if (plain.length === english.length) {
		return {
			status: 'sentences',
			pairs: plain.map((s, i) => ({ zh: s, en: english[i] ?? '' })),
			zhSentences: plain.length,
			enSentences: english.length,
			semicolons: false,
			...where
		};
	}
	const finer = splitChinese(zh.text, { semicolons: true });
	if (finer.length === english.length && finer.length > plain.length) {
		warnings.push(problem('semicolons', { paragraph }, zh.line));
		return {
			status: 'sentences',
			pairs: finer.map((s, i) => ({ zh: s, en: english[i] ?? '' })),
			zhSentences: finer.length,
			enSentences: english.length,
			semicolons: true,
			...where
		};
	}
	if (plain.length > 1 || english.length > 1) {
		warnings.push(
			problem('sentence-count', { paragraph, zh: plain.length, en: english.length }, zh.line)
		);
	}
	return {
		status: 'paragraph',
		pairs: [{ zh: plain.join(''), en: english.join(' ') }],
		zhSentences: plain.length,
		enSentences: english.length,
		semicolons: false,
		...where
	};
}

/**
 * Pair a Chinese text with its translation. Either may be plain text (paragraphs split by blank
 * lines, see splitParagraphs) or paragraphs already read from a file. Without English, every
 * paragraph is `chinese-only`, a pair per sentence. With a different number of paragraphs, they
 * pair in order as far as both go; the rest is Chinese-only or English left over, and reported.
 */
export function pairTexts(
	chinese: string | readonly Paragraph[],
	english?: string | readonly Paragraph[]
): Pairing {
	const zh = asParagraphs(chinese);
	const en = english === undefined ? undefined : asParagraphs(english);
	const warnings: ImportProblem[] = [];
	if (en && en.length !== zh.length) {
		warnings.push(problem('paragraph-count', { zh: zh.length, en: en.length }));
	}
	const paragraphs = zh.map((p, i) => {
		if (en && i >= en.length) warnings.push(problem('no-english', { paragraph: i + 1 }, p.line));
		return pairParagraph(p, en?.[i], i, warnings);
	});
	const englishLeftOver = en ? en.slice(zh.length) : [];
	englishLeftOver.forEach((p, k) =>
		warnings.push({
			...problem('english-left-over', { paragraph: zh.length + k + 1 }, p.line),
			inTranslation: true
		})
	);
	return { paragraphs, englishLeftOver, warnings };
}
