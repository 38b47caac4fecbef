import { nextTask } from './export';
import { FORMAT_VERSION, idsOf, isSavedWord, withWords, type SavedWord } from './word';

import { DB_NAME, DB_VERSION, upgradeDatabase, VOCABULARY as STORE } from '../db';

/** Tabs of the site tell each other here that the saved words changed. */
const CHANNEL = 'duizhao-vocabulary';
/** How long an open of the database may go unanswered before the page says so. */
const OPEN_TIMEOUT_MS = 4000;
/** Words per write transaction, and records per read request. */
const WRITE_BATCH = 500;
const READ_BATCH = 1000;
/** Records checked between pauses. */
const CHECK_STEP = 5000;

export type StorageProblem =
	/** No IndexedDB (private mode, storage turned off): words are kept for this page only. */
	| 'unavailable'
	/** The open never answered, or is held up by another tab. */
	| 'blocked'
	/** The database was written by a newer Duizhao (a higher version). */
	| 'newer-storage'
	/** Another tab upgraded or closed the database: this page must be reloaded. */
	| 'reload'
	| 'read-failed'
	| 'quota'
	| 'write-failed';

export type SaveResult = 'saved' | 'exists' | 'unreadable' | 'failed';

export interface ImportResult {
	/** Words added, by transactions that committed. */
	added: number;
	/** Words already saved, kept as they were. */
	kept: number;
	/** Words already stored in a record this version cannot read, which was kept as it is. */
	unreadable: number;
	/** Words not written because a write failed or storage did not answer (`problem` says why). */
	notWritten: number;
	/** Storage is unavailable: the words were added for this page only. */
	pageOnly: boolean;
}

export interface StoreOptions {
	/** The IndexedDB to use; null for none. The browser's by default. */
	indexedDB?: IDBFactory | null;
	openTimeoutMs?: number;
	/** What the store waits on between steps of long work. */
	pause?: () => Promise<void>;
}

/** A stored record as a saved word, or null when this version cannot read it. */
export function readRecord(record: unknown): SavedWord | null {
	if (typeof record !== 'object' || record === null) return null;
	const { v, ...word } = record as Record<string, unknown>;
	return v === FORMAT_VERSION && isSavedWord(word) ? word : null;
}

const problemOf = (error: unknown): StorageProblem =>
	(error as { name?: unknown } | null)?.name === 'QuotaExceededError' ? 'quota' : 'write-failed';

/** Every record in the store, read in one transaction a batch per request. */
function readAllRecords(db: IDBDatabase): Promise<unknown[]> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE, 'readonly');
		const store = tx.objectStore(STORE);
		const records: unknown[] = [];
		const next = (after?: IDBValidKey) => {
			const req = store.getAll(
				after === undefined ? null : IDBKeyRange.lowerBound(after, true),
				READ_BATCH
			);
			req.onsuccess = () => {
				for (const r of req.result) records.push(r);
				const last = req.result.at(-1) as { id: IDBValidKey } | undefined;
				if (req.result.length === READ_BATCH && last) next(last.id);
			};
		};
		next();
		tx.oncomplete = () => resolve(records);
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB read aborted'));
	});
}

/**
 * Add words in one transaction, each only where its id is free: a stored record, readable
 * or not, is never replaced. Resolves when the transaction has committed.
 */
function addBatch(
	db: IDBDatabase,
	words: readonly SavedWord[]
): Promise<{ added: SavedWord[]; kept: number; unreadable: number }> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE, 'readwrite');
		const store = tx.objectStore(STORE);
		const added: SavedWord[] = [];
		let kept = 0;
		let unreadable = 0;
		tx.oncomplete = () => resolve({ added, kept, unreadable });
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
		try {
			for (const word of words) {
				// Plain data: a state proxy cannot be cloned into IndexedDB.
				const req = store.add({ ...$state.snapshot(word), v: FORMAT_VERSION });
				req.onsuccess = () => added.push(word);
				req.onerror = (event) => {
					if (req.error?.name !== 'ConstraintError') return; // the transaction aborts
					// The id is taken: keep what is there, and say whether it can be read.
					event.preventDefault();
					event.stopPropagation();
					const get = store.get(word.id);
					get.onsuccess = () => (readRecord(get.result) ? kept++ : unreadable++);
				};
			}
		} catch (error) {
			reject(error);
			tx.abort();
		}
	});
}

/** Delete a word's record, only if it is still one this version reads. */
function removeRecord(db: IDBDatabase, id: string): Promise<boolean> {
	return new Promise((resolve, reject) => {
		const tx = db.transaction(STORE, 'readwrite');
		const store = tx.objectStore(STORE);
		let removed = false;
		const get = store.get(id);
		get.onsuccess = () => {
			if (!readRecord(get.result)) return;
			store.delete(id);
			removed = true;
		};
		tx.oncomplete = () => resolve(removed);
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
	});
}

