import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { alignRenderings, hasRendering } from '../engine/align.ts';
import { termIndex } from '../engine/annotate.ts';
import { createAnnotator, type Annotator, type AnnotatorData } from '../engine/annotator.ts';
import { termSpans } from '../engine/spans.ts';
import type { AnnotateOptions, Token } from '../engine/types.ts';
import type {
	DocumentSummary,
	DocumentView,
	GlossaryEntryView,
	GlossaryItem,
	LookupData,
	Occurrence,
	RubyToken,
	TermCard,
	WordInfo,
	WordReading
} from '../model.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import {
	parseDocuments,
	pinyinOverrides,
	sentenceId,
	sentencePath,
	wordOverrides,
	type LoadedDocument
} from './documents.ts';
import {
	renderingsIn,
	termConsistency,
	wordHints,
	type TermConsistency,
	type TermRenderings,
	type WordHint
} from './consistency.ts';
import { formsOf, parseGlossary, type GlossaryEntry } from './glossary.ts';
import { readerData } from './annotator.ts';
import type { CedictDictionary } from '../engine/cedict.ts';
import { readings, termGroups, wordInfo } from './words.ts';
import { searchKeys } from './search-keys.ts';

/** Where the human-edited content lives; `DUIZHAO_CONTENT` points elsewhere (tests, CLI). */
export function contentRoot(): string {
	return path.resolve(process.env.DUIZHAO_CONTENT ?? 'translations');
}

/** A folder's YAML files, as bytes: the parser checks they are UTF-8 (not read as if they were). */
function readYamlFiles(dir: string): { file: string; name: string; source: Uint8Array }[] {
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({
			file: path.relative(process.cwd(), path.join(dir, name)),
			name,
			source: readFileSync(path.join(dir, name))
		}));
}

/** Read and validate every document file; throws a ContentError listing every problem. */
export function loadDocuments(root = contentRoot()): LoadedDocument[] {
	const files = readYamlFiles(path.join(root, 'documents'));
	return parseDocuments(files.map((f) => ({ ...f, id: f.name.replace(/\.ya?ml$/, '') })));
}

export function loadGlossary(root = contentRoot()): GlossaryEntry[] {
	return parseGlossary(readYamlFiles(path.join(root, 'glossary')));
}

/** All content, validated together: documents, glossary, and the senses that join them. */
export class Content {
	readonly documents: LoadedDocument[];
	readonly glossary: GlossaryEntry[];
	readonly #byId: Map<string, GlossaryEntry>;
	/** What the consistency report needs of each entry. */
	readonly #renderings: Map<string, TermRenderings>;
	/** The glossary's terms and, from the build on, the dictionary and the rest of `readerData`. */
	readonly annotator: Annotator;
	/** Annotated documents by id, and by how neutral tones are written (`tokens`). */
	readonly #annotated = new Map<string, Token[][][]>();

	readonly dictionary: CedictDictionary | undefined;

	/** `data`: what to annotate with besides the glossary (the build: `readerData()`). */
	constructor(
		documents: LoadedDocument[],
		glossary: GlossaryEntry[],
		data: AnnotatorData & { dictionary?: CedictDictionary } = {}
	) {
		this.dictionary = data.dictionary;
		this.documents = [...documents].sort((a, b) => b.source.date.localeCompare(a.source.date));
		this.glossary = glossary;
		this.#byId = new Map(glossary.map((e) => [e.id, e]));
		this.#renderings = new Map(
			glossary.map((e) => [
				e.id,
				{
					...e,
					formRenderings: new Map(
						(e.aliases ?? []).flatMap((a) => (a.renderings ? [[a.zh, a.renderings]] : []))
					)
				}
			])
		);
		const terms = termIndex(
			glossary.flatMap((e) => formsOf(e).map((f) => ({ text: f.zh, pinyin: f.pinyin, term: e.id })))
		);
		this.annotator = createAnnotator({ ...data, glossary: terms });
		const problems = this.documents.flatMap((d) => this.#checkSenses(d));
		if (problems.length > 0) throw new ContentError(problems);
	}

