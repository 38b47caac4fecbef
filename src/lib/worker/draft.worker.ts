/// <reference lib="webworker" />
/**
 * The import page's pairing Worker: pairs what the boxes hold (src/lib/texts/draft.ts) off the
 * main thread, so that a long text pasted or read never holds up the page. Small: no engine.
 */
import { draft, type DraftRequest, type DraftResult } from '../texts/draft.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<{ job: number; request: DraftRequest }>) => {
	const { job, request } = event.data;
	let result: DraftResult;
	try {
		result = draft(request);
	} catch (error) {
		self.postMessage({ job, error: String(error) });
		return;
	}
	self.postMessage({ job, result });
};
