/// <reference lib="webworker" />
/**
 * The annotation Worker of the import page: loads the annotator's data once (load.ts), then
 * annotates each text it is sent paragraph by paragraph, posting the paragraphs as they are
 * done, so that the page shows progress and no message it receives is large.
 */
import { annotateParagraph, annotateTitle, correctionOptions, pageTerms } from './annotate-text.ts';
import { loadEngine, type Engine } from './load.ts';
import type { ParagraphView } from '../model.ts';
import { characterCount, MAX_CHARACTERS, type FromWorker, type ToWorker } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

/** Paragraphs are posted at least this often while a text is annotated. */
const POST_EVERY_MS = 40;

let engine: Promise<Engine> | undefined;
const post = (message: FromWorker) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<ToWorker>) => {
	const { job, input, base, corrections } = event.data;
	const options = correctionOptions(corrections);
	const total = characterCount(input);
	if (total > MAX_CHARACTERS) {
		post({ type: 'error', job, error: 'too-large', detail: String(total) });
		return;
	}
	const started = performance.now();
	let loaded: Engine;
	try {
		if (!engine) {
			post({ type: 'loading', job });
			engine = loadEngine((url) => fetch(url), base);
		}
		loaded = await engine;
	} catch (error) {
		engine = undefined;
		post({ type: 'error', job, error: 'load-failed', detail: String(error) });
		return;
	}
	post({
		type: 'ready',
		job,
		ms: performance.now() - started,
		bytes: loaded.bytes,
		version: loaded.version
	});
	try {
		const begun = performance.now();
		const term = pageTerms(loaded.glossary);
		let from = 0;
		let done = 0;
		let batch: ParagraphView[] = [];
		let last = performance.now();
		const terms = new Set<string>();
		const flush = () => {
			post({ type: 'paragraphs', job, from, paragraphs: batch, done, total });
			from += batch.length;
			batch = [];
			last = performance.now();
		};
		for (const [p, pairs] of input.paragraphs.entries()) {
			const view = annotateParagraph(
				loaded.annotator,
				term,
				pairs,
				p,
				(n) => {
					done += n;
					// A long paragraph: progress before it is done.
					if (performance.now() - last >= POST_EVERY_MS) flush();
				},
				options
			);
			for (const s of view.sentences) for (const t of s.zh) if (t.term) terms.add(t.term);
			batch.push(view);
			if (performance.now() - last >= POST_EVERY_MS) flush();
		}
		if (batch.length > 0) flush();
		const titleTokens = annotateTitle(loaded.annotator, term, input.title, options);
		for (const t of titleTokens) if (t.term) terms.add(t.term);
		const cards = Object.fromEntries(
			[...terms].flatMap((id) => {
				const entry = loaded.glossary.terms[id];
				return entry ? [[id, entry.card]] : [];
			})
		);
		post({ type: 'done', job, titleTokens, cards, ms: performance.now() - begun });
	} catch (error) {
		post({ type: 'error', job, error: 'failed', detail: String(error) });
	}
};
