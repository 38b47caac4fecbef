/**
 * The static host's not-found page (build/404.html, SvelteKit's fallback page) with something
 * in it before any script runs: a title, and a message in both languages with a link to each
 * library for a browser without JavaScript. SvelteKit writes the fallback page empty and draws
 * the error page in the browser, so without JavaScript it was blank.
 */
import { hrefIn } from '$lib/links';
import { languages } from '$lib/i18n';
import { resources } from './i18next';
import NotFoundFallback from './NotFoundFallback.svelte';
import { staticMarkup } from './static-markup';

/** The path SvelteKit renders its fallback page for (@sveltejs/kit: postbuild/fallback.js). */
export const isFallback = (url: URL): boolean => url.pathname.endsWith('/[fallback]');

/** `text` as HTML text (the strings are the project's own, but are escaped all the same). */
const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;');

/** The fallback page `html` with its title and its message for a browser without JavaScript. */
export function withNotFound(html: string): string {
	const said = languages.map((lang) => ({
		lang,
		notFound: resources[lang].translation.error.notFound,
		home: resources[lang].translation.error.home,
		href: hrefIn(lang, '/')
	}));
	const body = staticMarkup(NotFoundFallback, { said });
	const title = [
		...languages.map((lang) => resources[lang].translation.error.notFoundTitle),
		resources.en.translation.site.name
	].join(' · ');
	// With JavaScript the error page sets document.title, which rewrites this element.
	return html
		.replace('</head>', `<title>${escapeText(title)}</title></head>`)
		.replace('<div class="app">', `<div class="app">${body}`);
}
