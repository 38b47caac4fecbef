/**
 * What the import page and its annotation Worker say to each other, and the shapes of the
 * data the Worker fetches. Plain data only: everything here crosses `postMessage`.
 */
import type { Corrections } from '../engine/corrections.ts';
import type { TermForm } from '../engine/types.ts';
import type { ParagraphView, RubyToken, TermCard } from '../model.ts';

/** /annotator/glossary.json: the forms the annotator matches, and what pages show of each entry. */
export interface GlossaryFile {
	forms: TermForm[];
	terms: Record<string, { card: TermCard; renderings: string[] }>;
}

/**
 * /annotator/version.json: what an annotation is made with, the engine's code and the data the
 * Worker loads (src/lib/server/annotation-version.ts). A stored text keeps the one it was
 * annotated with.
 */
export interface AnnotationVersionFile {
	version: string;
}

/** A text to annotate: its title and its sentence pairs, paragraph by paragraph. */
export interface TextInput {
	title: string;
	paragraphs: { zh: string; en?: string }[][];
}

/** At most this many characters are annotated (the whole input, title included). */
export const MAX_CHARACTERS = 200_000;

export type ToWorker = {
	type: 'annotate';
	job: number;
	/** Where the site is served from (`$app/paths` base): the data is fetched under it. */
	base: string;
	input: TextInput;
	/** The reader's corrections to apply (an imported text corrected on /text). */
	corrections?: Corrections;
};

export type FromWorker =
	| { type: 'loading'; job: number }
	/**
	 * The data is loaded and the annotator built: `ms` it took (0 when it was already), and
	 * the version of the engine and data (`AnnotationVersionFile`).
	 */
	| { type: 'ready'; job: number; ms: number; bytes: number; version: string }
	/** Paragraphs `from`, `from + 1`… annotated; `done` of `total` characters so far. */
	| {
			type: 'paragraphs';
			job: number;
			from: number;
			paragraphs: ParagraphView[];
			done: number;
			total: number;
	  }
	| {
			type: 'done';
			job: number;
			titleTokens: RubyToken[];
			/** The cards of the glossary entries the text uses. */
			cards: Record<string, TermCard>;
			ms: number;
	  }
	| { type: 'error'; job: number; error: 'too-large' | 'load-failed' | 'failed'; detail: string };

export function characterCount(input: TextInput): number {
	let n = input.title.length;
	for (const p of input.paragraphs) for (const s of p) n += s.zh.length;
	return n;
}
