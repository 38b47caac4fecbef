import { pinyin, segment, OutputFormat } from 'pinyin-pro';
import { segment as segmentWords, type Dictionary } from './dictionary.ts';
import { LONGEST_CONTEXT_WORD, type ContextWords } from './context-words.ts';
import { isHan } from './han.ts';
import { applyLearned, type PolyphoneModel } from './learned.ts';
import { LEXICON } from './lexicon.ts';
import type { ReadingTable } from './reading-table.ts';
import { applyRules, type Sentence } from './rules.ts';
import { runSpans, splitSentences } from './runs.ts';
import { parseReading, toNumbered } from './syllable.ts';
import type { AnnotateOptions, TermForm, TermIndex, Token, WordReadings } from './types.ts';

/**
 * What one annotator reads with (see annotator.ts, which builds it from its data). pinyin-pro
 * already reads with the annotator's own words (`usePinyinWords`) when these functions run.
 */
export interface Engine {
	dictionary?: Dictionary;
	/** With a dictionary: the readings of its words. */
	table?: ReadingTable;
	terms?: TermIndex;
	polyphones?: PolyphoneModel;
	contextWords?: ContextWords;
	/** pinyin-pro's reading of each character on its own, with the annotator's words. */
	own: OwnReadings;
}

const MAX_WORD = 12;

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
		const han = chars.filter((c) => isHan(c)).length;
		if (syllables.length !== han) {
			throw new Error(
				`term "${term}": "${text}" has ${han} characters but ${syllables.length} syllables`
			);
		}
		let k = 0;
		index.set(text, {
			term,
			syllables: chars.map((c) => (isHan(c) ? (syllables[k++] ?? '') : ''))
		});
		longest = Math.max(longest, chars.length);
	}
	return { forms: index, longest };
}

/** The glossary term a character belongs to, and where that term starts and how long it is. */
interface Cover {
	term: string;
	start: number;
	width: number;
}

type Annotated = Sentence & { wordStart: boolean[]; cover: (Cover | undefined)[] };

/** Without a dictionary: per-character readings for one sentence from pinyin-pro, and its words. */
function baseReadings(sentence: string): Annotated {
	const chars = Array.from(sentence);
	const n = chars.length;
	const readings = new Array<string>(n).fill('');
	const wordStart = new Array<boolean>(n).fill(true);
	// One syllable per code point, a character with no reading as itself: cheaper than
	// `type: 'all'`, which also works out initials, finals and first letters.
	const array = pinyin(sentence, { type: 'array' });
	if (array.length === n) {
		for (let i = 0; i < n; i++) {
			const syllable = array[i] ?? '';
			if (syllable !== chars[i]) readings[i] = syllable;
		}
	} else {
		let at = 0;
		for (const item of pinyin(sentence, { type: 'all' })) {
			const width = Array.from(item.origin).length;
			if (item.isZh && width === 1) readings[at] = item.pinyin;
			at += width;
		}
	}
	let at = 0;
	for (const word of segment(sentence, { format: OutputFormat.ZhSegment })) {
		const width = Array.from(word).length;
		for (let k = 1; k < width; k++) wordStart[at + k] = false;
		at += width;
	}
	return {
		chars,
		readings,
		wordStart,
		alone: [],
		cover: new Array<Cover | undefined>(n).fill(undefined)
	};
}

/** Set a span's readings and make it one word. */
function setWord(s: Annotated, i: number, syllables: readonly string[]): void {
	syllables.forEach((syl, k) => (s.readings[i + k] = syl));
	s.wordStart[i] = true;
	for (let k = 1; k < syllables.length; k++) s.wordStart[i + k] = false;
	if (i + syllables.length < s.chars.length) s.wordStart[i + syllables.length] = true;
}

/** A word of a word list, ready to match: its characters and syllables. */
interface ListedWord {
	chars: string[];
	syllables: string[];
}
/**
 * Per word list: its words by first character, longest first (to match without building
 * strings). Words whose reading has the wrong number of syllables are left out.
 */