	static load(root = contentRoot()): Content {
		const problems: ContentProblem[] = [];
		const attempt = <T>(load: () => T[]): T[] => {
			try {
				return load();
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				problems.push(...error.problems);
				return [];
			}
		};
		const documents = attempt(() => loadDocuments(root));
		const glossary = attempt(() => loadGlossary(root));
		if (problems.length > 0) throw new ContentError(problems);
		return new Content(documents, glossary, readerData());
	}

	document(id: string): LoadedDocument | undefined {
		return this.documents.find((d) => d.id === id);
	}

	entry(id: string): GlossaryEntry | undefined {
		return this.#byId.get(id);
	}

	/** How `annotator` annotates a document's Chinese: with its overrides. */
	options(doc: LoadedDocument): AnnotateOptions {
		return { overrides: pinyinOverrides(doc), segments: wordOverrides(doc) };
	}

	/**
	 * The sentences of a document as tokens, annotated once: [paragraph][sentence]. With
	 * `neutralTones: false`, lexical neutral tones are written in full (认识 rèn shí), as the
	 * reader shows them when its "Neutral tones" switch is off.
	 */
	tokens(doc: LoadedDocument, neutralTones = true): Token[][][] {
		const key = `${doc.id}\n${neutralTones}`;
		let tokens = this.#annotated.get(key);
		if (!tokens) {
			const options = { ...this.options(doc), neutralTones };
			tokens = doc.paragraphs.map((pairs) =>
				pairs.map((pair) => this.annotator.annotate(pair.zh, options))
			);
			this.#annotated.set(key, tokens);
		}
		return tokens;
	}

	/** Every sentence with its id, tokens and English. */
	*sentences(doc: LoadedDocument) {
		const tokens = this.tokens(doc);
		for (const [p, pairs] of doc.paragraphs.entries()) {
			for (const [s, pair] of pairs.entries()) {
				yield { id: sentenceId(p, s), pair, tokens: tokens[p]?.[s] ?? [] };
			}
		}
	}

