/**
 * Imported texts, kept in the site's IndexedDB (src/lib/db.ts): the library's list in one
 * store, each text's body in another, by the same id. Every write adds only where the id is
 * free (a stored record, readable or not, is never replaced), except a rename, which changes
 * the title of a record it has read and checked in the same transaction. Storage problems are
 * thrown as `TextStorageError`, with a reason the page explains.
 */
import { DB_NAME, DB_VERSION, TEXT_BODIES, TEXTS, upgradeDatabase } from '../db.ts';
import {
	isTextBody,
	isTextMeta,
	readStored,
	TEXT_FORMAT,
	type TextBody,
	type TextMeta
} from './record.ts';

export type TextStorageProblem =
	/** No IndexedDB (private mode, storage turned off, refused). */
	| 'unavailable'
	/** The open never answered, or another tab holds an older version open. */
	| 'blocked'
	/** The database was written by a newer Duizhao. */
	| 'newer-storage'
	| 'quota'
	| 'read-failed'
	| 'write-failed';

export class TextStorageError extends Error {
	readonly problem: TextStorageProblem;
	constructor(problem: TextStorageProblem, cause?: unknown) {
		super(`text storage: ${problem}${cause ? ` (${String(cause)})` : ''}`);
		this.problem = problem;
	}
}

const OPEN_TIMEOUT_MS = 4000;

export interface TextsOptions {
	indexedDB?: IDBFactory | null;
	openTimeoutMs?: number;
}

const done = (tx: IDBTransaction): Promise<void> =>
	new Promise((resolve, reject) => {
		tx.oncomplete = () => resolve();
		tx.onabort = () => reject(tx.error ?? new Error('aborted'));
		tx.onerror = () => undefined;
	});

const writeProblem = (error: unknown): TextStorageProblem =>
	(error as { name?: unknown } | null)?.name === 'QuotaExceededError' ? 'quota' : 'write-failed';

export class TextsStore {
	readonly #options: TextsOptions;
	#db: Promise<IDBDatabase> | undefined;

	constructor(options: TextsOptions = {}) {
		this.#options = options;
	}

