import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { VocabularyStore } from '../vocabulary/store.svelte.ts';
import { wordId, type SavedWord } from '../vocabulary/word.ts';
import type { TextBody, TextMeta } from './record.ts';
import { TextsStore } from './store.ts';

const meta = (id: string, zh = '标题'): TextMeta => ({
	id,
	title: { zh },
	characters: 4,
	sentences: 1,
	english: false,
	createdAt: '2026-12-01T10:00:00.000Z'
});
const body = (id: string): TextBody => ({
	id,
	input: [[{ zh: '你好。' }]],
	titleTokens: [{ text: '标题', pinyin: ['biāo', 'tí'] }],
	paragraphs: [
		{
			sentences: [
				{ id: 'p1s1', zh: [{ text: '你好', pinyin: ['nǐ', 'hǎo'] }, { text: '。' }], en: [] }
			]
		}
	],
	cards: {}
});

const word: SavedWord = {
	id: wordId('认证', 'rèn zhèng'),
	hanzi: '认证',
	pinyin: 'rèn zhèng',
	definition: 'certification',
	source: {
		doc: 'certification-conference-2013',
		title: 'T',
		sentence: 'p1s1',
		zh: '认证。',
		en: 'C.'
	},
	savedAt: '2026-11-28T07:00:00.000Z'
};

/** A version 1 database, as the first Duizhao made it: saved words only. */
function version1(factory: IDBFactory, records: object[]): Promise<void> {
	return new Promise((resolve, reject) => {
		const req = factory.open('duizhao', 1);
		req.onupgradeneeded = () => req.result.createObjectStore('vocabulary', { keyPath: 'id' });
		req.onerror = () => reject(req.error);
		req.onsuccess = () => {
			const db = req.result;
			const tx = db.transaction('vocabulary', 'readwrite');
			for (const r of records) tx.objectStore('vocabulary').put(r);
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
		};
	});
}

function raw(factory: IDBFactory, store: string): Promise<unknown[]> {
	return new Promise((resolve) => {
		const req = factory.open('duizhao');
		req.onsuccess = () => {
			const get = req.result.transaction(store).objectStore(store).getAll();
			get.onsuccess = () => {
				req.result.close();
				resolve(get.result);
			};
		};
	});
}

describe('the version 2 database', () => {
	it('upgrades a version 1 database with saved words and keeps them as they were', async () => {
		const factory = new IDBFactory();
		await version1(factory, [
			{ ...word, v: 1 },
			{ id: 'x|y', broken: true }
		]);
		const texts = new TextsStore({ indexedDB: factory });
		expect(await texts.list()).toEqual({ texts: [], unreadable: 0 });
		texts.close();
		// In key order: 'x|y' sorts before '认证|…'.
		expect(await raw(factory, 'vocabulary')).toEqual([
			{ id: 'x|y', broken: true },
			{ ...word, v: 1 }
		]);
		const vocabulary = new VocabularyStore({ indexedDB: factory, pause: async () => {} });
		await vocabulary.open();
		expect(vocabulary.words).toEqual([word]);
		expect(vocabulary.unreadable).toBe(1);
		expect(vocabulary.problem).toBeNull();
		vocabulary.close();
	});

	it('opens for the vocabulary first, then for texts', async () => {
		const factory = new IDBFactory();
		await version1(factory, [{ ...word, v: 1 }]);
		const vocabulary = new VocabularyStore({ indexedDB: factory, pause: async () => {} });
		await vocabulary.open();
		vocabulary.close();
		const texts = new TextsStore({ indexedDB: factory });
		expect(await texts.add(meta('a'), body('a'))).toBe('saved');
		texts.close();
		expect(await raw(factory, 'vocabulary')).toEqual([{ ...word, v: 1 }]);
	});
});

describe('imported texts', () => {
	it('are stored, listed, read back, renamed, and deleted with an undo', async () => {
		const texts = new TextsStore({ indexedDB: new IDBFactory() });
		expect(await texts.add(meta('a'), body('a'))).toBe('saved');
		expect(await texts.add(meta('b', '另一个'), body('b'))).toBe('saved');
		expect((await texts.list()).texts.map((t) => t.id).sort()).toEqual(['a', 'b']);
		expect(await texts.get('a')).toEqual({ meta: meta('a'), body: body('a') });
		expect(await texts.get('zzz')).toBe('missing');
		expect(await texts.rename('a', { zh: '新标题', en: 'New' })).toBe(true);
		const got = await texts.get('a');
		expect(got !== 'missing' && got !== 'unreadable' && got.meta.title).toEqual({
			zh: '新标题',
			en: 'New'
		});
		const removed = await texts.remove('b');
		expect(removed).toEqual({ meta: meta('b', '另一个'), body: body('b') });
		expect(await texts.get('b')).toBe('missing');
		if (removed) expect(await texts.add(removed.meta, removed.body)).toBe('saved');
		expect(await texts.get('b')).toEqual({ meta: meta('b', '另一个'), body: body('b') });
		expect(await texts.ids()).toEqual(new Set(['a', 'b']));
	});

	it('never overwrite a record, readable or not; an unreadable one is counted and kept', async () => {
		const factory = new IDBFactory();
		const texts = new TextsStore({ indexedDB: factory });
		await texts.add(meta('a'), body('a'));
		expect(await texts.add(meta('a', '别的'), body('a'))).toBe('exists');
		expect((await texts.get('a')) !== 'missing' && (await texts.list()).texts[0]?.title.zh).toBe(
			'标题'
		);
		// A record from a newer version (a field this one does not know), and a damaged one.
		const newer = { ...meta('n'), v: 1, tags: ['x'] };
		await new Promise<void>((resolve) => {
			const req = factory.open('duizhao');
			req.onsuccess = () => {
				const tx = req.result.transaction(['texts', 'text-bodies'], 'readwrite');
				tx.objectStore('texts').put(newer);
				tx.objectStore('texts').put({ id: 'd', v: 1, title: 5 });
				tx.objectStore('text-bodies').put({
					...body('n'),
					v: 1,
					paragraphs: [{ sentences: [{ id: '<x>', zh: [], en: [] }] }]
				});
				tx.oncomplete = () => {
					req.result.close();
					resolve();
				};
			};
		});
		const again = new TextsStore({ indexedDB: factory });
		expect(await again.list()).toEqual({ texts: [meta('a')], unreadable: 2 });
		expect(await again.get('n')).toBe('unreadable');
		expect(await again.add(meta('n'), body('n'))).toBe('exists');
		expect(await again.rename('n', { zh: '改' })).toBe(false);
		expect(await again.remove('n')).toBeNull();
		expect(await raw(factory, 'texts')).toContainEqual(newer);
	});

	it('say when there is no storage', async () => {
		const texts = new TextsStore({ indexedDB: null });
		await expect(texts.list()).rejects.toMatchObject({ problem: 'unavailable' });
	});
});