type Mode = 'opening' | 'open' | 'page-only' | 'blocked' | 'closed';

/**
 * Saved words, kept in the browser's IndexedDB. A stored record that cannot be read
 * (damaged, or written by a newer version) is counted and never touched: every write adds
 * only where an id is free, inside the transaction, so this holds across tabs too. Tabs
 * tell each other of changes (BroadcastChannel) and read again when shown. When IndexedDB
 * is unavailable words are kept for this page only; when it does not answer, or a write
 * fails, `problem` says so.
 */
export class VocabularyStore {
	words = $state.raw<SavedWord[]>([]);
	ready = $state(false);
	/** Stored records this version cannot read (kept as they are). */
	unreadable = $state(0);
	problem = $state<StorageProblem | null>(null);
	/** How far an import's writing is. */
	progress = $state<{ done: number; total: number } | null>(null);

	/** The ids of `words`, replaced with it (never changed in place). */
	#ids = $state.raw(idsOf([]));
	#db: IDBDatabase | null = null;
	#mode: Mode = 'opening';
	#settle: () => void = () => {};
	/** Resolves once the open has answered, failed or timed out. */
	#settled = new Promise<void>((resolve) => (this.#settle = resolve));
	#timer: ReturnType<typeof setTimeout> | undefined;
	#channel: BroadcastChannel | null = null;
	#reads = 0;
	readonly #options: StoreOptions;

	constructor(options: StoreOptions = {}) {
		this.#options = options;
	}

