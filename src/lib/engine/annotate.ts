import { pinyin, segment, OutputFormat } from 'pinyin-pro';
import { LEXICON } from './lexicon.ts';
import { applyRules, type Sentence } from './rules.ts';
import { splitRuns, splitSentences } from './runs.ts';
import { parseReading, toNumbered } from './syllable.ts';
import type { AnnotateOptions, TermForm, TermIndex, Token, WordReadings } from './types.ts';

const MAX_WORD = 12;

const HAN = /\p{Script=Han}/u;

/**
 * Index glossary forms for `annotate`. A form may hold punctuation (抓质量、保安全): its
 * pinyin has one syllable per Chinese character. Throws on a form whose pinyin does not fit.
 */
export function termIndex(forms: readonly TermForm[]): TermIndex {
	const index = new Map<string, { term: string; syllables: string[] }>();
	let longest = 0;
	for (const { text, pinyin: reading, term } of forms) {
		const syllables = parseReading(reading);
		const chars = Array.from(text);
		const han = chars.filter((c) => HAN.test(c)).length;
		if (syllables.length !== han) {
			throw new Error(
				`term "${term}": "${text}" has ${han} characters but ${syllables.length} syllables`
			);
		}
		let k = 0;
		index.set(text, {
			term,
			syllables: chars.map((c) => (HAN.test(c) ? (syllables[k++] ?? '') : ''))
		});
		longest = Math.max(longest, chars.length);
	}
	return { forms: index, longest };
}

/** Per-character readings and word boundaries for one sentence, from pinyin-pro. */
interface TermSpan {
	term: string;
	start: number;
	width: number;
}

type Annotated = Sentence & { wordStart: boolean[]; cover: (TermSpan | undefined)[] };

function baseReadings(sentence: string): Annotated {
	const chars = Array.from(sentence);
	const readings = chars.map(() => '');
	const wordStart = chars.map(() => true);
	let at = 0;
	for (const item of pinyin(sentence, { type: 'all' })) {
		const width = Array.from(item.origin).length;
		if (item.isZh && width === 1) readings[at] = item.pinyin;
		at += width;
	}
	at = 0;
	for (const word of segment(sentence, { format: OutputFormat.ZhSegment })) {
		const width = Array.from(word).length;
		for (let k = 1; k < width; k++) wordStart[at + k] = false;
		at += width;
	}
	return { chars, readings, wordStart, alone: [], cover: [] };
}

/** Set a span's readings and make it one word. */
function setWord(s: Annotated, i: number, syllables: readonly string[]): void {
	syllables.forEach((syl, k) => (s.readings[i + k] = syl));
	s.wordStart[i] = true;
	for (let k = 1; k < syllables.length; k++) s.wordStart[i + k] = false;
	if (i + syllables.length < s.chars.length) s.wordStart[i + syllables.length] = true;
}

/** Longest-match `words` over the sentence: matched words set readings and boundaries. */
function applyWords(s: Annotated, words: WordReadings): void {
	const { chars } = s;
	for (let i = 0; i < chars.length;) {
		let matched = 0;
		for (let len = Math.min(MAX_WORD, chars.length - i); len >= 1; len--) {
			const reading = words[chars.slice(i, i + len).join('')];
			if (reading === undefined) continue;
			const syllables = parseReading(reading);
			if (syllables.length !== len) continue;
			setWord(s, i, syllables);
			// A word that cuts into a glossary term unmakes the term.
			for (const span of new Set(s.cover.slice(i, i + len))) {
				if (span && (span.start < i || span.start + span.width > i + len)) {
					s.cover.fill(undefined, span.start, span.start + span.width);
				}
			}
			matched = len;
			break;
		}
		i += matched || 1;
	}
}

/** Longest-match glossary forms: each Chinese stretch of a match is one word. */
function applyTerms(s: Annotated, terms: TermIndex): void {
	const { chars } = s;
	for (let i = 0; i < chars.length;) {
		let matched = 0;
		for (let len = Math.min(terms.longest, chars.length - i); len >= 1; len--) {
			const form = terms.forms.get(chars.slice(i, i + len).join(''));
			if (!form) continue;
			for (let k = 0; k < len;) {
				if (!form.syllables[k]) {
					k++;
					continue;
				}
				let end = k;
				while (end < len && form.syllables[end]) end++;
				setWord(s, i + k, form.syllables.slice(k, end));
				k = end;
			}
			s.cover.fill({ term: form.term, start: i, width: len }, i, i + len);
			matched = len;
			break;
		}
		i += matched || 1;
	}
}

function wordToken(chars: string[], readings: string[], term?: string): Token {
	return {
		text: chars.join(''),
		kind: 'word',
		pinyin: readings,
		pinyinNum: readings.map(toNumbered),
		...(term ? { term } : {})
	};
}

/** Annotate one sentence (pinyin-pro needs sentence-sized input to choose well). */
function annotateSentence(sentence: string, options: AnnotateOptions): Token[] {
	const s = baseReadings(sentence);
	s.cover = s.chars.map(() => undefined);
	applyWords(s, LEXICON);
	s.alone = s.wordStart.map((start, i) => start && (s.wordStart[i + 1] ?? true));
	applyRules(s);
	if (options.terms) applyTerms(s, options.terms);
	if (options.overrides) applyWords(s, options.overrides);

	const tokens: Token[] = [];
	let at = 0;
	for (const run of splitRuns(sentence)) {
		const width = Array.from(run.text).length;
		if (run.kind !== 'han') {
			const term = s.cover[at]?.term;
			tokens.push({ text: run.text, kind: run.kind, ...(term ? { term } : {}) });
		} else {
			let start = at;
			for (let i = at + 1; i <= at + width; i++) {
				if (i === at + width || s.wordStart[i]) {
					const term = s.cover[start]?.term;
					tokens.push(wordToken(s.chars.slice(start, i), s.readings.slice(start, i), term));
					start = i;
				}
			}
		}
		at += width;
	}
	return tokens;
}

/**
 * Text -> tokens. Chinese is cut into words, each with one pinyin syllable per character,
 * read in context sentence by sentence. Glossary terms become single tokens with the
 * glossary's pinyin; `overrides` win over everything else.
 * The token texts concatenate to exactly `text`.
 */
export function annotate(text: string, options: AnnotateOptions = {}): Token[] {
	return splitSentences(text).flatMap((sentence) => annotateSentence(sentence, options));
}