const shapes = new WeakMap<WordReadings, Map<string, ListedWord[]>>();
function shapeOf(words: WordReadings): Map<string, ListedWord[]> {
	let byFirst = shapes.get(words);
	if (!byFirst) {
		byFirst = new Map();
		for (const [word, reading] of Object.entries(words)) {
			const chars = Array.from(word);
			const syllables = parseReading(reading);
			if (chars.length === 0 || chars.length > MAX_WORD || syllables.length !== chars.length) {
				continue;
			}
			const list = byFirst.get(chars[0] ?? '') ?? [];
			list.push({ chars, syllables });
			byFirst.set(chars[0] ?? '', list);
		}
		for (const list of byFirst.values()) list.sort((a, b) => b.chars.length - a.chars.length);
		shapes.set(words, byFirst);
	}
	return byFirst;
}

/** Whether `word` is spelt at `chars[i]`. */
function spelt(chars: readonly string[], i: number, word: readonly string[]): boolean {
	if (i + word.length > chars.length) return false;
	for (let k = 1; k < word.length; k++) if (chars[i + k] !== word[k]) return false;
	return true;
}
/**
 * Longest-match `words` over the sentence: matched words set readings and boundaries.
 * With `belowTerms`, glossary terms are left alone (built-in words); without, a word that
 * cuts into a term unmakes it (a document's overrides). With `onBoundaries`, a word is taken
 * only where both its ends are word ends already (the built-in words over dictionary words:
 * 行为 does not cut into 银行 in 银行为).
 */
