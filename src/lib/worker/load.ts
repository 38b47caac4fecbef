/**
 * The annotator of imported texts, built from the static files the build writes: the
 * dictionary's word list, readings and tones (/dictionary/: no entry shards, which only
 * lookups need) and the word lists, learned readings and glossary (/annotator/). The same
 * data as the reader pages' annotator, so a text reads the same here as there.
 */
import { termIndex } from '../engine/annotate.ts';
import { createAnnotator, type Annotator } from '../engine/annotator.ts';
import { readingDictionaryFromFiles } from '../engine/dictionary-files.ts';
import type { PolyphoneModel } from '../engine/learned.ts';
import type { PinyinWords } from '../engine/pinyin-words.ts';
import type { AnnotationVersionFile, GlossaryFile } from './protocol.ts';

/** What the loader needs of `fetch`. */
export type Get = (
	url: string
) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

export interface Engine {
	annotator: Annotator;
	glossary: GlossaryFile;
	/** Bytes of text fetched. */
	bytes: number;
	/** What the annotator is made with (/annotator/version.json). */
	version: string;
}

function isGlossaryFile(value: unknown): value is GlossaryFile {
	const v = value as Partial<GlossaryFile> | null;
	return (
		typeof v === 'object' &&
		v !== null &&
		Array.isArray(v.forms) &&
		v.forms.every(
			(f) =>
				typeof f?.text === 'string' && typeof f.pinyin === 'string' && typeof f.term === 'string'
		) &&
		typeof v.terms === 'object' &&
		v.terms !== null
	);
}

export function isVersionFile(value: unknown): value is AnnotationVersionFile {
	const v = value as Partial<AnnotationVersionFile> | null;
	return typeof v === 'object' && v !== null && typeof v.version === 'string' && v.version !== '';
}

const isObject = (v: unknown): v is Record<string, never> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

export async function loadEngine(get: Get, base = ''): Promise<Engine> {
	let bytes = 0;
	const text = async (path: string): Promise<string> => {
		const response = await get(`${base}${path}`);
		if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
		const body = await response.text();
		bytes += body.length;
		return body;
	};
	const json = async (path: string): Promise<unknown> => {
		const body = await text(path);
		try {
			return JSON.parse(body) as unknown;
		} catch {
			throw new Error(`${path}: not JSON`);
		}
	};
	const [
		meta,
		words,
		readings,
		tones,
		pinyinWords,
		contextWords,
		saidWords,
		polyphones,
		glossary,
		version
	] = await Promise.all([
		json('/dictionary/meta.json'),
		text('/dictionary/words.txt'),
		text('/dictionary/readings.txt'),
		json('/dictionary/tones.json'),
		json('/annotator/pinyin-words.json'),
		json('/annotator/context-words.json'),
		json('/annotator/said-words.json'),
		json('/annotator/polyphones.json'),
		json('/annotator/glossary.json'),
		json('/annotator/version.json')
	]);
	for (const [name, value] of Object.entries({ pinyinWords, contextWords, saidWords, polyphones }))
		if (!isObject(value)) throw new Error(`${name}: not an object`);
	if (!isGlossaryFile(glossary)) throw new Error('glossary.json: not a glossary file');
	if (!isVersionFile(version)) throw new Error('version.json: not a version file');
	const annotator = createAnnotator({
		pinyinWords: pinyinWords as unknown as PinyinWords,
		contextWords: contextWords as Record<string, number[]>,
		saidWords: saidWords as Record<string, string>,
		polyphones: polyphones as unknown as PolyphoneModel,
		dictionary: readingDictionaryFromFiles({ meta, words, readings, tones }),
		glossary: termIndex(glossary.forms)
	});
	return { annotator, glossary, bytes, version: version.version };
}
