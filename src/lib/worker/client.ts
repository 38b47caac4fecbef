/**
 * The main thread's side of the annotation Worker: one Worker per page, started on the first
 * text; a text is sent whole and comes back paragraph by paragraph. The main thread never
 * runs the engine.
 */
import type { Corrections } from '../engine/corrections.ts';
import type { ParagraphView, RubyToken, TermCard } from '../model.ts';
import type { FromWorker, TextInput, ToWorker } from './protocol.ts';
import { paragraphsEnd } from '../reader/groups.ts';

export interface Annotated {
	titleTokens: RubyToken[];
	paragraphs: ParagraphView[];
	cards: Record<string, TermCard>;
	/** How long the Worker took: loading its data (0 once loaded) and annotating. */
	loadMs: number;
	annotateMs: number;
	bytes: number;
	/** What the annotation is made with (/annotator/version.json), kept with the text. */
	version: string;
}

export type AnnotationError = 'too-large' | 'load-failed' | 'failed' | 'no-worker';

export class AnnotationFailed extends Error {
	readonly reason: AnnotationError;
	constructor(reason: AnnotationError, detail: string) {
		super(`${reason}: ${detail}`);
		this.reason = reason;
	}
}

export interface Progress {
	phase: 'loading' | 'annotating';
	done: number;
	total: number;
	/** The text's first paragraphs as far as they are annotated (about HEAD characters). */
	head: ParagraphView[];
}

/** About how many characters of a text's beginning `Progress.head` holds. */
const HEAD = 1000;

let worker: Worker | undefined;
let jobs = 0;

function theWorker(): Worker {
	worker ??= new Worker(new URL('./annotate.worker.ts', import.meta.url), { type: 'module' });
	return worker;
}

/** Annotate a text in the Worker; `onProgress` hears how far it is. */
export function annotateInWorker(
	input: TextInput,
	base: string,
	onProgress: (p: Progress) => void,
	corrections?: Corrections
): Promise<Annotated> {
	return new Promise((resolve, reject) => {
		let w: Worker;
		try {
			w = theWorker();
		} catch (error) {
			reject(new AnnotationFailed('no-worker', String(error)));
			return;
		}
		const job = ++jobs;
		const paragraphs: ParagraphView[] = [];
		let head: ParagraphView[] = [];
		let next: ParagraphView[];
		let loadMs = 0;
		let bytes = 0;
		let version = '';
		const finish = () => {
			w.removeEventListener('message', listen);
			w.removeEventListener('error', fail);
		};
		const fail = (event: ErrorEvent) => {
			finish();
			worker?.terminate();
			worker = undefined;
			reject(new AnnotationFailed('failed', event.message));
		};
		const listen = (event: MessageEvent<FromWorker>) => {
			const m = event.data;
			if (m.job !== job) return;
			switch (m.type) {
				case 'loading':
					onProgress({ phase: 'loading', done: 0, total: 1, head: [] });
					break;
				case 'ready':
					loadMs = m.ms;
					bytes = m.bytes;
					version = m.version;
					onProgress({ phase: 'annotating', done: 0, total: 1, head: [] });
					break;
				case 'paragraphs':
					for (const [k, p] of m.paragraphs.entries()) paragraphs[m.from + k] = p;
					// The paragraphs arrive in order: the beginning is the first of them.
					next = paragraphs.slice(0, paragraphsEnd(paragraphs, 0, HEAD));
					if (next.length > head.length) head = next;
					onProgress({ phase: 'annotating', done: m.done, total: m.total, head });
					break;
				case 'done':
					finish();
					// For measurements (tests/bench/import-worker.ts): what the Worker took.
					performance.mark('duizhao:annotated', {
						detail: { loadMs, annotateMs: m.ms, paragraphs: paragraphs.length }
					});
					resolve({
						titleTokens: m.titleTokens,
						paragraphs,
						cards: m.cards,
						loadMs,
						annotateMs: m.ms,
						bytes,
						version
					});
					break;
				case 'error':
					finish();
					reject(new AnnotationFailed(m.error, m.detail));
					break;
			}
		};
		w.addEventListener('message', listen);
		w.addEventListener('error', fail);
		const message: ToWorker = {
			type: 'annotate',
			job,
			base,
			input,
			...(corrections ? { corrections } : {})
		};
		w.postMessage(message);
		// For measurements (tests/bench/import-worker.ts): when the main thread handed it over.
		performance.mark('duizhao:posted');
	});
}
