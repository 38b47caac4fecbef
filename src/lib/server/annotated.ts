/** The documents' Chinese, annotated once (per way of writing neutral tones) and kept. */
import type { Annotator } from '../engine/annotator.ts';
import type { AnnotateOptions, Token } from '../engine/types.ts';
import { pinyinOverrides, sentenceId, wordOverrides, type LoadedDocument } from './documents.ts';

export class AnnotatedDocuments {
	/** The glossary's terms and, for the build, the dictionary and the rest of `readerData`. */
	readonly annotator: Annotator;
	/** Annotated documents by id, and by how neutral tones are written (`tokens`). */
	readonly #annotated = new Map<string, Token[][][]>();

	constructor(annotator: Annotator) {
		this.annotator = annotator;
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

	/** A document's title as tokens (not kept: each page asks once). */
	title(doc: LoadedDocument, neutralTones = true): Token[] {
		return this.annotator.annotate(doc.title.zh, { ...this.options(doc), neutralTones });
	}

	/** Every sentence with its id, tokens and English. */
	*sentences(doc: LoadedDocument) {
		const tokens = this.tokens(doc);
		for (const [p, pairs] of doc.paragraphs.entries()) {
			for (const [s, pair] of pairs.entries()) {
				yield { id: sentenceId(doc, p, s), pair, tokens: tokens[p]?.[s] ?? [] };
			}
		}
	}
}
