import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VocabularyStore } from './store.svelte.ts';
import { wordId, type SavedWord } from './word.ts';

const word = (hanzi: string, pinyin = 'cí', definition = 'a word'): SavedWord => ({
	id: wordId(hanzi, pinyin),
	hanzi,
	pinyin,
	definition,
	source: {
		doc: 'certification-conference-2013',
		title: 'Conference',
		sentence: 'p1s1',
		zh: `${hanzi}。`,
		en: 'A sentence.'
	},
	savedAt: '2026-11-28T07:00:00.000Z'
});

const open: VocabularyStore[] = [];
afterEach(() => {
	for (const store of open.splice(0)) store.close();
	vi.restoreAllMocks();
});

/** A store, as a tab has it, on `factory` (one browser's IndexedDB). */
async function tab(factory: IDBFactory): Promise<VocabularyStore> {
	const store = new VocabularyStore({ indexedDB: factory, pause: async () => {} });
	open.push(store);
	await store.open();
	return store;
}

function db(factory: IDBFactory): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		// The version there is (a new database: version 1, as the first Duizhao made it).
		const req = factory.open('duizhao');
		req.onupgradeneeded = () => req.result.createObjectStore('vocabulary', { keyPath: 'id' });
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error);
	});
}

async function putRaw(factory: IDBFactory, records: object[]): Promise<void> {
	const conn = await db(factory);
	const tx = conn.transaction('vocabulary', 'readwrite');
	for (const r of records) tx.objectStore('vocabulary').put(r);
	await new Promise((resolve) => (tx.oncomplete = resolve));
	conn.close();
}

async function getRaw(factory: IDBFactory): Promise<unknown[]> {
	const conn = await db(factory);
	const req = conn.transaction('vocabulary').objectStore('vocabulary').getAll();
	const all = await new Promise<unknown[]>(
		(resolve) => (req.onsuccess = () => resolve(req.result))
	);
	conn.close();
	return all;
}

/** Stored records this version cannot read: damaged, a newer version's, one with a newer field. */
const damaged = { ...word('坏'), v: 1, hanzi: 42 };
const newer = { ...word('新'), v: 2, audio: 'xin.mp3' };
const extraField = { ...word('多'), v: 1, note: 'from a newer version' };

describe('a stored record this version cannot read', () => {
	it('is counted, and kept exactly as it is by an import with the same id', async () => {
		const factory = new IDBFactory();
		await putRaw(factory, [damaged, newer, extraField]);
		const store = await tab(factory);
		expect(store.unreadable).toBe(3);
		expect(store.words).toEqual([]);

		const result = await store.import([word('坏'), word('新'), word('多'), word('好')]);
		expect(result).toEqual({ added: 1, kept: 0, unreadable: 3, notWritten: 0, pageOnly: false });
		const stored = await getRaw(factory);
		expect(stored).toEqual(expect.arrayContaining([damaged, newer, extraField]));
		expect(stored).toHaveLength(4);
		expect(store.words.map((w) => w.hanzi)).toEqual(['好']);
	});

	it('is kept by Save, which says so', async () => {
		const factory = new IDBFactory();
		await putRaw(factory, [newer]);
		const store = await tab(factory);
		expect(await store.save(word('新'))).toBe('unreadable');
		expect(await getRaw(factory)).toEqual([newer]);
		expect(store.has(word('新').id)).toBe(false);
	});

	it('is not deleted, even when this page lists a word of that id', async () => {
		const factory = new IDBFactory();
		const store = await tab(factory);
		await store.save(word('新'));
		await putRaw(factory, [newer]); // a newer version, in another tab, rewrote it
		expect(await store.remove(word('新').id)).toBeUndefined();
		expect(await getRaw(factory)).toEqual([newer]);
	});
});