	get #pause(): () => Promise<void> {
		return this.#options.pause ?? nextTask;
	}

	async open(): Promise<void> {
		const factory =
			'indexedDB' in this.#options
				? this.#options.indexedDB
				: typeof indexedDB === 'undefined'
					? null
					: indexedDB;
		let req: IDBOpenDBRequest;
		try {
			if (!factory) throw new Error('no IndexedDB');
			req = factory.open(DB_NAME, DB_VERSION);
		} catch {
			this.#pageOnly('unavailable');
			return;
		}
		req.onupgradeneeded = () => upgradeDatabase(req.result);
		const notAnswering = () => {
			if (this.#mode !== 'opening') return;
			this.#mode = 'blocked';
			this.problem = 'blocked';
			this.ready = true;
			this.#settle();
		};
		req.onblocked = notAnswering;
		this.#timer = setTimeout(notAnswering, this.#options.openTimeoutMs ?? OPEN_TIMEOUT_MS);
		let db: IDBDatabase;
		try {
			db = await new Promise<IDBDatabase>((resolve, reject) => {
				req.onsuccess = () => resolve(req.result);
				req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
			});
		} catch (error) {
			clearTimeout(this.#timer);
			const newer = (error as { name?: unknown } | null)?.name === 'VersionError';
			if (this.#mode !== 'closed') this.#pageOnly(newer ? 'newer-storage' : 'unavailable');
			return;
		}
		clearTimeout(this.#timer);
		if (this.#mode === 'closed') {
			db.close();
			return;
		}
		// A late answer still counts: the page carries on with what is stored.
		this.#db = db;
		this.#mode = 'open';
		if (this.problem === 'blocked') this.problem = null;
		db.onversionchange = () => this.#lost(db);
		db.onclose = () => this.#lost(db);
		this.#listen();
		await this.refresh();
		this.ready = true;
		this.#settle();
	}

	/** Stop listening to other tabs and close the database. */
	close(): void {
		this.#mode = 'closed';
		clearTimeout(this.#timer);
		this.#channel?.close();
		this.#channel = null;
		if (typeof document !== 'undefined') {
			document.removeEventListener('visibilitychange', this.#onVisibility);
		}
		this.#db?.close();
		this.#db = null;
		this.#settle();
	}

	has(id: string): boolean {
		return this.#ids.has(id);
	}

	/** Read the stored words again (another tab may have changed them). */
	async refresh(): Promise<boolean> {
		const seq = ++this.#reads;
		const read = await this.#read();
		if (read && seq === this.#reads) this.#set(read.words, read.unreadable);
		return read !== null;
	}

	/**
	 * The saved words as stored now, for an export: read from IndexedDB, not from this
	 * page's list, which another tab may have made stale. Null when they cannot be read.
	 */
	async current(): Promise<SavedWord[] | null> {
		await this.#settled;
		if (this.#mode === 'page-only') return this.words;
		if (this.#mode !== 'open') return null;
		++this.#reads;
		const read = await this.#read();
		if (!read) return null;
		this.#set(read.words, read.unreadable);
		return read.words;
	}

	/** Save a word where none is stored under its id; whatever is stored there is kept. */
	async save(word: SavedWord): Promise<SaveResult> {
		await this.#settled;
		const db = this.#db;
		if (this.#mode === 'page-only') {
			if (this.has(word.id)) return 'exists';
			this.#merge([word]);
			return 'saved';
		}
		if (this.#mode !== 'open' || !db) return 'failed';
		if (!isSavedWord(word)) {
			this.problem = 'write-failed';
			return 'failed';
		}
		try {
			const { added, unreadable } = await addBatch(db, [word]);
			this.#wrote();
			if (added.length) {
				this.#merge(added);
				this.#announce();
				return 'saved';
			}
			void this.refresh(); // another tab saved it
			return unreadable ? 'unreadable' : 'exists';
		} catch (error) {
			this.problem = problemOf(error);
			return 'failed';
		}
	}

	/** Delete a word; returns it, so that it can be put back (undo). */
	async remove(id: string): Promise<SavedWord | undefined> {
		const word = this.words.find((w) => w.id === id);
		if (!word) return undefined;
		await this.#settled;
		const db = this.#db;
		if (this.#mode === 'open' && db) {
			try {
				const removed = await removeRecord(db, id);
				this.#wrote();
				this.#announce();
				if (!removed) {
					void this.refresh();
					return undefined;
				}
			} catch (error) {
				this.problem = problemOf(error);
				return undefined;
			}
		} else if (this.#mode !== 'page-only') {
			return undefined;
		}
		this.#set(
			this.words.filter((w) => w.id !== id),
			this.unreadable
		);
		return word;
	}

	/**
	 * Add words from a backup, in transactions of a few hundred: new ones are added, ones
	 * already stored are kept as they are. The counts are what committed transactions did.
	 */
	async import(incoming: readonly SavedWord[]): Promise<ImportResult> {
		const result: ImportResult = {
			added: 0,
			kept: 0,
			unreadable: 0,
			notWritten: 0,
			pageOnly: false
		};
		await this.#settled;
		const db = this.#db;
		if (this.#mode === 'page-only') {
			const fresh = incoming.filter((w) => !this.has(w.id));
			this.#merge(fresh);
			return {
				...result,
				added: fresh.length,
				kept: incoming.length - fresh.length,
				pageOnly: true
			};
		}
		if (this.#mode !== 'open' || !db) return { ...result, notWritten: incoming.length };
		const added: SavedWord[] = [];
		let done = 0;
		this.progress = { done, total: incoming.length };
		try {
			for (let i = 0; i < incoming.length; i += WRITE_BATCH) {
				const batch = incoming.slice(i, i + WRITE_BATCH);
				const written = await addBatch(db, batch);
				for (const w of written.added) added.push(w);
				result.kept += written.kept;
				result.unreadable += written.unreadable;
				done += batch.length;
				this.progress = { done, total: incoming.length };
				await this.#pause();
			}
			this.#wrote();
		} catch (error) {
			this.problem = problemOf(error);
			result.notWritten = incoming.length - done;
		} finally {
			this.progress = null;
		}
		result.added = added.length;
		if (added.length) {
			this.#merge(added);
			this.#announce();
		}
		if (result.unreadable) void this.refresh();
		return result;
	}

	async #read(): Promise<{ words: SavedWord[]; unreadable: number } | null> {
		const db = this.#db;
		if (!db) return null;
		let records: unknown[];
		try {
			records = await readAllRecords(db);
		} catch {
			this.problem = 'read-failed';
			return null;
		}
		if (this.problem === 'read-failed') this.problem = null;
		const words: SavedWord[] = [];
		let unreadable = 0;
		for (let i = 0; i < records.length; i++) {
			if (i > 0 && i % CHECK_STEP === 0) await this.#pause();
			const word = readRecord(records[i]);
			if (word) words.push(word);
			else unreadable++;
		}
		return { words, unreadable };
	}

	#set(words: SavedWord[], unreadable: number): void {
		this.words = words;
		this.#ids = idsOf(words);
		this.unreadable = unreadable;
	}

	#merge(added: readonly SavedWord[]): void {
		this.#set(withWords(this.words, added), this.unreadable);
	}

	/** A write went through: an earlier write problem is no longer the news. */
	#wrote(): void {
		if (this.problem === 'quota' || this.problem === 'write-failed') this.problem = null;
	}

	#pageOnly(problem: StorageProblem): void {
		this.#mode = 'page-only';
		this.problem = problem;
		this.ready = true;
		this.#settle();
	}

	/** The database was closed under us (another tab upgrades it, or storage was cleared). */
	#lost(db: IDBDatabase): void {
		if (this.#db !== db) return;
		db.close();
		this.#db = null;
		this.#mode = 'blocked';
		this.problem = 'reload';
	}

	#listen(): void {
		if (typeof BroadcastChannel !== 'undefined') {
			this.#channel = new BroadcastChannel(CHANNEL);
			this.#channel.onmessage = () => void this.refresh();
		}
		if (typeof document !== 'undefined') {
			document.addEventListener('visibilitychange', this.#onVisibility);
		}
	}

	#onVisibility = (): void => {
		if (document.visibilityState === 'visible') void this.refresh();
	};

	#announce(): void {
		this.#channel?.postMessage('changed');
	}
}
