import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import type { Corrections } from '../engine/corrections.ts';
import { AnnotationFailed } from '../worker/client.ts';
import type { TextInput } from '../worker/protocol.ts';
import { openText, type TextAnnotation } from './open.ts';
import { isTextBody, type TextBody } from './record.ts';
import { kept } from './records.fixture.ts';
import { TextsStore, TextStorageError } from './store.ts';

const corrections: Corrections = { words: ['找准'], pinyin: { 一要: 'yī yào' } };

/** The annotation of `version`: every sentence one token, marked with the version. */
function annotation(version: string, calls: [TextInput, Corrections | undefined][] = []) {
	return {
		calls,
		current: async () => version,
		annotate: async (input: TextInput, c: Corrections | undefined) => {
			calls.push([input, c]);
			return {
				titleTokens: [{ text: input.title }],
				paragraphs: input.paragraphs.map((p, i) => ({
					sentences: p.map((s, k) => ({
						id: `p${i + 1}s${k + 1}`,
						zh: [{ text: s.zh, pinyin: [version] }],
						en: []
					}))
				})),
				cards: {},
				version
			};
		}
	} satisfies TextAnnotation & { calls: unknown[] };
}

/** A kept text, as a record from before annotations were versioned (no `annotatedWith`). */
async function keptOld(texts = new TextsStore({ indexedDB: new IDBFactory() })) {
	const { meta, body } = kept('一要找准问题。\n\n作出回答。', 'First.\n\nSecond.', '标题');
	const old: TextBody = { ...body, corrections };
	expect(old.annotatedWith).toBeUndefined();
	await texts.add(meta, old);
	return { texts, meta, old };
}

const pinyinOf = (body: TextBody) => body.paragraphs[0]?.sentences[0]?.zh[0]?.pinyin;

describe('opening a kept text', () => {
	it('annotates an old record again, with its corrections, and keeps it so', async () => {
		const { texts, meta, old } = await keptOld();
		const now = annotation('e1.d1');
		const opened = await openText(texts, 'a-text', now);
		if (typeof opened === 'string') throw new Error(opened);
		expect(opened.annotation).toBe('updated');
		expect(opened.note).toMatch(/annotated again/);
		expect(now.calls).toEqual([[{ title: '标题', paragraphs: old.input }, corrections]]);
		expect(pinyinOf(opened.body)).toEqual(['e1.d1']);
		expect(opened.body).toMatchObject({ annotatedWith: 'e1.d1', corrections, input: old.input });
		expect(await texts.get('a-text')).toEqual({ meta, body: opened.body });
	});

	it('leaves a text annotated with the current version as it is', async () => {
		const { texts } = await keptOld();
		await openText(texts, 'a-text', annotation('e1.d1'));
		const again = annotation('e1.d1');
		const opened = await openText(texts, 'a-text', again);
		expect(again.calls).toEqual([]);
		expect(opened).toMatchObject({ annotation: 'kept', note: '' });
	});

	it('annotates it again when the engine or its data changed', async () => {
		const { texts } = await keptOld();
		await openText(texts, 'a-text', annotation('e1.d1'));
		const opened = await openText(texts, 'a-text', annotation('e1.d2'));
		if (typeof opened === 'string') throw new Error(opened);
		expect(opened.annotation).toBe('updated');
		expect(pinyinOf(opened.body)).toEqual(['e1.d2']);
		const stored = await texts.get('a-text');
		expect(typeof stored !== 'string' && stored.body.annotatedWith).toBe('e1.d2');
	});

	it('shows the kept annotation, and says why, when annotating fails', async () => {
		const { texts, meta, old } = await keptOld();
		const failing: TextAnnotation = {
			current: async () => 'e2.d2',
			annotate: async () => {
				throw new AnnotationFailed('load-failed', 'HTTP 503');
			}
		};
		const opened = await openText(texts, 'a-text', failing);
		expect(opened).toMatchObject({ body: old, annotation: 'stale' });
		expect(typeof opened !== 'string' && opened.note).toMatch(
			/older dictionary.*could not be loaded/
		);
		expect(await texts.get('a-text')).toEqual({ meta, body: old });
	});

	it('shows the kept annotation, and says why, when storing the new one fails', async () => {
		const { texts, meta, old } = await keptOld();
		const putBody = vi.spyOn(texts, 'putBody').mockRejectedValueOnce(new TextStorageError('quota'));
		const opened = await openText(texts, 'a-text', annotation('e2.d2'));
		expect(putBody).toHaveBeenCalledOnce();
		expect(opened).toMatchObject({ body: old, annotation: 'stale' });
		expect(typeof opened !== 'string' && opened.note).toMatch(/storage is full/);
		expect(await texts.get('a-text')).toEqual({ meta, body: old });
	});

	it('does not overwrite corrections another tab made while it annotated', async () => {
		const { texts, meta, old } = await keptOld();
		const theirs: TextBody = { ...old, corrections: { words: [], pinyin: {} } };
		const now = annotation('e2.d2');
		const racing: TextAnnotation = {
			current: now.current,
			annotate: async (input, c) => {
				expect(await texts.putBody(theirs)).toBe(true);
				return now.annotate(input, c);
			}
		};
		const opened = await openText(texts, 'a-text', racing);
		expect(opened).toMatchObject({ body: old, annotation: 'stale' });
		expect(await texts.get('a-text')).toEqual({ meta, body: theirs });
	});

	it('opens the text as kept when the current version cannot be known (offline)', async () => {
		const { texts, old } = await keptOld();
		const offline = annotation('e2.d2');
		const opened = await openText(texts, 'a-text', {
			...offline,
			current: async () => {
				throw new TypeError('Failed to fetch');
			}
		});
		expect(offline.calls).toEqual([]);
		expect(opened).toMatchObject({ body: old, annotation: 'kept', note: '' });
	});

	it('says a text is missing or unreadable as the store does', async () => {
		const { texts } = await keptOld();
		expect(await openText(texts, 'other', annotation('e1.d1'))).toBe('missing');
	});
});

describe('a text body’s annotation version', () => {
	it('is optional (old records still read) and text when present', async () => {
		const { old } = await keptOld();
		expect(isTextBody(old)).toBe(true);
		expect(isTextBody({ ...old, annotatedWith: 'e1.d1' })).toBe(true);
		expect(isTextBody({ ...old, annotatedWith: 3 })).toBe(false);
		expect(isTextBody({ ...old, annotatedWith: null })).toBe(false);
	});
});
