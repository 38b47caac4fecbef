import { z } from 'zod';
import { parseReading } from '../engine/syllable.ts';
import { DOCUMENT_ID, SENTENCE_ID, sentenceIds } from '../ids.ts';
import { ContentError, type YamlLines, type ContentProblem } from './content-error.ts';
import { badSyllables } from '../engine/pinyin-syllables.ts';
import { parseYaml } from './yaml-source.ts';

const HAN = /\p{Script=Han}/u;
const text = z.string().trim().min(1, 'must not be empty');

/**
 * A link a reader may follow: an absolute http: or https: address, written exactly so. No
 * other scheme (javascript:, data:, vbscript:, file:, …) and no relative address; no spaces or
 * control or invisible formatting characters (bidi overrides) anywhere: a browser drops tabs
 * and newlines (`java\tscript:` is a javascript: link to it) and trims the ends.
 */
export const webUrl = z.string().superRefine((url, ctx) => {
	const fail = (why: string) =>
		ctx.addIssue({ code: 'custom', message: `${why} (${JSON.stringify(url)})`, input: url });
	if (/[\s\p{Cc}\p{Cf}]/u.test(url)) {
		fail('must be a web address without spaces, control or formatting characters');
		return;
	}
	if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
		fail('must be an absolute web address starting https:// or http://');
	}
});

const sentenceIdSchema = z
	.string()
	.regex(SENTENCE_ID, 'must be lowercase letters, digits and single hyphens, not ending in -en');

const pairSchema = z.strictObject({
	/** The sentence's own id, kept however the document is edited; else one from its Chinese. */
	id: sentenceIdSchema.optional(),
	zh: text.refine((s) => HAN.test(s), 'has no Chinese characters'),
	// Optional: a sentence not (yet) translated has no `en`, and reads as '' (no English shown).
	// Written, it must not be empty.
	en: text.default('')
});

export const documentSchema = z.strictObject({
	title: z.strictObject({ zh: text, en: text }),
	source: z.strictObject({
		publisher: text.optional(),
		date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD'),
		language: text,
		url: webUrl.optional(),
		note: text.optional()
	}),
	licence: text.optional(),
	translator: text.optional(),
	notes: z.array(text).optional(),
	overrides: z
		.strictObject({
			/** word -> reading, e.g. `一要: yī yào` */
			pinyin: z.record(text, text).optional(),
			/** How to cut a span into words, spaces between the words: `作出`, `找 准`. */
			words: z.array(text).optional()
		})
		.optional(),
	/** Which sense a term means in a sentence: `p3s6: { 五位一体: certification-system }`. */
	senses: z.record(sentenceIdSchema, z.record(text, text)).optional(),
	paragraphs: z.array(z.array(pairSchema).min(1, 'a paragraph needs a sentence')).min(1)
});

export type DocumentSource = z.infer<typeof documentSchema>;

export interface LoadedDocument extends DocumentSource {
	id: string;
	file: string;
	/** Lines of the source file, for errors found later (against the glossary). */
	lines: YamlLines;
	/** Each sentence's id, [paragraph][sentence] (see `sentenceIds` in src/lib/ids.ts). */
	sentenceIds: string[][];
}

/** The id of a document's sentence pair (paragraph and sentence counted from 0). */
export function sentenceId(doc: LoadedDocument, paragraph: number, sentence: number): string {
	return doc.sentenceIds[paragraph]?.[sentence] ?? '';
}

/** A sentence id -> the path of its pair in the document's YAML. */
export function sentencePath(doc: LoadedDocument, sid: string): PropertyKey[] | undefined {
	for (const [p, ids] of doc.sentenceIds.entries()) {
		const s = ids.indexOf(sid);
		if (s >= 0) return ['paragraphs', p, s];
	}
	return undefined;
}

/** Two sentences may not have one id. */
function checkSentenceIds(doc: DocumentSource, lines: YamlLines, file: string): ContentProblem[] {
	const first = new Map<string, number>();
	const problems: ContentProblem[] = [];
	doc.paragraphs.forEach((pairs, p) =>
		pairs.forEach((pair, s) => {
			if (!pair.id) return;
			const line = lines.lineOf(['paragraphs', p, s, 'id']);
			const earlier = first.get(pair.id);
			if (earlier === undefined) first.set(pair.id, line);
			else
				problems.push({
					file,
					line,
					message: `duplicate sentence id "${pair.id}" (also line ${earlier})`
				});
		})
	);
	return problems;
}