describe('two tabs', () => {
	it('a word saved in one is kept as it is when the other imports or saves it', async () => {
		const factory = new IDBFactory();
		const [a, b] = [await tab(factory), await tab(factory)];
		expect(await a.save(word('重要', 'zhòng yào', 'first'))).toBe('saved');
		// b's list may not have it yet: the transaction, not the list, decides.
		expect(await b.import([word('重要', 'zhòng yào', 'second')])).toMatchObject({
			added: 0,
			kept: 1
		});
		expect(await b.save(word('重要', 'zhòng yào', 'third'))).toBe('exists');
		expect(await getRaw(factory)).toEqual([{ ...word('重要', 'zhòng yào', 'first'), v: 1 }]);
	});

	it('a save or import in one shows in the other', async () => {
		const factory = new IDBFactory();
		const [a, b] = [await tab(factory), await tab(factory)];
		await a.save(word('一'));
		await vi.waitFor(() => expect(b.words.map((w) => w.hanzi)).toEqual(['一']));
		await b.import([word('二'), word('三')]);
		await vi.waitFor(() => expect(a.words).toHaveLength(3));
		await b.remove(word('一').id);
		await vi.waitFor(() => expect(a.words).toHaveLength(2));
	});

	it('an export reads what is stored, not a stale list', async () => {
		const factory = new IDBFactory();
		const a = await tab(factory);
		await a.import(Array.from({ length: 402 }, (_, i) => word(`词${i}`)));
		const b = await tab(factory);
		await a.import([word('新词')]);
		await vi.waitFor(() => expect(b.words).toHaveLength(403));
		b.words = b.words.slice(0, 201); // as if it had missed the news

		expect((await b.current())?.length).toBe(403);
		expect(b.words).toHaveLength(403);
	});
});

describe('imports', () => {
	it('write 25,000 words in transactions of 500, pausing between them', async () => {
		const factory = new IDBFactory();
		let pauses = 0;
		const store = new VocabularyStore({ indexedDB: factory, pause: async () => void pauses++ });
		open.push(store);
		await store.open();
		const many = Array.from({ length: 25_000 }, (_, i) => word(`词${i}`));
		const result = await store.import(many);
		expect(result.added).toBe(25_000);
		expect(pauses).toBeGreaterThanOrEqual(50);
		expect(store.words).toHaveLength(25_000);
		expect(await getRaw(factory)).toHaveLength(25_000);
	}, 60_000);

	it('count only what committed when storage runs out', async () => {
		const factory = new IDBFactory();
		const store = await tab(factory);
		// Storage is full from the 1,200th record on: that batch's transaction aborts, as a
		// browser's does when it commits past its quota.
		const proto = Object.getPrototypeOf(
			(await db(factory)).transaction('vocabulary').objectStore('vocabulary')
		) as IDBObjectStore;
		const add = proto.add;
		let count = 0;
		vi.spyOn(proto, 'add').mockImplementation(function (this: IDBObjectStore, value, key) {
			const req = add.call(this, value, key);
			if (++count === 1200) {
				const tx = this.transaction as IDBTransaction & { _abort(name: string): void };
				queueMicrotask(() => tx._abort('QuotaExceededError'));
			}
			return req;
		});
		const result = await store.import(Array.from({ length: 2000 }, (_, i) => word(`词${i}`)));
		expect(result).toMatchObject({ added: 1000, notWritten: 1000 });
		expect(store.problem).toBe('quota');
		expect(await getRaw(factory)).toHaveLength(1000);
		expect(store.words).toHaveLength(1000);
	});
});

describe('an open that never answers', () => {
	it('is reported, and nothing claims to be saved or imported', async () => {
		const silent = {
			open: () => ({}) as IDBOpenDBRequest
		} as unknown as IDBFactory;
		const store = new VocabularyStore({ indexedDB: silent, openTimeoutMs: 20 });
		open.push(store);
		// open() itself waits on; the page hears of it through `problem` and `ready`.
		void store.open();
		await vi.waitFor(() => expect(store.problem).toBe('blocked'));
		expect(store.ready).toBe(true);
		expect(await store.save(word('一'))).toBe('failed');
		expect(await store.import([word('一'), word('二')])).toMatchObject({
			added: 0,
			notWritten: 2
		});
		expect(await store.current()).toBeNull();
	});
});
