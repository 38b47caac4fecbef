/**
 * All content, validated together: the build's one entry point (`content()`). The jobs live
 * in modules of their own: reading the files (content-files.ts), annotating and keeping the
 * tokens (annotated.ts), the checks and reports (content-checks.ts) and the routes' data
 * (page-data.ts); `Content` holds what they share.
 */
import { termIndex } from '../engine/annotate.ts';
import { createAnnotator, type AnnotatorData } from '../engine/annotator.ts';
import type { CedictDictionary } from '../engine/cedict.ts';
import type { AnnotateOptions, Token } from '../engine/types.ts';
import type {
	DocumentSummary,
	DocumentView,
	GlossaryEntryView,
	GlossaryItem,
	LookupData,
	Occurrence,
	TermCard
} from '../model.ts';
import { AnnotatedDocuments } from './annotated.ts';
import { readerData } from './annotator.ts';
import { consistencyReport, senseProblems, terminologyReport } from './content-checks.ts';
import { ContentError, type ContentProblem } from './content-error.ts';
import { contentRoot, loadDocuments, loadGlossary } from './content-files.ts';
import type { TermConsistency, TermRenderings, WordHint } from './consistency.ts';
import type { LoadedDocument } from './documents.ts';
import { formsOf, type GlossaryEntry } from './glossary.ts';
import { TermForms } from './term-forms.ts';
import {
	documentSummary,
	documentView,
	entryView,
	glossaryItems,
	lookupData,
	occurrences,
	termCard,
	termCards
} from './page-data.ts';

export { contentRoot, loadDocuments, loadGlossary };

export class Content {
	readonly documents: LoadedDocument[];
	readonly glossary: GlossaryEntry[];
	readonly #byId: Map<string, GlossaryEntry>;
	/** What the consistency report needs of each entry. */
	readonly renderings: Map<string, TermRenderings>;
	readonly annotated: AnnotatedDocuments;
	readonly dictionary: CedictDictionary | undefined;
	readonly #forms: TermForms;

	/** `data`: what to annotate with besides the glossary (the build: `readerData()`). */
	constructor(
		documents: LoadedDocument[],
		glossary: GlossaryEntry[],
		data: AnnotatorData & { dictionary?: CedictDictionary } = {}
	) {
		this.dictionary = data.dictionary;
		this.#forms = new TermForms(data);
		this.documents = [...documents].sort((a, b) => b.source.date.localeCompare(a.source.date));
		this.glossary = glossary;
		this.#byId = new Map(glossary.map((e) => [e.id, e]));
		this.renderings = new Map(
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
		// A term is read as said (五位一体 wǔ wèi yì tǐ), like every other word.
		const terms = termIndex(
			glossary.flatMap((e) =>
				formsOf(e).map((f) => ({ text: f.zh, pinyin: this.spoken(f.zh, f.pinyin), term: e.id }))
			)
		);
		this.annotated = new AnnotatedDocuments(createAnnotator({ ...data, glossary: terms }));
		const problems = this.documents.flatMap((d) => senseProblems(this, d));
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

	/** The words a glossary form is made of (TermForms.words: 倒逼 机制 for 倒逼机制). */
	termWords(zh: string): string[] {
		return this.#forms.words(zh);
	}

	/** A glossary reading as said (TermForms.spoken: 五位一体 wǔ wèi yì tǐ). */
	spoken(zh: string, pinyin: string): string {
		return this.#forms.spoken(zh, pinyin);
	}

	get annotator() {
		return this.annotated.annotator;
	}

	document(id: string): LoadedDocument | undefined {
		return this.documents.find((d) => d.id === id);
	}

	entry(id: string): GlossaryEntry | undefined {
		return this.#byId.get(id);
	}

	options(doc: LoadedDocument): AnnotateOptions {
		return this.annotated.options(doc);
	}

	tokens(doc: LoadedDocument, neutralTones = true): Token[][][] {
		return this.annotated.tokens(doc, neutralTones);
	}

	sentences(doc: LoadedDocument) {
		return this.annotated.sentences(doc);
	}

	terminologyReport(): ContentProblem[] {
		return terminologyReport(this);
	}

	consistency(doc: LoadedDocument): { terms: TermConsistency[]; hints: WordHint[] } {
		return consistencyReport(this, doc);
	}

	summarise(doc: LoadedDocument): DocumentSummary {
		return documentSummary(doc);
	}

	view(doc: LoadedDocument): DocumentView {
		return documentView(this, doc);
	}

	card(entry: GlossaryEntry): TermCard {
		return termCard(entry);
	}

	lookup(doc: LoadedDocument): LookupData {
		return lookupData(this, doc);
	}

	cards(doc: LoadedDocument): Record<string, TermCard> {
		return termCards(this, doc);
	}

	occurrences(term: string, width = 18): Occurrence[] {
		return occurrences(this, term, width);
	}

	entryView(entry: GlossaryEntry): GlossaryEntryView {
		return entryView(this, entry);
	}

	items(): GlossaryItem[] {
		return glossaryItems(this.glossary, (zh, pinyin) => this.spoken(zh, pinyin));
	}
}

let cache: Content | undefined;

/** All content, loaded once per process (the build). */
export function content(): Content {
	cache ??= Content.load();
	return cache;
}
