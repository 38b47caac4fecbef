/**
 * A kept text, opened: read from storage and, when its annotation was made with another
 * engine or other data than the site has now (`TextBody.annotatedWith` against
 * /annotator/version.json), annotated again from its sentence pairs and corrections, and kept
 * so. The new body replaces the old one only once it is made and only if the stored one has
 * not changed meanwhile; when annotating or storing fails, the text opens as it was kept, and
 * the note says why.
 */
import type { Corrections } from '../engine/corrections.ts';
import { t } from '../i18n.ts';
import { annotateInWorker, AnnotationFailed, type Annotated } from '../worker/client.ts';
import { isVersionFile } from '../worker/load.ts';
import type { TextInput } from '../worker/protocol.ts';
import type { TextBody, TextMeta } from './record.ts';
import { TextStorageError, type TextsStore } from './store.ts';

/** The annotation a text is opened with: what it is now, and how to annotate a text. */
export interface TextAnnotation {
	/** The version annotations are made with now; rejects when it cannot be known. */
	current(): Promise<string>;
	annotate(
		input: TextInput,
		corrections: Corrections | undefined
	): Promise<Pick<Annotated, 'titleTokens' | 'paragraphs' | 'cards' | 'version'>>;
}

export interface OpenedText {
	meta: TextMeta;
	body: TextBody;
	/**
	 * 'kept': shown as it was kept (current, or the version could not be known); 'updated':
	 * annotated again and kept so; 'stale': annotated with another version, and annotating or
	 * storing it again failed.
	 */
	annotation: 'kept' | 'updated' | 'stale';
	/** What to tell the reader about it ('' when nothing). */
	note: string;
}

/** The site's annotation Worker and its version file, under `base` (`$app/paths`). */
export function workerAnnotation(base: string, get: typeof fetch = fetch): TextAnnotation {
	return {
		async current() {
			const response = await get(`${base}/annotator/version.json`, { cache: 'no-cache' });
			if (!response.ok) throw new Error(`version.json: HTTP ${response.status}`);
			const file: unknown = await response.json();
			if (!isVersionFile(file)) throw new Error('version.json: not a version file');
			return file.version;
		},
		annotate: (input, corrections) => annotateInWorker(input, base, () => undefined, corrections)
	};
}

const sameCorrections = (a: TextBody, b: TextBody) =>
	JSON.stringify(a.corrections ?? null) === JSON.stringify(b.corrections ?? null);

function failure(error: unknown): string {
	const problem =
		error instanceof TextStorageError
			? t(`import.storage.${error.problem}`)
			: t(`import.failed.${error instanceof AnnotationFailed ? error.reason : 'failed'}`);
	return t('text.staleAnnotation', { problem });
}

/** Open the text `id`: see the module's comment. Storage errors reading it are thrown. */
export async function openText(
	store: TextsStore,
	id: string,
	annotation: TextAnnotation
): Promise<OpenedText | 'missing' | 'unreadable'> {
	const got = await store.get(id);
	if (typeof got === 'string') return got;
	const { meta, body } = got;
	let current: string;
	try {
		current = await annotation.current();
	} catch {
		// Offline, say: the kept annotation is all there is to show.
		return { meta, body, annotation: 'kept', note: '' };
	}
	if (body.annotatedWith === current) return { meta, body, annotation: 'kept', note: '' };
	try {
		const input = { title: body.titleTokens.map((x) => x.text).join(''), paragraphs: body.input };
		const annotated = await annotation.annotate(input, body.corrections);
		const next: TextBody = {
			...body,
			titleTokens: annotated.titleTokens,
			paragraphs: annotated.paragraphs,
			cards: annotated.cards,
			annotatedWith: annotated.version
		};
		if (!(await store.putBody(next, (stored) => sameCorrections(stored, body))))
			throw new TextStorageError('write-failed');
		return { meta, body: next, annotation: 'updated', note: t('text.reannotated') };
	} catch (error) {
		return { meta, body, annotation: 'stale', note: failure(error) };
	}
}
