/**
 * The data the reader pages and `duizhao annotate` read with, and annotators built from it.
 * The generated word lists are written by src/cli/build-pinyin-words.ts, the learned
 * readings by src/cli/learn-polyphones.ts; the dictionary comes from dictionary.ts. Server and
 * CLI only: the reader's browser bundle never imports this module.
 */
import { createAnnotator, type Annotator, type AnnotatorData } from '../engine/annotator.ts';
import type { CedictDictionary } from '../engine/cedict.ts';
import type { PinyinWords } from '../engine/pinyin-words.ts';
import type { TermForm, TermIndex } from '../engine/types.ts';
import contextWords from './context-words.json' with { type: 'json' };
import pinyinWords from './pinyin-words.json' with { type: 'json' };
import saidWords from './said-words.json' with { type: 'json' };
import { dictionary } from './dictionary.ts';
import { POLYPHONE_MODEL } from './polyphones.ts';

/**
 * The words of pinyin-pro's larger dictionary (`@pinyin-pro/data/complete`) that plain
 * pinyin-pro reads differently. On the CPP polyphone tuning slice they lift plain pinyin-pro
 * from 90.7% to 92.8%, and our engine with CC-CEDICT from 94.0% to 94.2%.
 */
export const PINYIN_WORDS = pinyinWords as unknown as PinyinWords;
export const CONTEXT_WORDS: Readonly<Record<string, readonly number[]>> = contextWords;
export const SAID_WORDS: Readonly<Record<string, string>> = saidWords;

/**
 * What the reader pages read with: pinyin-pro with the words above, CC-CEDICT and the
 * readings learned from the CPP data; `polyphones: false` leaves those out.
 */
export function readerData(
	options: { polyphones?: boolean } = {}
): AnnotatorData & { dictionary: CedictDictionary } {
	return {
		pinyinWords: PINYIN_WORDS,
		contextWords: CONTEXT_WORDS,
		saidWords: SAID_WORDS,
		dictionary: dictionary(),
		...(options.polyphones === false ? {} : { polyphones: POLYPHONE_MODEL })
	};
}

/** An annotator that reads as the reader pages do, with these glossary forms. */
export function readerAnnotator(glossary?: readonly TermForm[] | TermIndex): Annotator {
	return createAnnotator({ ...readerData(), ...(glossary ? { glossary } : {}) });
}
