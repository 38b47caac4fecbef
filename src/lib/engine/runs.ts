import { isHan } from './han.ts';
import type { TokenKind } from './types.ts';

/** A stretch of one kind of text; `han` runs are later cut into words. */
export interface Run {
	text: string;
	kind: TokenKind | 'han';
}

const SPACE = /\s/u;
const LATIN = /[\p{Script=Latin}'’-]/u;
const DIGIT = /[0-9０-９]/u;
const NUMBER_INNER = /[0-9０-９.,．，:%％]/u;

function kindOf(ch: string): Run['kind'] {
	if (isHan(ch)) return 'han';
	if (SPACE.test(ch)) return 'space';
	if (DIGIT.test(ch)) return 'number';
	if (/\p{Script=Latin}/u.test(ch)) return 'latin';
	return 'punct';
}

/** A run as positions in an array of characters: `chars[start]` to `chars[end - 1]`. */
export interface RunSpan {
	start: number;
	end: number;
	kind: Run['kind'];
}

/** `splitRuns` over characters already split, as positions (nothing is copied). */
export function runSpans(chars: readonly string[]): RunSpan[] {
	const runs: RunSpan[] = [];
	let i = 0;
	while (i < chars.length) {
		const ch = chars[i] ?? '';
		const kind = kindOf(ch);
		let j = i + 1;
		if (kind === 'han' || kind === 'space') {
			while (j < chars.length && kindOf(chars[j] ?? '') === kind) j++;
		} else if (kind === 'number') {
			// 12.5%, 1,000: a separator belongs to the number only between digits.
			while (j < chars.length) {
				const next = chars[j] ?? '';
				if (DIGIT.test(next) || /[%％]/u.test(next)) j++;
				else if (NUMBER_INNER.test(next) && DIGIT.test(chars[j + 1] ?? '')) j++;
				else break;
			}
		} else if (kind === 'latin') {
			while (j < chars.length && LATIN.test(chars[j] ?? '')) j++;
		}
		runs.push({ start: i, end: j, kind });
		i = j;
	}
	return runs;
}

/**
 * Split text into runs of Chinese characters, numbers, Latin words, spaces and
 * punctuation (each punctuation mark is its own run). The runs concatenate to the input.
 */
export function splitRuns(text: string): Run[] {
	const chars = Array.from(text);
	return runSpans(chars).map(({ start, end, kind }) => ({
		text: chars.slice(start, end).join(''),
		kind
	}));
}

const SENTENCE_END = /[。！？；!?;]/u;
const CLOSERS = /[”’」』）)》〉】"']/u;
const ONLY_ENDS = /^[。！？；!?;”’」』）)》〉】"']*$/u;

/**
 * Split text into sentences after 。！？； (and their ASCII forms), keeping closing
 * quotes and brackets with the sentence they close. The pieces concatenate to the input.
 */
export function splitSentences(text: string): string[] {
	// Most input is one sentence: nothing but its own end marks and closers after the first end.
	const first = text.search(SENTENCE_END);
	if (first < 0 || ONLY_ENDS.test(text.slice(first))) return text ? [text] : [];
	const chars = Array.from(text);
	const out: string[] = [];
	let start = 0;
	for (let i = 0; i < chars.length; i++) {
		if (!SENTENCE_END.test(chars[i] ?? '')) continue;
		let end = i + 1;
		while (
			end < chars.length &&
			(SENTENCE_END.test(chars[end] ?? '') || CLOSERS.test(chars[end] ?? ''))
		)
			end++;
		out.push(chars.slice(start, end).join(''));
		start = end;
		i = end - 1;
	}
	if (start < chars.length) out.push(chars.slice(start).join(''));
	return out;
}
