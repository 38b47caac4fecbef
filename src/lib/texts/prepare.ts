/**
 * From what the import page has (the Chinese, a translation, a title) to a text to annotate,
 * and from the annotation to the records kept (record.ts); a kept text as a document YAML, and
 * such a file read back. The same steps as `npm run new-document`.
 */
import { parse } from 'yaml';
import { documentYaml, draftParagraphs, UNTRANSLATED } from '../import/document-yaml.ts';
import { documentId, takeTitle, uniqueId } from '../import/id.ts';
import { pairTexts, type Pairing } from '../import/pair.ts';
import type { Paragraph } from '../import/text.ts';
import type { Annotated } from '../worker/client.ts';
import type { TextInput } from '../worker/protocol.ts';
import {
	isCorrections,
	isDocumentAbout,
	type DocumentAbout,
	type TextBody,
	type TextMeta
} from './record.ts';
import type { Corrections } from '../engine/corrections.ts';

const HAN = /\p{Script=Han}/u;

export interface Prepared {
	title: { zh: string; en?: string };
	/** The title was taken from the text's first paragraph. */
	titleFromText: boolean;
	pairing: Pairing;
}

/**
 * Pair the paragraphs; without a title, a title-like first paragraph is the title (and, when
 * it is, the translation's first paragraph its English), else the first sentence, shortened.
 */
export function prepare(
	zh: readonly Paragraph[],
	en: readonly Paragraph[] | undefined,
	title: string
): Prepared {
	let zhParagraphs = [...zh];
	let enParagraphs = en ? [...en] : undefined;
	let titleZh = title.trim();
	let titleEn: string | undefined;
	let titleFromText = false;
	if (!titleZh) {
		const taken = takeTitle(zhParagraphs);
		if (taken.title !== undefined) {
			titleZh = taken.title;
			zhParagraphs = taken.rest;
			titleFromText = true;
			if (enParagraphs) {
				const takenEn = takeTitle(enParagraphs);
				if (takenEn.title !== undefined) {
					titleEn = takenEn.title;
					enParagraphs = takenEn.rest;
				}
			}
		}
	}
	const pairing = pairTexts(zhParagraphs, enParagraphs);
	if (!titleZh) {
		const chars = Array.from(pairing.paragraphs[0]?.pairs[0]?.zh ?? '');
		titleZh = chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : chars.join('');
		titleFromText = true;
	}
	const typed = titleFromText ? {} : titleOf(titleZh);
	return {
		title: { zh: titleZh, ...(titleEn ? { en: titleEn } : {}), ...typed },
		titleFromText,
		pairing
	};
}

/** A title in Latin letters is the English title; else the Chinese. */
export function titleOf(typed: string): { zh: string; en?: string } {
	const t = typed.trim();
	return HAN.test(t) || !t ? { zh: t } : { zh: t, en: t };
}

/** A paragraph with no Chinese at all (a `|` or `***` line) is left out, as the CLI leaves it out. */
export function textInput(prepared: Prepared): TextInput {
	return {
		title: prepared.title.zh,
		paragraphs: draftParagraphs(prepared.pairing).filter((p) => p.some((s) => HAN.test(s.zh)))
	};
}

/** The paragraphs (1-based) `textInput` leaves out. */
export function leftOut(prepared: Prepared): number[] {
	return prepared.pairing.paragraphs.flatMap((p, i) =>
		p.pairs.some((s) => HAN.test(s.zh)) ? [] : [i + 1]
	);
}

/** The id a new text is kept by: as the CLI makes one, and not one already taken. */
export function newTextId(title: string, text: string, now: Date, taken: ReadonlySet<string>) {
	return uniqueId(documentId(title, now.toISOString().slice(0, 10), text), taken);
}

export function textRecords(
	id: string,
	title: TextMeta['title'],
	input: TextInput,
	annotated: Pick<Annotated, 'titleTokens' | 'paragraphs' | 'cards'> & { version?: string },
	now: Date
): { meta: TextMeta; body: TextBody } {
	const sentences = input.paragraphs.flat();
	return {
		meta: {
			id,
			title,
			characters: sentences.reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0),
			sentences: sentences.length,
			english: sentences.some((s) => s.en !== undefined && s.en.trim() !== ''),
			createdAt: now.toISOString()
		},
		body: {
			id,
			input: input.paragraphs,
			titleTokens: annotated.titleTokens,
			paragraphs: annotated.paragraphs,
			cards: annotated.cards,
			...(annotated.version ? { annotatedWith: annotated.version } : {})
		}
	};
}

/** A kept text as a document file (translations/documents/<id>.yaml), ready to ship. */
export function exportYaml(meta: TextMeta, body: TextBody) {
	const { date, ...about } = body.about ?? {};
	return documentYaml({
		title: meta.title,
		// The source's date where the file it came from gave one; else the import's.
		date: date ?? meta.createdAt.slice(0, 10),
		...about,
		paragraphs: body.input,
		comment: `Imported into Duizhao on ${meta.createdAt.slice(0, 10)} as ${meta.id}.`,
		...(body.corrections ? { overrides: body.corrections } : {})
	});
}