function applyWords(
	s: Annotated,
	words: WordReadings,
	belowTerms = false,
	onBoundaries = false
): void {
	const { chars } = s;
	const byFirst = shapeOf(words);
	for (let i = 0; i < chars.length;) {
		let matched = 0;
		// On boundaries, a word can only start where one starts already.
		const candidates = onBoundaries && !s.wordStart[i] ? undefined : byFirst.get(chars[i] ?? '');
		if (!candidates) {
			i++;
			continue;
		}
		for (const word of candidates) {
			if (!spelt(chars, i, word.chars)) continue;
			const len = word.chars.length;
			const { syllables } = word;
			if (belowTerms && s.cover.slice(i, i + len).some(Boolean)) continue;
			if (onBoundaries && !(s.wordStart[i] && (s.wordStart[i + len] ?? true))) continue;
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

/** The characters glossary forms start with. */
const termFirsts = new WeakMap<TermIndex, Set<string>>();
/** Longest-match glossary forms: each Chinese stretch of a match is one word. */
function applyTerms(s: Annotated, terms: TermIndex): void {
	const { chars } = s;
	let first = termFirsts.get(terms);
	if (!first) {
		first = new Set([...terms.forms.keys()].map((k) => Array.from(k)[0] ?? ''));
		termFirsts.set(terms, first);
	}
	for (let i = 0; i < chars.length;) {
		let matched = 0;
		if (!first.has(chars[i] ?? '')) {
			i++;
			continue;
		}
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

const SANDHI = new Set(['一', '不']);
const CITATION: Record<string, string> = { 一: 'yī', 不: 'bù' };
/**
 * Characters whose neutral tone is a particle (吧 ba): inside a dictionary word they are a
 * syllable of the word (酒吧 jiǔ bā, 贴吧 tiē bā), so the dictionary's full tone stands.
 */
const PARTICLE = new Set(['吧']);

/** Toneless form of a marked syllable (remembered: syllables are few). */
const plainCache = new Map<string, string>();
function plain(syllable: string): string {
	let result = plainCache.get(syllable);
	if (result === undefined) {
		result = toNumbered(syllable).slice(0, -1);
		if (plainCache.size < 10_000) plainCache.set(syllable, result);
	}
	return result;
}

/**
 * pinyin-pro's reading of each character on its own ('' for a character it has none for),
 * remembered: for the Basic Multilingual Plane by UTF-16 code (faster than a map by string),
 * made on first use, as only reading with a dictionary uses it. It depends on the words
 * pinyin-pro reads with, so each set of words has its own (annotator.ts).
 */
export interface OwnReadings {
	bmp: (string | undefined)[];
	astral: Map<string, string>;
}
function ownReading(e: Engine, ch: string): string {
	const code = ch.length === 1 ? ch.charCodeAt(0) : -1;
	const own = e.own;
	if (own.bmp.length === 0) own.bmp = new Array<string | undefined>(0x10000).fill(undefined);
	let reading = code >= 0 ? own.bmp[code] : own.astral.get(ch);
	if (reading === undefined) {
		const syllable = pinyin(ch, { type: 'array' })[0] ?? '';
		reading = syllable === ch ? '' : syllable;
		if (code >= 0) own.bmp[code] = reading;
		else own.astral.set(ch, reading);
	}
	return reading;
}

/**
 * Syllable `k` of a dictionary word, `ch` read `syllable` by the dictionary and `heard` by
 * pinyin-pro: pinyin-pro's where it is the same syllable with tone sandhi (一 and 不) or, after
 * the word's first syllable, a neutral tone (队伍 duì wu, where CC-CEDICT writes wǔ); else
 * the dictionary's.
 */
export function saidAs(ch: string, k: number, syllable: string, heard: string): string {
	if (heard === syllable || heard === '' || plain(heard) !== plain(syllable)) return syllable;
	if (SANDHI.has(ch)) return heard;
	return k > 0 && toNumbered(heard).endsWith('5') && !PARTICLE.has(ch) ? heard : syllable;
}

/**
 * How far to either side of a character pinyin-pro reads to choose its reading: four
 * characters, enough for the context words of up to five characters around it (了解, 合二为一)
 * and for the tone of 一 and 不 before the next syllable. On the CPP tuning slice, asking
 * about every character alone this way reads as many sentences right as giving pinyin-pro
 * whole sentences.
 */
const CONTEXT = LONGEST_CONTEXT_WORD - 1;

/**
 * pinyin-pro's readings, in context, of the characters marked in `inContext`: each with
 * `CONTEXT` characters either side, the windows joined by line breaks (which no word
 * crosses) into one call.
 */
function readInContext(s: Annotated, sentence: string, inContext: Uint8Array): void {
	const { chars } = s;
	const n = chars.length;
	const oneUnitEach = sentence.length === n;
	const starts: number[] = [];
	const ends: number[] = [];
	let text = '';
	for (let i = 0; i < n; i++) {
		if (!inContext[i]) continue;
		const start = Math.max(0, i - CONTEXT);
		let end = Math.min(n, i + CONTEXT + 1);
		for (let j = i + 1; j < end; j++) if (inContext[j]) end = Math.min(n, j + CONTEXT + 1);
		if (starts.length > 0) text += '\n';
		text += oneUnitEach ? sentence.slice(start, end) : chars.slice(start, end).join('');
		starts.push(start);
		ends.push(end);
		i = end - 1;
	}
	const heard = pinyin(text, { type: 'array' });
	// One item per character and line break; if not (never seen), the readings stand.
	let count = starts.length - 1;
	for (let w = 0; w < starts.length; w++) count += (ends[w] ?? 0) - (starts[w] ?? 0);
	if (heard.length !== count) return;
	let h = 0;
	for (let w = 0; w < starts.length; w++) {
		for (let j = starts[w] ?? 0; j < (ends[w] ?? 0); j++, h++) {
			const syllable = heard[h] ?? '';
			if (inContext[j] && syllable !== chars[j]) s.readings[j] = syllable;
		}
		h++; // the line break
	}
}

/** After 一 or 不, what keeps its citation tone (pinyin-pro's list): 不的, 一是 … */
const NO_SANDHI_BEFORE: Record<string, string> = { 不: '的而之后也还地', 一: '的而之后也还是' };
/** 一 as a number: an ordinal (第一), in tens (十一, 一十), digit by digit (九一八, 一九四九). */
const DIGITS = '〇零一二三四五六七八九';
const NUMBER_BEFORE_YI = `第十${DIGITS}`;
const NUMBER_AFTER_YI = `十${DIGITS}`;

/**
 * 了, 一 or 不 standing alone where no word pinyin-pro knows covers it, by the rules pinyin-pro
 * would apply, without asking it: 了 is liǎo with nothing before it and le after a character
 * (吃了); 一 and 不 keep their tone in numbers (第一, 十一, 九一八) and before 的, 之, 也 …, are neutral
 * between a repeated verb (说不说, 看一看), and otherwise change before a fourth tone (不是 bú,
 * 一个 yí) and, for 一, before the other tones (一天 yì). The next syllable is the one this
 * sentence reads (不应该 bù yīng gāi), where pinyin-pro would take the next character's first
 * reading on its own (bú yìng).
 */
function aloneChanged(e: Engine, s: Annotated, i: number): string {
	const { chars } = s;
	const ch = chars[i] ?? '';
	const before = chars[i - 1] ?? '';
	const after = chars[i + 1] ?? '';
	if (ch === '了') return before && ownReading(e, before) ? 'le' : 'liǎo';
	const own = CITATION[ch] ?? ch;
	const number = NUMBER_BEFORE_YI.includes(before || '_') || NUMBER_AFTER_YI.includes(after || '_');
	if (ch === '一' && number) return own;
	if (before && before === after && ownReading(e, before)) return plain(own);
	if (!after || (NO_SANDHI_BEFORE[ch] ?? '').includes(after)) return own;
	const next = s.readings[i + 1] || ownReading(e, after);
	const tone = next ? toNumbered(next).slice(-1) : '';
	if (tone === '4') return ch === '一' ? 'yí' : 'bú';
	return ch === '一' && '123'.includes(tone || '_') ? 'yì' : own;
}
/** Where `aloneChanged` reads, in the sentence being read. */
const toneChanges: number[] = [];

const wordIds: number[] = [];
/** Words of one reading read in context, to say as `saidAs` does: where each starts, and the reading. */
const sayAt: number[] = [];
const sayAs: (readonly string[])[] = [];

/**
 * Readings with a dictionary. Each stretch of Chinese outside glossary terms is cut into
 * dictionary words. A word with one reading in the dictionary reads so (with its neutral
 * tones, which the server's dictionary takes from pinyin-pro: 队伍 duì wu). pinyin-pro reads
 * in context, from a window of `CONTEXT` characters either side (all windows of a sentence in
 * one call): words of several readings, words with 一 or 不 (另一个 lìng yí gè), 一 不 了 alone,
 * and a character alone that a context word covers (see `AnnotatorData.contextWords`). Any other
 * character alone reads as pinyin-pro reads it on its own, as it would in the sentence.
 */
function dictionaryReadings(
	e: Engine,
	sentence: string,
	dict: Dictionary,
	table: ReadingTable
): Annotated {
	const { terms } = e;
	const chars = Array.from(sentence);
	const n = chars.length;
	const s: Annotated = {
		chars,
		readings: new Array<string>(n).fill(''),
		wordStart: new Array<boolean>(n).fill(true),
		alone: [],
		cover: new Array<Cover | undefined>(n).fill(undefined)
	};
	if (terms) applyTerms(s, terms);
	const inContext = new Uint8Array(n);
	let anyInContext = false;
	sayAt.length = sayAs.length = toneChanges.length = 0;
	for (let i = 0; i < n;) {
		if (!isHan(chars[i] ?? '') || s.cover[i]) {
			i++;
			continue;
		}
		let end = i;
		while (end < n && isHan(chars[end] ?? '') && !s.cover[end]) end++;
		let at = i;
		const widths = segmentWords(chars, dict, i, end, wordIds);
		for (let w = 0; w < widths.length; w++) {
			const width = widths[w] ?? 1;
			s.wordStart[at] = true;
			for (let k = 1; k < width; k++) s.wordStart[at + k] = false;
			if (width === 1) {
				const ch = chars[at] ?? '';
				s.readings[at] = ownReading(e, ch);
				const covered = e.contextWords?.covers(chars, at) ?? true;
				const special = ch === '一' || ch === '不' || ch === '了';
				if (special && !covered) {
					toneChanges.push(at); // once the next syllable is known
				} else if (special || covered) {
					inContext[at] = 1;
					anyInContext = true;
				}
			} else {
				const id = wordIds[w] ?? -1;
				// 一 and 不 change their tones with what follows (一样 yíyàng, 另一个 lìng yí gè, 第一
				// 部分 dì yī bùfen): a word that holds one is read in context.
				let sandhi = false;
				for (let k = 0; k < width; k++) {
					const c = chars[at + k];
					if (c === '一' || c === '不') sandhi = true;
				}
				if (!sandhi && id >= 0) {
					if (!table.onlyReading(id, chars, at, width, s.readings, at)) {
						inContext.fill(1, at, at + width);
						anyInContext = true;
					}
					at += width;
					continue;
				}
				const readings =
					id >= 0
						? table.readingsById(id, chars, at, width)
						: table.readings(chars.slice(at, at + width).join(''));
				const only = readings.length === 1 ? readings[0] : undefined;
				if (only && !sandhi) {
					for (let k = 0; k < width; k++) s.readings[at + k] = only[k] ?? '';
				} else {
					inContext.fill(1, at, at + width);
					anyInContext = true;
					if (only) {
						sayAt.push(at);
						sayAs.push(only);
					}
				}
			}
			at += width;
		}
		if (end < n) s.wordStart[end] = true;
		i = end;
	}
	if (anyInContext) readInContext(s, sentence, inContext);
	for (const at of toneChanges) s.readings[at] = aloneChanged(e, s, at);
	for (let q = 0; q < sayAt.length; q++) {
		const at = sayAt[q] ?? 0;
		(sayAs[q] ?? []).forEach((syllable, k) => {
			s.readings[at + k] = saidAs(chars[at + k] ?? '', k, syllable, s.readings[at + k] ?? '');
		});
	}
	return s;
}

/** 一 and 不 in their citation tones (yī, bù), undoing tone sandhi. */
function citationTones(s: Annotated): void {
	s.chars.forEach((ch, i) => {
		const citation = CITATION[ch];
		if (citation && plain(s.readings[i] ?? '') === plain(citation)) s.readings[i] = citation;
	});
}

/**
 * Characters whose neutral tone is grammar, not a habit of the word: particles (的 了 吗),
 * suffixes (桌子, 我们, 什么, 尾巴) and locative suffixes (里边, 外面). They stay neutral when
 * lexical neutral tones are written in full.
 */
const GRAMMATICAL_NEUTRAL = new Set(Array.from('的地得了着过吗呢吧啊呀哇啦嘛哪罢么们子巴边面里'));

/** The full tone of a character read with the letters of `syllable` by pinyin-pro, if any. */
function ownFullTone(e: Engine, ch: string, syllable: string): string | undefined {
	const own = ownReading(e, ch);
	return plain(own) === plain(syllable) && !toNumbered(own).endsWith('5') ? own : undefined;
}

/**
 * Lexical neutral tones in full: a neutral syllable inside a word (知识 zhīshi, 衣服 yīfu)
 * takes its full tone (zhīshí, yīfú), as in Taiwan usage and in data sets that write no
 * neutral tone there: the dictionary's, else the character's own. Grammatical neutral tones
 * (particles, suffixes) and glossary terms stay.
 */
function fullTones(e: Engine, s: Annotated): void {
	const dict = e.dictionary;
	let wordAt = 0;
	s.chars.forEach((ch, i) => {
		if (s.wordStart[i]) wordAt = i;
		const reading = s.readings[i] ?? '';
		if (s.wordStart[i] || s.cover[i] || GRAMMATICAL_NEUTRAL.has(ch)) return;
		if (!toNumbered(reading).endsWith('5')) return;
		let end = i + 1;
		while (end < s.chars.length && !s.wordStart[end]) end++;
		const word = s.chars.slice(wordAt, end).join('');
		const full = dict?.fullTone?.(word, i - wordAt, reading) ?? ownFullTone(e, ch, reading);
		if (full) s.readings[i] = full;
	});
}

/** Cut every occurrence of each span into the words written (readings stay as they are). */
function applySegments(s: Annotated, segments: readonly string[]): void {
	const text = s.chars.join('');
	for (const spec of segments) {
		const words = spec.split(' ').map((w) => Array.from(w).length);
		const span = spec.replaceAll(' ', '');
		for (let at = text.indexOf(span); at >= 0; at = text.indexOf(span, at + 1)) {
			let i = Array.from(text.slice(0, at)).length;
			const end = i + Array.from(span).length;
			for (const span of new Set(s.cover.slice(i, end))) {
				if (span) s.cover.fill(undefined, span.start, span.start + span.width);
			}
			for (const width of words) {
				setWord(s, i, s.readings.slice(i, i + width));
				i += width;
			}
		}
	}
}

function wordToken(text: string, readings: string[], term?: string): Token {
	const pinyinNum = new Array<string>(readings.length);
	// A character with no reading (𠮷, 㐀) has none in numbers either, not a bare tone 5.
	for (let k = 0; k < readings.length; k++) {
		const reading = readings[k] ?? '';
		pinyinNum[k] = reading ? toNumbered(reading) : '';
	}
	const token: Token = { text, kind: 'word', pinyin: readings, pinyinNum };
	if (term) token.term = term;
	return token;
}

/** Annotate one sentence (pinyin-pro needs sentence-sized input to choose well). */
function annotateSentence(e: Engine, sentence: string, options: AnnotateOptions): Token[] {
	let s: Annotated;
	if (e.dictionary && e.table) s = dictionaryReadings(e, sentence, e.dictionary, e.table);
	else {
		s = baseReadings(sentence);
		if (e.terms) applyTerms(s, e.terms);
	}
	applyWords(s, LEXICON, true, Boolean(e.dictionary));
	const n = s.chars.length;
	const alone = new Array<boolean>(n);
	for (let i = 0; i < n; i++) {
		alone[i] = s.wordStart[i] === true && (s.wordStart[i + 1] ?? true) && !s.cover[i];
	}
	s.alone = alone;
	const decided = applyRules(s);
	if (e.polyphones) applyLearned(s, decided, e.polyphones);
	if (options.neutralTones === false) fullTones(e, s);
	if (options.overrides) applyWords(s, options.overrides);
	if (options.segments) applySegments(s, options.segments);
	if (options.toneChanges === false) citationTones(s);

	// Characters i to j of the sentence: where every character is one UTF-16 unit (nearly
	// always), the string's own slice, without joining an array.
	const oneUnitEach = sentence.length === s.chars.length;
	const textOf = (i: number, j: number) =>
		oneUnitEach ? sentence.slice(i, j) : s.chars.slice(i, j).join('');
	const tokens: Token[] = [];
	for (const run of runSpans(s.chars)) {
		if (run.kind !== 'han') {
			const term = s.cover[run.start]?.term;
			const token: Token = { text: textOf(run.start, run.end), kind: run.kind };
			if (term) token.term = term;
			tokens.push(token);
			continue;
		}
		let start = run.start;
		for (let i = run.start + 1; i <= run.end; i++) {
			if (i === run.end || s.wordStart[i]) {
				const term = s.cover[start]?.term;
				tokens.push(wordToken(textOf(start, i), s.readings.slice(start, i), term));
				start = i;
			}
		}
	}
	return tokens;
}

/** Text -> tokens, sentence by sentence, with `e` (see `Annotator.annotate`). */
export function annotateWith(e: Engine, text: string, options: AnnotateOptions): Token[] {
	return splitSentences(text).flatMap((sentence) => annotateSentence(e, sentence, options));
}