/** Checks that need the whole document: overrides must name words the text has. */
function checkOverrides(doc: DocumentSource, lines: YamlLines, file: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const chinese = [doc.title.zh, ...doc.paragraphs.flat().map((p) => p.zh)].join('\n');
	for (const [word, reading] of Object.entries(doc.overrides?.pinyin ?? {})) {
		const line = lines.lineOf(['overrides', 'pinyin', word]);
		const chars = Array.from(word);
		const syllables = reading.trim().split(/\s+/);
		if (!chinese.includes(word)) {
			problems.push({
				file,
				line,
				message: `override for "${word}": the document has no such word`
			});
		} else if (syllables.length !== chars.length) {
			problems.push({
				file,
				line,
				message: `override for "${word}": ${chars.length} characters but ${syllables.length} syllables ("${reading}")`
			});
		} else {
			const bad = badSyllables(reading);
			if (bad.length > 0) {
				const message = `override for "${word}": not pinyin: ${bad.join(', ')}`;
				problems.push({ file, line, message });
			}
		}
	}
	(doc.overrides?.words ?? []).forEach((span, i) => {
		const line = lines.lineOf(['overrides', 'words', i]);
		if (!/^[\p{Script=Han}]+(?: [\p{Script=Han}]+)*$/u.test(span)) {
			problems.push({
				file,
				line,
				message: `word override "${span}": write Chinese words separated by single spaces`
			});
		} else if (!chinese.includes(span.replaceAll(' ', ''))) {
			problems.push({
				file,
				line,
				message: `word override "${span}": the document has no such text`
			});
		}
	});
	return problems;
}

/**
 * Parse and validate one document file's text (or its bytes, which must be UTF-8). Returns the document or the list of
 * problems (never throws for bad content).
 */
export function parseDocumentFile(
	id: string,
	file: string,
	source: string | Uint8Array
):
	| { document: LoadedDocument; problems: [] }
	| { document?: undefined; problems: ContentProblem[] } {
	const problems: ContentProblem[] = [];
	if (!DOCUMENT_ID.test(id)) {
		problems.push({
			file,
			line: 1,
			message: `file name "${id}" is not a valid document id (lowercase letters, digits and single hyphens)`
		});
	}
	const parsed = parseYaml(file, source, documentSchema);
	if (!parsed.data) return { problems: [...problems, ...parsed.problems] };
	const { data, lines } = parsed;
	problems.push(...checkOverrides(data, lines, file), ...checkSentenceIds(data, lines, file));
	if (problems.length > 0) return { problems };
	return {
		document: { ...data, id, file, lines, sentenceIds: sentenceIds(data.paragraphs) },
		problems: []
	};
}

/** Overrides as the engine takes them, readings normalised to tone marks. */
export function pinyinOverrides(doc: DocumentSource): Record<string, string> {
	return Object.fromEntries(
		Object.entries(doc.overrides?.pinyin ?? {}).map(([w, r]) => [w, parseReading(r).join(' ')])
	);
}

/** Segmentation overrides as the engine takes them. */
export function wordOverrides(doc: DocumentSource): string[] {
	return doc.overrides?.words ?? [];
}

/** Validate a set of files (name -> text) as one collection: ids must be unique. */
export function parseDocuments(
	files: readonly { file: string; id: string; source: string | Uint8Array }[]
): LoadedDocument[] {
	const problems: ContentProblem[] = [];
	const documents: LoadedDocument[] = [];
	const seen = new Map<string, string>();
	for (const { file, id, source } of files) {
		const first = seen.get(id);
		if (first) {
			problems.push({ file, line: 1, message: `duplicate document id "${id}" (also ${first})` });
			continue;
		}
		seen.set(id, file);
		const result = parseDocumentFile(id, file, source);
		if (result.document) documents.push(result.document);
		problems.push(...result.problems);
	}
	if (problems.length > 0) throw new ContentError(problems);
	return documents;
}