export type YamlRead =
	| {
			ok: true;
			title: { zh: string; en?: string };
			paragraphs: { zh: string; en?: string }[][];
			/** The file's `overrides`, where it has any: kept as the text's corrections. */
			corrections?: Corrections;
			/** Its source, licence, translator and notes, where it has any. */
			about?: DocumentAbout;
			/**
			 * What the file has that an imported text does not keep: `senses` (which sense of a
			 * glossary term a sentence means) and `ids` (the sentences' own ids).
			 */
			dropped: ('senses' | 'ids')[];
	  }
	| { ok: false; problem: string };

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

/**
 * A document file read back: its title and sentence pairs, its overrides as corrections, and
 * its source, licence, translator and notes (kept with the text, and written back when it is
 * exported); `dropped` says what else it has that an imported text does not keep. The build's parser
 * (src/lib/server/documents.ts) is server code the browser bundle may not import, so this
 * checks the shape itself; `problem` says, in English, what is wrong.
 */
export function readDocumentYaml(source: string): YamlRead {
	let data: unknown;
	try {
		// No aliases worth expanding: a document has none (an alias bomb stops here).
		data = parse(source, { maxAliasCount: 100, prettyErrors: false });
	} catch (error) {
		return { ok: false, problem: `not YAML (${(error as Error).message.split('\n')[0]})` };
	}
	const doc = data as {
		title?: { zh?: unknown; en?: unknown };
		paragraphs?: unknown;
		overrides?: { words?: unknown; pinyin?: unknown } | null;
		source?: Record<string, unknown> | null;
		licence?: unknown;
		translator?: unknown;
		notes?: unknown;
		senses?: unknown;
	} | null;
	if (!doc || typeof doc !== 'object') return { ok: false, problem: 'not a document' };
	if (!isText(doc.title?.zh)) return { ok: false, problem: 'title.zh is missing' };
	if (!Array.isArray(doc.paragraphs) || doc.paragraphs.length === 0)
		return { ok: false, problem: 'it has no paragraphs' };
	const paragraphs: { zh: string; en?: string }[][] = [];
	let ids = false;
	for (const [p, para] of doc.paragraphs.entries()) {
		if (!Array.isArray(para) || para.length === 0)
			return { ok: false, problem: `paragraph ${p + 1} is not a list of sentences` };
		const pairs: { zh: string; en?: string }[] = [];
		for (const [s, pair] of para.entries()) {
			const v = pair as { zh?: unknown; en?: unknown; id?: unknown } | null;
			if (v?.id !== undefined) ids = true;
			if (!v || !isText(v.zh) || !HAN.test(v.zh))
				return { ok: false, problem: `paragraph ${p + 1}, sentence ${s + 1}: no Chinese` };
			if (v.en !== undefined && typeof v.en !== 'string')
				return { ok: false, problem: `paragraph ${p + 1}, sentence ${s + 1}: en is not text` };
			pairs.push(v.en?.trim() ? { zh: v.zh.trim(), en: v.en.trim() } : { zh: v.zh.trim() });
		}
		paragraphs.push(pairs);
	}
	const en = doc.title?.en;
	let corrections: Corrections | undefined;
	if (doc.overrides !== undefined && doc.overrides !== null) {
		const found = { words: doc.overrides.words ?? [], pinyin: doc.overrides.pinyin ?? {} };
		if (!isCorrections(found))
			return { ok: false, problem: 'overrides are not words and readings' };
		if (found.words.length > 0 || Object.keys(found.pinyin).length > 0) corrections = found;
	}
	const about = aboutOf(doc);
	if (typeof about === 'string') return { ok: false, problem: about };
	const senses = doc.senses;
	const dropped: ('senses' | 'ids')[] = [
		...(senses && typeof senses === 'object' && Object.keys(senses).length > 0
			? (['senses'] as const)
			: []),
		...(ids ? (['ids'] as const) : [])
	];
	return {
		...(corrections ? { corrections } : {}),
		...(about ? { about } : {}),
		dropped,
		ok: true,
		title: { zh: doc.title.zh.trim(), ...(isText(en) && en !== UNTRANSLATED ? { en } : {}) },
		paragraphs
	};
}

/** A document's source, licence, translator and notes, or what is wrong with them. */
function aboutOf(doc: {
	source?: Record<string, unknown> | null;
	licence?: unknown;
	translator?: unknown;
	notes?: unknown;
}): DocumentAbout | undefined | string {
	const source = doc.source ?? {};
	if (typeof source !== 'object' || Array.isArray(source)) return 'source is not a mapping';
	const texts = (pairs: [string, unknown][]) =>
		Object.fromEntries(
			pairs.flatMap(([k, v]) => (typeof v === 'string' && v.trim() ? [[k, v.trim()]] : []))
		);
	const about: Record<string, unknown> = {
		...texts([
			['publisher', source.publisher],
			['date', source.date],
			['url', source.url],
			['note', source.note],
			['licence', doc.licence],
			['translator', doc.translator]
		]),
		...(Array.isArray(doc.notes) && doc.notes.length > 0
			? { notes: doc.notes.map((n) => (typeof n === 'string' ? n.trim() : n)) }
			: {})
	};
	const { url, date } = about;
	if (url !== undefined && !/^https?:\/\/\S+$/i.test(String(url)))
		return 'source.url is not a web address';
	if (date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(String(date)))
		return 'source.date is not a date written YYYY-MM-DD';
	if (!isDocumentAbout(about)) return 'notes are not a list of text';
	return Object.keys(about).length > 0 ? about : undefined;
}
