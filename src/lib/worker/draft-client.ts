/**
 * The main thread's side of the pairing Worker (draft.worker.ts): one Worker per page, started
 * on the first text. Where no Worker can run, the pairing runs here instead.
 */
import { draft, type DraftRequest, type DraftResult } from '../texts/draft.ts';

let worker: Worker | null | undefined;
let jobs = 0;

function theWorker(): Worker | null {
	if (worker === undefined) {
		try {
			worker = new Worker(new URL('./draft.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			worker = null;
		}
	}
	return worker;
}

/** Pair the boxes' text in the Worker (or here, without one). */
export function draftInWorker(request: DraftRequest): Promise<DraftResult> {
	const w = theWorker();
	if (!w) return Promise.resolve(draft(request));
	const job = ++jobs;
	return new Promise((resolve, reject) => {
		const listen = (event: MessageEvent<{ job: number; result?: DraftResult; error?: string }>) => {
			if (event.data.job !== job) return;
			finish();
			if (event.data.result) resolve(event.data.result);
			else reject(new Error(event.data.error ?? 'pairing failed'));
		};
		const fail = (event: ErrorEvent) => {
			finish();
			w.terminate();
			worker = undefined;
			reject(new Error(event.message));
		};
		const finish = () => {
			w.removeEventListener('message', listen);
			w.removeEventListener('error', fail);
		};
		w.addEventListener('message', listen);
		w.addEventListener('error', fail);
		w.postMessage({ job, request });
	});
}
