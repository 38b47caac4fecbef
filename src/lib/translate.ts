/**
 * The interface strings' lookup as the browser does it: the part of i18next that this site's
 * strings use (nested keys, `_one`/`_other` plurals by `Intl.PluralRules`, `{{name}}` and
 * `{{name, number}}`), in about a kilobyte instead of i18next's fourteen (gzip).
 *
 * i18next itself renders every page at build time (src/lib/server/i18next.ts) and runs the
 * unit tests; a test (src/lib/translate.test.ts) requires this to give exactly what i18next
 * gives for every string in both languages, so that the browser's hydration draws what the
 * build drew.
 */

/** An interface language's strings (translations/interface/*.json). */
export type Strings = { readonly [key: string]: string | Strings };

export type Values = Readonly<Record<string, unknown>>;

/** The string at dotted `key`, if there is one. */
function find(strings: Strings | undefined, key: string): string | undefined {
	let node: string | Strings | undefined = strings;
	for (const part of key.split('.')) {
		if (node === undefined || typeof node === 'string') return undefined;
		node = node[part];
	}
	return typeof node === 'string' ? node : undefined;
}

const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(map: Map<string, T>, lang: string, make: (lang: string) => T): T {
	let value = map.get(lang);
	if (value === undefined) map.set(lang, (value = make(lang)));
	return value;
}

/** `{{name}}` or `{{name, format}}` (i18next's default prefix and suffix). */
const PLACEHOLDER = /\{\{(.+?)\}\}/g;

function interpolate(text: string, lang: string, values: Values): string {
	return text.replace(PLACEHOLDER, (whole, inner: string) => {
		const [name = '', format] = inner.split(',').map((part) => part.trim());
		const value = values[name];
		if (value === undefined) return whole;
		if (format === 'number' && typeof value === 'number') {
			return cached(numberFormats, lang, (l) => new Intl.NumberFormat(l)).format(value);
		}
		return String(value);
	});
}

/**
 * The string of `key` in `lang` from `strings` with `values` filled in; with a numeric `count`,
 * the plural form `lang` uses for it (`key_one`, `key_other`), or `key` itself if there is none.
 * A key with no string is returned as it is, as i18next does.
 */
export function translate(
	strings: Strings | undefined,
	lang: string,
	key: string,
	values: Values = {}
): string {
	const count = values.count;
	let text: string | undefined;
	if (typeof count === 'number') {
		const form = cached(pluralRules, lang, (l) => new Intl.PluralRules(l)).select(count);
		text = find(strings, `${key}_${form}`);
	}
	text ??= find(strings, key);
	return text === undefined ? key : interpolate(text, lang, values);
}
