/**
 * Where the reader was in a text, kept across going to the same text in the other characters
 * (another page: reader/script.ts): the first sentence at the top of the screen, for this tab
 * only (sessionStorage), taken back on the next page.
 */
const KEY = 'duizhao:place';

/** Remember the first sentence of `root` whose top is on the screen. */
export function keepPlace(root: Element): void {
	const sentences = root.querySelectorAll<HTMLElement>('.row .zh [data-sid]');
	const first = [...sentences].find((el) => el.getBoundingClientRect().bottom > 0);
	const sid = first?.dataset.sid;
	if (!sid || window.scrollY === 0) return;
	try {
		sessionStorage.setItem(KEY, sid);
	} catch {
		// Storage refused: the page opens at its top.
	}
}

/** Go back to the sentence `keepPlace` remembered, if one was (once). */
export function backToPlace(): void {
	let sid: string | null;
	try {
		sid = sessionStorage.getItem(KEY);
		sessionStorage.removeItem(KEY);
	} catch {
		return;
	}
	if (sid && /^p\d+s\d+$/.test(sid)) document.getElementById(sid)?.scrollIntoView();
}