	#open(): Promise<IDBDatabase> {
		this.#db ??= new Promise<IDBDatabase>((resolve, reject) => {
			const factory =
				'indexedDB' in this.#options
					? this.#options.indexedDB
					: typeof indexedDB === 'undefined'
						? null
						: indexedDB;
			if (!factory) return reject(new TextStorageError('unavailable'));
			let req: IDBOpenDBRequest;
			try {
				req = factory.open(DB_NAME, DB_VERSION);
			} catch (error) {
				return reject(new TextStorageError('unavailable', error));
			}
			const timer = setTimeout(
				() => reject(new TextStorageError('blocked')),
				this.#options.openTimeoutMs ?? OPEN_TIMEOUT_MS
			);
			req.onupgradeneeded = () => upgradeDatabase(req.result);
			req.onblocked = () => {
				clearTimeout(timer);
				reject(new TextStorageError('blocked'));
			};
			req.onsuccess = () => {
				clearTimeout(timer);
				const db = req.result;
				// Another tab upgrades: let it, and open again next time.
				db.onversionchange = () => {
					db.close();
					this.#db = undefined;
				};
				resolve(db);
			};
			req.onerror = () => {
				clearTimeout(timer);
				const newer = req.error?.name === 'VersionError';
				reject(new TextStorageError(newer ? 'newer-storage' : 'unavailable', req.error));
			};
		}).catch((error: unknown) => {
			this.#db = undefined;
			throw error;
		});
		return this.#db;
	}

	close(): void {
		void this.#db?.then((db) => db.close()).catch(() => undefined);
		this.#db = undefined;
	}

	/** The texts the library lists, newest first, and how many records could not be read. */
	async list(): Promise<{ texts: TextMeta[]; unreadable: number }> {
		const db = await this.#open();
		try {
			const tx = db.transaction(TEXTS, 'readonly');
			const req = tx.objectStore(TEXTS).getAll();
			await done(tx);
			const texts: TextMeta[] = [];
			let unreadable = 0;
			for (const record of req.result as unknown[]) {
				const meta = readStored(record, isTextMeta);
				if (meta) texts.push(meta);
				else unreadable++;
			}
			texts.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
			return { texts, unreadable };
		} catch (error) {
			throw new TextStorageError('read-failed', error);
		}
	}

	/** Every id in use, readable or not (a new text takes another). */
	async ids(): Promise<Set<string>> {
		const db = await this.#open();
		const tx = db.transaction([TEXTS, TEXT_BODIES], 'readonly');
		const a = tx.objectStore(TEXTS).getAllKeys();
		const b = tx.objectStore(TEXT_BODIES).getAllKeys();
		await done(tx).catch((error: unknown) => {
			throw new TextStorageError('read-failed', error);
		});
		return new Set([...a.result, ...b.result].map(String));
	}

	/** A text, or why there is none. */
	async get(id: string): Promise<{ meta: TextMeta; body: TextBody } | 'missing' | 'unreadable'> {
		const db = await this.#open();
		const tx = db.transaction([TEXTS, TEXT_BODIES], 'readonly');
		const m = tx.objectStore(TEXTS).get(id);
		const b = tx.objectStore(TEXT_BODIES).get(id);
		await done(tx).catch((error: unknown) => {
			throw new TextStorageError('read-failed', error);
		});
		if (m.result === undefined && b.result === undefined) return 'missing';
		const meta = readStored(m.result, isTextMeta);
		const body = readStored(b.result, isTextBody);
		return meta && body && meta.id === id && body.id === id ? { meta, body } : 'unreadable';
	}

	/** Add a text where its id is free: 'exists' (and nothing written) where it is not. */
	async add(meta: TextMeta, body: TextBody): Promise<'saved' | 'exists'> {
		const db = await this.#open();
		let exists = false;
		try {
			const tx = db.transaction([TEXTS, TEXT_BODIES], 'readwrite');
			const finished = done(tx);
			for (const [store, value] of [
				[TEXTS, meta],
				[TEXT_BODIES, body]
			] as const) {
				const req = tx.objectStore(store).add({ ...value, v: TEXT_FORMAT });
				req.onerror = () => {
					if (req.error?.name === 'ConstraintError') exists = true;
				};
			}
			await finished;
			return 'saved';
		} catch (error) {
			if (exists) return 'exists';
			throw new TextStorageError(writeProblem(error), error);
		}
	}

	/**
	 * Replace a readable text's body (its corrections and their annotation); false if it is
	 * gone, or if `unchanged` says the body stored now is not the one the new body was made
	 * from (another tab corrected it meanwhile): then nothing is written.
	 */
	async putBody(body: TextBody, unchanged?: (stored: TextBody) => boolean): Promise<boolean> {
		const db = await this.#open();
		let put = false;
		try {
			const tx = db.transaction(TEXT_BODIES, 'readwrite');
			const finished = done(tx);
			const store = tx.objectStore(TEXT_BODIES);
			const get = store.get(body.id);
			get.onsuccess = () => {
				const stored = readStored(get.result, isTextBody);
				if (!stored || (unchanged && !unchanged(stored))) return;
				store.put({ ...body, v: TEXT_FORMAT });
				put = true;
			};
			await finished;
			return put;
		} catch (error) {
			throw new TextStorageError(writeProblem(error), error);
		}
	}

	/** Give a readable text a new title; false if it is gone or cannot be read. */
	async rename(id: string, title: TextMeta['title']): Promise<boolean> {
		const db = await this.#open();
		let renamed = false;
		try {
			const tx = db.transaction(TEXTS, 'readwrite');
			const finished = done(tx);
			const store = tx.objectStore(TEXTS);
			const get = store.get(id);
			get.onsuccess = () => {
				const meta = readStored(get.result, isTextMeta);
				if (!meta) return;
				store.put({ ...meta, title, v: TEXT_FORMAT });
				renamed = true;
			};
			await finished;
			return renamed;
		} catch (error) {
			throw new TextStorageError(writeProblem(error), error);
		}
	}

	/**
	 * Delete a readable text; returns what was deleted, for an undo (`add` it back), or null
	 * if it is gone or cannot be read (then nothing is deleted).
	 */
	async remove(id: string): Promise<{ meta: TextMeta; body: TextBody } | null> {
		const db = await this.#open();
		let removed: { meta: TextMeta; body: TextBody } | null = null;
		try {
			const tx = db.transaction([TEXTS, TEXT_BODIES], 'readwrite');
			const finished = done(tx);
			const metas = tx.objectStore(TEXTS);
			const bodies = tx.objectStore(TEXT_BODIES);
			const m = metas.get(id);
			const b = bodies.get(id);
			b.onsuccess = () => {
				const meta = readStored(m.result, isTextMeta);
				const body = readStored(b.result, isTextBody);
				if (!meta || !body) return;
				metas.delete(id);
				bodies.delete(id);
				removed = { meta, body };
			};
			await finished;
			return removed;
		} catch (error) {
			throw new TextStorageError(writeProblem(error), error);
		}
	}
}
