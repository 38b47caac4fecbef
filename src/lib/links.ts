/**
 * Internal links that keep the page's language: `href('/glossary/[id]', { id })` is
 * `/glossary/…` on an English page and `/zh/glossary/…` on a Chinese one. Every link to a page
 * goes through it (the static data files, such as a document's lookup.json, have one address
 * and use `resolve` directly).
 */
import { resolve } from '$app/paths';
import type { ResolvedPathname, RouteId, RouteParams } from '$app/types';
import { language, languageOfPath, languageParam, type Language } from './i18n';

const LANG = '/[[lang=lang]]';

/** The route of a shipped document's reading page, in either language. */
export const READER_ROUTE = '/[[lang=lang]]/read/[id]' satisfies RouteId;
/** The same page with the text in Traditional characters (preference-schema.js: `script`). */
export const TRADITIONAL_READER_ROUTE = '/[[lang=lang]]/read/[id]/hant' satisfies RouteId;

/** The characters of a shipped document's reading page, by its route; none: not one. */
export function readerScript(routeId: string | null): 'hans' | 'hant' | undefined {
	return routeId === READER_ROUTE
		? 'hans'
		: routeId === TRADITIONAL_READER_ROUTE
			? 'hant'
			: undefined;
}

/** A page route without its language segment: '/', '/glossary', '/read/[id]'… */
export type PageRoute =
	Extract<RouteId, `${typeof LANG}${string}`> extends `${typeof LANG}${infer Rest}`
		? Rest extends ''
			? '/'
			: Rest
		: never;

type FullRoute<R extends PageRoute> = R extends '/' ? typeof LANG : `${typeof LANG}${R}`;
type Params<R extends PageRoute> = Omit<RouteParams<FullRoute<R>>, 'lang'>;
type ParamArgs<R extends PageRoute> = keyof Params<R> extends never ? [] : [params: Params<R>];

/** The address of page `route` in `lang`. */
export function hrefIn<R extends PageRoute>(
	lang: Language,
	route: R,
	...params: ParamArgs<R>
): ResolvedPathname {
	const full = (route === '/' ? LANG : `${LANG}${route}`) as FullRoute<R>;
	const all = { ...params[0], lang: languageParam(lang) };
	// resolve's own overloads cannot follow a generic route; its arguments are right by the types above.
	return (resolve as (route: string, params: object) => ResolvedPathname)(full, all);
}

/** The address of page `route` in the page's language. */
export const href = <R extends PageRoute>(route: R, ...params: ParamArgs<R>): ResolvedPathname =>
	hrefIn(language(), route, ...params);

/**
 * The address of the page with route `routeId` and `params` (the page shown) in `lang`. A page
 * outside the language routes (an error page) has the library as its counterpart.
 */
export function samePageIn(
	lang: Language,
	routeId: string | null,
	params: Partial<Record<string, string>>
): ResolvedPathname {
	if (!routeId?.startsWith(LANG)) return hrefIn(lang, '/');
	const rest = Object.fromEntries(Object.entries(params).filter(([name]) => name !== 'lang'));
	return (resolve as (route: string, params: object) => ResolvedPathname)(routeId, {
		...rest,
		lang: languageParam(lang)
	});
}

/** The base path, if the site is served under one ('' at the root of its host). */
const base = (): string => resolve('/').replace(/\/$/, '');

/** The interface language of the page at `url`. */
export const languageOfUrl = (url: URL): Language =>
	languageOfPath(url.pathname.slice(base().length) || '/');