	/** Ambiguous terms need a sense chosen in the document; chosen senses must exist. */
	#checkSenses(doc: LoadedDocument): ContentProblem[] {
		const problems: ContentProblem[] = [];
		const chosen = doc.senses ?? {};
		const sentenceIds = new Set<string>();
		for (const { id, tokens } of this.sentences(doc)) {
			sentenceIds.add(id);
			const line = doc.lines.lineOf([...(sentencePath(id) ?? []), 'zh']);
			const termsHere = new Map(termSpans(tokens).map((span) => [span.text, span.term]));
			for (const [form, term] of termsHere) {
				const entry = this.#byId.get(term);
				if (!entry || entry.senses.length < 2 || chosen[id]?.[form]) continue;
				problems.push({
					file: doc.file,
					line,
					message: `${id}: "${form}" has ${entry.senses.length} senses (${entry.senses.map((s) => s.id).join(', ')}); choose one under senses: ${id}: ${form}: <sense>`
				});
			}
			for (const [form, sense] of Object.entries(chosen[id] ?? {})) {
				const at = doc.lines.lineOf(['senses', id, form]);
				const entry = this.#byId.get(termsHere.get(form) ?? '');
				if (!entry) {
					problems.push({
						file: doc.file,
						line: at,
						message: `${id} has no glossary term "${form}"`
					});
				} else if (!entry.senses.some((s) => s.id === sense)) {
					problems.push({
						file: doc.file,
						line: at,
						message: `${id}: "${form}" (${entry.id}) has no sense "${sense}"; it has ${entry.senses.map((s) => s.id).join(', ')}`
					});
				}
			}
		}
		for (const id of Object.keys(chosen)) {
			if (!sentenceIds.has(id)) {
				problems.push({
					file: doc.file,
					line: doc.lines.lineOf(['senses', id]),
					message: `senses: the document has no sentence ${id}`
				});
			}
		}
		return problems;
	}

	/** Sentences whose Chinese has a term but whose English has none of its renderings. */
	terminologyReport(): ContentProblem[] {
		const report: ContentProblem[] = [];
		for (const doc of this.documents) {
			for (const { id, pair, tokens } of this.sentences(doc)) {
				const seen = new Set<string>();
				for (const t of tokens) {
					const entry = t.term ? this.#byId.get(t.term) : undefined;
					if (!entry || seen.has(entry.id)) continue;
					seen.add(entry.id);
					if (hasRendering(pair.en, entry.renderings)) continue;
					report.push({
						file: doc.file,
						line: doc.lines.lineOf([...(sentencePath(id) ?? []), 'en']),
						message: `${id}: ${t.text} (${entry.id}): the English has none of ${entry.renderings.map((r) => `"${r}"`).join(', ')}`
					});
				}
			}
		}
		return report;
	}

	summarise(doc: LoadedDocument): DocumentSummary {
		const sentences = doc.paragraphs.flat();
		return {
			id: doc.id,
			title: doc.title,
			date: doc.source.date,
			characters: sentences.reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0),
			sentences: sentences.length
		};
	}

	/**
	 * Tokens for the page; a term's tokens carry the sense it has in this sentence, and a word
	 * whose neutral tones read otherwise in full carries that reading too (`full`, the same
	 * sentence annotated with `neutralTones: false`: the same tokens, other syllables).
	 */
	#ruby(tokens: Token[], sid?: string, doc?: LoadedDocument, full?: Token[]): RubyToken[] {
		const ruby: RubyToken[] = tokens.map((t, i) => {
			const inFull = full?.[i];
			const differs =
				t.pinyin &&
				inFull?.text === t.text &&
				inFull.pinyin?.some((syllable, k) => syllable !== t.pinyin?.[k]);
			return {
				text: t.text,
				...(t.pinyin ? { pinyin: t.pinyin } : {}),
				...(differs && inFull.pinyin ? { full: inFull.pinyin } : {}),
				...(t.term ? { term: t.term } : {})
			};
		});
		for (const span of termSpans(tokens)) {
			const entry = this.#byId.get(span.term);
			const sense =
				(sid && doc?.senses?.[sid]?.[span.text]) ||
				(entry?.senses.length === 1 ? entry.senses[0]?.id : undefined);
			if (!sense) continue;
			for (let i = span.first; i <= span.last; i++) (ruby[i] as RubyToken).sense = sense;
		}
		return ruby;
	}

	/** Annotate a document for the reader: done once, at build time. */
	view(doc: LoadedDocument): DocumentView {
		const tokens = this.tokens(doc);
		const full = this.tokens(doc, false);
		const options = this.options(doc);
		return {
			...this.summarise(doc),
			titleTokens: this.#ruby(
				this.annotator.annotate(doc.title.zh, options),
				undefined,
				undefined,
				this.annotator.annotate(doc.title.zh, { ...options, neutralTones: false })
			),
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
				sentences: pairs.map((pair, s) => {
					const id = sentenceId(p, s);
					const here = tokens[p]?.[s] ?? [];
					const terms = [...new Set(here.flatMap((t) => (t.term ? [t.term] : [])))];
					return {
						id,
						zh: this.#ruby(here, id, doc, full[p]?.[s]),
						en: alignRenderings(
							pair.en,
							terms.map((term) => ({ term, texts: this.#byId.get(term)?.renderings ?? [] }))
						)
					};
				})
			}))
		};
	}

	card(entry: GlossaryEntry): TermCard {
		return {
			id: entry.id,
			category: entry.category,
			headword: entry.headword,
			pinyin: entry.pinyin,
			aliases: entry.aliases ?? [],
			english: entry.english,
			...(entry.expansion ? { expansion: entry.expansion } : {}),
			senses: entry.senses,
			...(entry.uncertain ? { uncertain: entry.uncertain } : {})
		};
	}

	/** Everything a document's popovers need: its terms' cards and its words' entries. */
	lookup(doc: LoadedDocument): LookupData {
		const words: Record<string, WordInfo> = {};
		const groups = this.tokens(doc)
			.flat()
			.flatMap((tokens) => termGroups(tokens));
		const chars: Record<string, WordReading[]> = {};
		const dict = this.dictionary;
		if (dict) {
			for (const text of new Set(groups)) words[text] = wordInfo(dict, text);
			for (const text of Object.keys(words)) {
				for (const char of Array.from(text)) {
					if (!words[char] && !chars[char] && /\p{Script=Han}/u.test(char)) {
						chars[char] = readings(dict, char, 3);
					}
				}
			}
		}
		return { terms: this.cards(doc), words, chars };
	}

	/** The cards of the terms a document uses. */
	cards(doc: LoadedDocument): Record<string, TermCard> {
		const ids = new Set(
			this.tokens(doc)
				.flat(2)
				.flatMap((t) => (t.term ? [t.term] : []))
		);
		return Object.fromEntries(
			[...ids].flatMap((id) => {
				const entry = this.#byId.get(id);
				return entry ? [[id, this.card(entry)]] : [];
			})
		);
	}

	/**
	 * The consistency report of a document: each glossary term used more than once, with the
	 * rendering at each use and a problem where they disagree; and, as hints, repeated words
	 * that are not terms whose dictionary senses in the English plainly differ.
	 */
	consistency(doc: LoadedDocument): { terms: TermConsistency[]; hints: WordHint[] } {
		const sentences = [...this.sentences(doc)].map(({ id, pair, tokens }) => ({
			id,
			en: pair.en,
			tokens,
			line: doc.lines.lineOf([...(sentencePath(id) ?? []), 'en']),
			...(doc.senses?.[id] ? { senses: doc.senses[id] } : {})
		}));
		const dict = this.dictionary;
		const sensesOf = (word: string) => (dict ? dict.lookup(word).flatMap((e) => e.senses) : []);
		return {
			terms: termConsistency(sentences, this.#renderings),
			hints: wordHints(sentences, sensesOf)
		};
	}

	/** Every use of a term in every document, as keyword in context. */
	occurrences(term: string, width = 18): Occurrence[] {
		const found: Occurrence[] = [];
		const entry = this.#byId.get(term);
		if (!entry) return found;
		for (const doc of this.documents) {
			for (const { id, pair, tokens } of this.sentences(doc)) {
				for (const span of termSpans(tokens)) {
					if (span.term !== term) continue;
					const sense = doc.senses?.[id]?.[span.text];
					found.push({
						doc: doc.id,
						docTitle: doc.title.en,
						sentence: id,
						...(sense ? { sense } : {}),
						before: Array.from(pair.zh.slice(0, span.offset)).slice(-width).join(''),
						match: span.text,
						after: Array.from(pair.zh.slice(span.offset + span.text.length))
							.slice(0, width)
							.join(''),
						en: alignRenderings(pair.en, [{ term, texts: entry.renderings }]),
						renderings: renderingsIn(pair.en, entry)
					});
				}
			}
		}
		return found;
	}

	entryView(entry: GlossaryEntry): GlossaryEntryView {
		return {
			...this.card(entry),
			renderings: entry.renderings,
			related: (entry.related ?? []).flatMap((id) => {
				const rel = this.#byId.get(id);
				return rel ? [{ id, headword: rel.headword, name: rel.english.name }] : [];
			}),
			notes: entry.notes ?? [],
			occurrences: this.occurrences(entry.id)
		};
	}

	items(): GlossaryItem[] {
		return this.glossary.map((e) => ({
			id: e.id,
			category: e.category,
			headword: e.headword,
			pinyin: e.pinyin,
			name: e.english.name,
			...(e.english.abbreviation ? { abbreviation: e.english.abbreviation } : {}),
			keys: searchKeys(e)
		}));
	}
}

let cache: Content | undefined;

/** All content, loaded once per process (the build). */
export function content(): Content {
	cache ??= Content.load();
	return cache;
}
