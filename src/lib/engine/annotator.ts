/**
 * One annotator, built from its data: what it writes depends on that data and the text and
 * options it is given, nothing else, in Node, in a Worker and in tests alike.
 */
import { annotateWith, termIndex, type Engine, type OwnReadings } from './annotate.ts';
import { ContextWords } from './context-words.ts';
import type { Dictionary } from './dictionary.ts';
import type { PolyphoneModel } from './learned.ts';
import { usePinyinWords, type PinyinWords } from './pinyin-words.ts';
import { ReadingTable, type SaidWords } from './reading-table.ts';
import type { AnnotateOptions, TermForm, TermIndex, Token } from './types.ts';

export interface AnnotatorData {
	/**
	 * Words pinyin-pro reads with besides its own (the @pinyin-pro/data words it would
	 * misread: src/lib/server/pinyin-words.json). Without them, pinyin-pro's own only.
	 */
	pinyinWords?: PinyinWords;
	/**
	 * With a dictionary: the strings of two to five characters in which pinyin-pro reads a
	 * character otherwise than on its own (目的 dì, with the places of those characters:
	 * context-words.json); a lone polyphonic character is read in context only where one
	 * covers it. Without them, always.
	 */
	contextWords?: Readonly<Record<string, readonly number[]>> | ContextWords;
	/** With a dictionary: words of one reading said with a neutral tone (said-words.json). */
	saidWords?: SaidWords;
	/** Readings learned from examples, for lone characters no rule has read (learned.ts). */
	polyphones?: PolyphoneModel;
	/** A dictionary for word segmentation and word readings (cedict.ts). */
	dictionary?: Dictionary;
	/** Glossary forms (or their `termIndex`), matched first, longest first. */
	glossary?: readonly TermForm[] | TermIndex;
}

export interface Annotator {
	/**
	 * Text -> tokens. Chinese is cut into words, each with one pinyin syllable per character,
	 * read in context sentence by sentence. With a dictionary, words are dictionary words and
	 * take the dictionary's reading where it has only one. Glossary terms become single tokens
	 * with the glossary's pinyin; `overrides` win over everything else.
	 * The token texts concatenate to exactly `text`.
	 */
	annotate(text: string, options?: AnnotateOptions): Token[];
	readonly dictionary: Dictionary | undefined;
	readonly terms: TermIndex | undefined;
}

/** Caches that depend only on data, shared by annotators built from the same data. */
const ownReadings = new WeakMap<object, OwnReadings>();
const noWords = {};
const tables = new WeakMap<Dictionary, WeakMap<object, ReadingTable>>();
const contextWordSets = new WeakMap<object, ContextWords>();

function readingTable(dict: Dictionary, saidWords: SaidWords | undefined): ReadingTable {
	let byWords = tables.get(dict);
	if (!byWords) tables.set(dict, (byWords = new WeakMap()));
	let table = byWords.get(saidWords ?? noWords);
	if (!table) byWords.set(saidWords ?? noWords, (table = new ReadingTable(dict, saidWords)));
	return table;
}

export function createAnnotator(data: AnnotatorData = {}): Annotator {
	const { pinyinWords, dictionary, polyphones } = data;
	let own = ownReadings.get(pinyinWords ?? noWords);
	if (!own) ownReadings.set(pinyinWords ?? noWords, (own = { bmp: [], astral: new Map() }));
	let contextWords: ContextWords | undefined;
	if (data.contextWords instanceof ContextWords) contextWords = data.contextWords;
	else if (data.contextWords) {
		contextWords = contextWordSets.get(data.contextWords);
		if (!contextWords) {
			contextWords = new ContextWords(data.contextWords);
			contextWordSets.set(data.contextWords, contextWords);
		}
	}
	const glossary = data.glossary;
	const terms = glossary && 'forms' in glossary ? glossary : glossary && termIndex(glossary);
	const engine: Engine = {
		own,
		...(dictionary ? { dictionary, table: readingTable(dictionary, data.saidWords) } : {}),
		...(terms ? { terms } : {}),
		...(polyphones ? { polyphones } : {}),
		...(contextWords ? { contextWords } : {})
	};
	return {
		annotate(text, options = {}) {
			usePinyinWords(pinyinWords);
			return annotateWith(engine, text, options);
		},
		dictionary,
		terms
	};
}
