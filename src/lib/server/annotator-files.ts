/**
 * What an annotator in the browser reads besides the dictionary, as static JSON files (the
 * build writes them under /annotator/: src/routes/annotator/[file]/+server.ts): the reader's
 * word lists and learned readings (annotator.ts) and the glossary's forms, cards and
 * renderings; and `version.json`, what an annotation made from them and the dictionary's files
 * is made with (annotation-version.ts). Made once per process.
 */

import type { AnnotationVersionFile, GlossaryFile } from '../worker/protocol.ts';
import {
	annotationVersion,
	dataHash,
	engineHash,
	WORKER_DICTIONARY_FILES
} from './annotation-version.ts';
import { CONTEXT_WORDS, PINYIN_WORDS, SAID_WORDS } from './annotator.ts';
import { content } from './content.ts';
import { formsOf } from './glossary.ts';
import { staticDictionaryFiles } from './dictionary-files.ts';
import { termCard } from './page-data.ts';
import { POLYPHONE_MODEL } from './polyphones.ts';

let cache: Map<string, string> | undefined;

export function annotatorFiles(): Map<string, string> {
	if (cache) return cache;
	const all = content();
	const { glossary } = all;
	const file: GlossaryFile = {
		forms: glossary.flatMap((e) =>
			formsOf(e).map((f) => ({ text: f.zh, pinyin: all.spoken(f.zh, f.pinyin), term: e.id }))
		),
		terms: Object.fromEntries(
			glossary.map((e) => [e.id, { card: termCard(e, all), renderings: e.renderings }])
		)
	};
	const files = new Map([
		['pinyin-words.json', JSON.stringify(PINYIN_WORDS)],
		['context-words.json', JSON.stringify(CONTEXT_WORDS)],
		['said-words.json', JSON.stringify(SAID_WORDS)],
		['polyphones.json', JSON.stringify(POLYPHONE_MODEL)],
		['glossary.json', JSON.stringify(file)]
	]);
	const dictionary = staticDictionaryFiles();
	const loaded = new Map([
		...[...files].map(([name, body]) => [`annotator/${name}`, body] as const),
		...WORKER_DICTIONARY_FILES.map(
			(name) => [`dictionary/${name}`, dictionary.get(name) ?? ''] as const
		)
	]);
	const version: AnnotationVersionFile = {
		version: annotationVersion(engineHash(), dataHash(loaded))
	};
	files.set('version.json', JSON.stringify(version));
	cache = files;
	return cache;
}
