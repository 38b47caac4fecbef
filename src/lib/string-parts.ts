/**
 * Each page carries the interface strings of its language that the browser needs to draw it
 * again (src/hooks.server.ts writes them into the page as JSON data, read once by
 * src/routes/+layout.ts: no request of their own, nothing to wait for before hydrating). A
 * shipped document's reading page carries only the sections it uses; any other page all of
 * them, so that it can go on to the others without a load. A unit test
 * (tests/unit/string-parts.test.ts) follows the reading page's imports and fails if it uses a
 * section that is not in its part.
 */

/** The top-level sections of the strings that a reading page uses. */
export const READING_SECTIONS = [
	'site',
	'error',
	'reader',
	'glossary',
	'word',
	'storage',
	'listen',
	'print',
	'correct'
] as const;

/** Where the page's strings are put in src/app.html. */
export const STRINGS_PLACEHOLDER = '%duizhao.strings%';

/** The id of the page's `<script type="application/json">` of strings. */
export const STRINGS_ID = 'duizhao-strings';

/**
 * The data block of a page's strings (by language): JSON in which `<` is escaped, so that
 * nothing in a string can end the block or open markup.
 */
export const stringsBlock = (strings: unknown): string =>
	`<script type="application/json" id="${STRINGS_ID}">` +
	JSON.stringify(strings).replaceAll('<', '\\u003c') +
	'</script>';

/** The sections of `strings` (a language's whole file) that a reading page uses. */
export function readingStrings<T extends Record<string, unknown>>(strings: T): Partial<T> {
	const reading = new Set<string>(READING_SECTIONS);
	return Object.fromEntries(
		Object.entries(strings).filter(([section]) => reading.has(section))
	) as Partial<T>;
}
