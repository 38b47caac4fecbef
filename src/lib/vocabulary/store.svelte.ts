import { FORMAT_VERSION, isSavedWord, mergeWords, type SavedWord } from './word';

const DB_NAME = 'duizhao';
const STORE = 'vocabulary';
const DB_VERSION = 1;

export type StorageProblem = 'unavailable' | 'quota' | 'write-failed';

function request<T>(req: IDBRequest<T>): Promise<T> {
	return new Promise((resolve, reject) => {
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
	});
}

function done(tx: IDBTransaction): Promise<void> {
	return new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
		tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
	});
}

function openDb(): Promise<IDBDatabase> {
	return new Promise((resolve, reject) => {
		const req = indexedDB.open(DB_NAME, DB_VERSION);
		req.onupgradeneeded = () => {
			if (!req.result.objectStoreNames.contains(STORE)) {
				req.result.createObjectStore(STORE, { keyPath: 'id' });
			}
		};
		req.onsuccess = () => resolve(req.result);
		req.onerror = () => reject(req.error ?? new Error('IndexedDB unavailable'));
		req.onblocked = () => reject(new Error('IndexedDB blocked'));
	});
}

/**
 * Saved words, kept in the browser's IndexedDB. Records that cannot be read (corrupt, or
 * written by another version) are counted and left exactly as they are: nothing here ever
 * deletes what it does not understand. When IndexedDB is unavailable (private mode, a
 * blocked database) words are kept for this page only, and `problem` says so.
 */
export class VocabularyStore {
	words = $state<SavedWord[]>([]);
	ready = $state(false);
	unreadable = $state(0);
	problem = $state<StorageProblem | null>(null);
	#db: IDBDatabase | null = null;

	async open(): Promise<void> {
		try {
			if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
			this.#db = await openDb();
			const records = await request(this.#db.transaction(STORE).objectStore(STORE).getAll());
			const words: SavedWord[] = [];
			let unreadable = 0;
			for (const record of records as unknown[]) {
				const version = (record as { v?: unknown } | null)?.v;
				if (version === FORMAT_VERSION && isSavedWord(record)) {
					const word: SavedWord & { v?: number } = { ...record };
					delete word.v;
					words.push(word);
				} else {
					unreadable++;
				}
			}
			this.words = words;
			this.unreadable = unreadable;
		} catch {
			this.#db = null;
			this.problem = 'unavailable';
		}
		this.ready = true;
	}

	has(id: string): boolean {
		return this.words.some((w) => w.id === id);
	}

	async #write(words: readonly SavedWord[], remove: readonly string[] = []): Promise<boolean> {
		if (!this.#db) return true; // page-only mode: `problem` already says so
		try {
			const tx = this.#db.transaction(STORE, 'readwrite');
			const store = tx.objectStore(STORE);
			// Stored as plain data: state proxies cannot be cloned into IndexedDB.
			for (const w of words) store.put({ ...$state.snapshot(w), v: FORMAT_VERSION });
			for (const id of remove) store.delete(id);
			await done(tx);
			return true;
		} catch (error) {
			this.problem =
				error instanceof DOMException && error.name === 'QuotaExceededError'
					? 'quota'
					: 'write-failed';
			return false;
		}
	}

	/** Save a word; a word already saved keeps its first record. */
	async save(word: SavedWord): Promise<'saved' | 'exists' | 'failed'> {
		if (this.has(word.id)) return 'exists';
		if (!(await this.#write([word]))) return 'failed';
		this.words = [...this.words, word];
		return 'saved';
	}

	/** Delete a word; returns it, so that it can be put back (undo). */
	async remove(id: string): Promise<SavedWord | undefined> {
		const word = this.words.find((w) => w.id === id);
		if (!word || !(await this.#write([], [id]))) return undefined;
		this.words = this.words.filter((w) => w.id !== id);
		return word;
	}

	/** Merge words from a backup: new ones are added, ones already saved are kept as they are. */
	async import(incoming: readonly SavedWord[]): Promise<number | undefined> {
		const { words, added } = mergeWords(this.words, incoming);
		if (!(await this.#write(added))) return undefined;
		this.words = words;
		return added.length;
	}
}
