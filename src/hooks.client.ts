import type { ClientInit } from '@sveltejs/kit';

/**
 * The browser's part of starting the app waits one task before hydrating: the modules are
 * evaluated in one task, the page hydrated in the next, so that the browser can answer input
 * and paint between the two rather than being held for both at once (a reading page's load
 * was one task of about 110 ms at 4× CPU slowdown; npm run bench:reader). `scheduler.yield`
 * where the browser has it (it lets the page's own work go first), a timer where not.
 */
export const init: ClientInit = () => {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
};
