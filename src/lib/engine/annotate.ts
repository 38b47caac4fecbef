import { pinyin, segment, OutputFormat } from 'pinyin-pro';
import { LEXICON } from './lexicon.ts';
import { applyRules, type Sentence } from './rules.ts';
import { splitRuns, splitSentences } from './runs.ts';
import { parseReading, toNumbered } from './syllable.ts';
import type { AnnotateOptions, Token, WordReadings } from './types.ts';

const MAX_WORD = 12;

/** Per-character readings and word boundaries for one sentence, from pinyin-pro. */
function baseReadings(sentence: string): Sentence & { wordStart: boolean[] } {
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
	return { chars, readings, wordStart, alone: [] };
}

/** Longest-match `words` over the sentence: matched words set readings and boundaries. */
function applyWords(s: ReturnType<typeof baseReadings>, words: WordReadings): void {
	const { chars } = s;
	for (let i = 0; i < chars.length;) {
		let matched = 0;
		for (let len = Math.min(MAX_WORD, chars.length - i); len >= 1; len--) {
			const reading = words[chars.slice(i, i + len).join('')];
			if (reading === undefined) continue;
			const syllables = parseReading(reading);
			if (syllables.length !== len) continue;
			syllables.forEach((syl, k) => (s.readings[i + k] = syl));
			s.wordStart[i] = true;
			for (let k = 1; k < len; k++) s.wordStart[i + k] = false;
			if (i + len < chars.length) s.wordStart[i + len] = true;
			matched = len;
			break;
		}
		i += matched || 1;
	}
}

function wordToken(chars: string[], readings: string[]): Token {
	return {
		text: chars.join(''),
		kind: 'word',
		pinyin: readings,
		pinyinNum: readings.map(toNumbered)
	};
}

/** Annotate one sentence (pinyin-pro needs sentence-sized input to choose well). */
function annotateSentence(sentence: string, overrides: WordReadings): Token[] {
	const s = baseReadings(sentence);
	applyWords(s, LEXICON);
	s.alone = s.wordStart.map((start, i) => start && (s.wordStart[i + 1] ?? true));
	applyRules(s);
	applyWords(s, overrides);

	const tokens: Token[] = [];
	let at = 0;
	for (const run of splitRuns(sentence)) {
		const width = Array.from(run.text).length;
		if (run.kind !== 'han') {
			tokens.push({ text: run.text, kind: run.kind });
		} else {
			let start = at;
			for (let i = at + 1; i <= at + width; i++) {
				if (i === at + width || s.wordStart[i]) {
					tokens.push(wordToken(s.chars.slice(start, i), s.readings.slice(start, i)));
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
 * read in context sentence by sentence; `overrides` win over everything else.
 * The token texts concatenate to exactly `text`.
 */
export function annotate(text: string, options: AnnotateOptions = {}): Token[] {
	const overrides = options.overrides ?? {};
	return splitSentences(text).flatMap((sentence) => annotateSentence(sentence, overrides));
}
