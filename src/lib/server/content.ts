import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../engine/annotate.ts';
import type { Token } from '../engine/types.ts';
import type { DocumentSummary, DocumentView, RubyToken } from '../model.ts';
import { parseDocuments, pinyinOverrides, type LoadedDocument } from './documents.ts';

/** Where the human-edited content lives; `DUIZHAO_CONTENT` points elsewhere (tests, CLI). */
export function contentRoot(): string {
	return path.resolve(process.env.DUIZHAO_CONTENT ?? 'translations');
}

/** Read and validate every document file; throws a ContentError listing every problem. */
export function loadDocuments(root = contentRoot()): LoadedDocument[] {
	const dir = path.join(root, 'documents');
	const files = readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({
			file: path.relative(process.cwd(), path.join(dir, name)),
			id: name.replace(/\.ya?ml$/, ''),
			source: readFileSync(path.join(dir, name), 'utf8')
		}));
	return parseDocuments(files);
}

const HAN = /\p{Script=Han}/gu;

function toRuby(tokens: Token[]): RubyToken[] {
	return tokens.map((t) => (t.pinyin ? { text: t.text, pinyin: t.pinyin } : { text: t.text }));
}

export function summarise(doc: LoadedDocument): DocumentSummary {
	const sentences = doc.paragraphs.flat();
	return {
		id: doc.id,
		title: doc.title,
		date: doc.source.date,
		characters: sentences.reduce((n, s) => n + (s.zh.match(HAN)?.length ?? 0), 0),
		sentences: sentences.length
	};
}

/** Annotate a document for the reader: done once, at build time. */
export function toView(doc: LoadedDocument): DocumentView {
	const overrides = pinyinOverrides(doc);
	return {
		...summarise(doc),
		titleTokens: toRuby(annotate(doc.title.zh, { overrides })),
		source: {
			language: doc.source.language,
			...(doc.source.publisher ? { publisher: doc.source.publisher } : {}),
			...(doc.source.url ? { url: doc.source.url } : {}),
			...(doc.source.note ? { note: doc.source.note } : {})
		},
		...(doc.licence ? { licence: doc.licence } : {}),
		...(doc.translator ? { translator: doc.translator } : {}),
		notes: doc.notes ?? [],
		paragraphs: doc.paragraphs.map((pairs, p) => ({
			sentences: pairs.map((pair, s) => ({
				id: `p${p + 1}s${s + 1}`,
				zh: toRuby(annotate(pair.zh, { overrides })),
				en: pair.en
			}))
		}))
	};
}

let cache: LoadedDocument[] | undefined;

/** All documents, loaded once per process (the build), newest first. */
export function documents(): LoadedDocument[] {
	cache ??= loadDocuments().sort((a, b) => b.source.date.localeCompare(a.source.date));
	return cache;
}
