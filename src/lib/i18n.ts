/**
 * The interface's strings: every UI string goes through `t`. Where pages are rendered (the
 * build, the unit tests) i18next looks them up (src/lib/server/i18next.ts); the browser, which
 * only has to draw again what the build drew, uses a small lookup (./translate.ts, checked
 * against i18next string by string) over the strings of the page's language that the page
 * carries (./string-parts.ts), so a page loads neither i18next nor the other language.
 *
 * The interface language is part of a page's address: English at `/…`, Chinese at `/zh/…`
 * (the optional `[[lang=lang]]` segment, src/params/lang.ts), so each language is its own
 * prerendered HTML. A render's language is set from that segment before anything is drawn:
 * on the server per request (src/hooks.server.ts, src/routes/+layout.ts; prerendering renders
 * one page at a time), in the browser once at start from the address (a change of language is
 * a page load: src/routes/+layout.svelte).
 */
import type { i18n } from 'i18next';
import type en from '../../translations/interface/en.json';
import { translate, type Strings, type Values } from './translate';

export const languages = ['en', 'zh-Hans'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/** The first segment of a Chinese page's path; an English page's path has none. */
export const CHINESE_PREFIX = 'zh' as const;

/** Where a remembered choice of language is kept (read before the first paint by src/app.html). */
export const LANGUAGE_KEY = 'duizhao:language';

/** The value kept under LANGUAGE_KEY for `lang`, as app.html reads it: `en` or `zh`. */
export const storedLanguage = (lang: Language): string => (lang === 'en' ? 'en' : CHINESE_PREFIX);

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: { translation: typeof en };
	}
}

const loaded: Partial<Record<Language, Strings>> = {};

/**
 * Gives the browser's lookup `lang`'s strings: those the page carries (src/routes/+layout.ts,
 * before the first render; src/lib/string-parts.ts).
 */
export function useStrings(lang: Language, strings: Strings): void {
	loaded[lang] = strings;
}

/** How a key becomes a string in a language. */
export type Translator = (lang: Language, key: string, values?: Values) => string;

/** The browser's: the small lookup of ./translate.ts over the loaded strings. */
let translator: Translator = (lang, key, values) => translate(loaded[lang], lang, key, values);

/**
 * Where pages are rendered (the build, the unit tests) i18next does the lookup:
 * src/lib/server/i18next.ts puts it here.
 */
export function useTranslator(use: Translator): void {
	translator = use;
}

let current: Language = defaultLanguage;

/** A UI string of the page's language, with i18next's typed keys. */
export const t = ((key: string, values?: Values) =>
	translator(current, key, values)) as unknown as i18n['t'];

/** The language of the optional `[[lang=lang]]` route parameter (absent: English). */
export const languageOf = (param: string | undefined): Language =>
	param === CHINESE_PREFIX ? 'zh-Hans' : 'en';

/** The `[[lang=lang]]` parameter of a page in `lang` (English: none). */
export const languageParam = (lang: Language): string | undefined =>
	lang === 'en' ? undefined : CHINESE_PREFIX;

/**
 * Prerender entries of a page in every language: each of `entries` (route parameters) as it is,
 * for English, and with the `zh` segment.
 */
export const inEveryLanguage = <T extends object>(
	entries: readonly T[]
): (T & { lang?: typeof CHINESE_PREFIX })[] =>
	entries.flatMap((entry) => [entry, { ...entry, lang: CHINESE_PREFIX }]);

/** `pathname` (after the base path) without its language segment: `/zh/glossary` → `/glossary`. */
export function withoutLanguage(pathname: string): string {
	const rest = pathname.match(new RegExp(`^/${CHINESE_PREFIX}(/.*)?$`));
	return rest ? rest[1] || '/' : pathname;
}

/** The language a page's `pathname` (after the base path) is in. */
export const languageOfPath = (pathname: string): Language =>
	withoutLanguage(pathname) === pathname ? 'en' : 'zh-Hans';

/** `path` (after the base path, without language) in `lang`: `/glossary` → `/zh/glossary`. */
export function pathIn(path: string, lang: Language): string {
	const param = languageParam(lang);
	if (!param) return path;
	return path === '/' ? `/${param}` : `/${param}${path}`;
}

/** The language in use: the page's, once set. */
export const language = (): Language => current;

/** Render in `lang` from now on (in the browser, once its strings are loaded). */
export function setLanguage(lang: Language): void {
	current = lang;
}

/** The name of each language in itself, for the switch to it. */
export const languageName: Record<Language, string> = { en: 'English', 'zh-Hans': '中文' };

/** The locale that Intl formats dates and numbers in for `lang` (the English is British). */
const intlLocale = (lang: Language): string => (lang === 'en' ? 'en-GB' : 'zh-Hans-CN');

/** `n` written for the page's language (1,234 / 1,234). */
export const formatNumber = (n: number): string =>
	new Intl.NumberFormat(intlLocale(language())).format(n);

/**
 * A date written for the page's language (1 May 2024 / 2024年5月1日). A calendar date
 * (YYYY-MM-DD) is that day wherever the reader is; a moment (a full ISO timestamp) is the
 * day it was in the reader's time zone. Text that is not a date is returned as it is.
 */
export function formatDate(iso: string): string {
	const day = /^\d{4}-\d{2}-\d{2}$/.test(iso);
	const date = new Date(day ? `${iso}T00:00:00Z` : iso);
	if (Number.isNaN(date.getTime())) return iso;
	return new Intl.DateTimeFormat(intlLocale(language()), {
		dateStyle: 'long',
		...(day ? { timeZone: 'UTC' } : {})
	}).format(date);
}
