import type { Handle } from '@sveltejs/kit';
import { languageOf, setLanguage } from '$lib/i18n';
import { languageOfUrl, readerScript } from '$lib/links';
import {
	PREPAINT_PLACEHOLDER,
	prepaintScript,
	READINGS_PLACEHOLDER,
	readingsScript
} from '$lib/reader/preference-schema.js';
import { withArticle } from '$lib/server/article';
import { resources } from '$lib/server/i18next';
import { isFallback, withNotFound } from '$lib/server/not-found';
import { STRINGS_PLACEHOLDER, readingStrings, stringsBlock } from '$lib/string-parts';

/**
 * Renders each page in the language of its address (`/zh/…`: Chinese) and sets `<html lang>`
 * to it, puts in the scripts that apply the reading preferences before the first paint (to
 * `<html>`, and to the readings of the syllables at the end of `<body>`), puts in the interface
 * strings the browser needs to draw the page again (src/lib/string-parts.ts), and puts a
 * shipped document's text into its reading page as markup that is never hydrated
 * (src/lib/server/article.ts), in the same language and in the page's characters (Simplified,
 * or Traditional at `…/read/{id}/hant`); and gives the static host's not-found page, which
 * SvelteKit writes empty, a title and a message for a browser without JavaScript
 * (src/lib/server/not-found.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	// An address no route matches (a missing page): the language of its path (+layout.ts).
	const lang = event.route.id === null ? languageOfUrl(event.url) : languageOf(event.params.lang);
	setLanguage(lang);
	const script = readerScript(event.route.id);
	const id = script ? event.params.id : undefined;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			// By language: a missing page's (the one build/404.html) in both, as it is drawn in
			// the language of whatever address it is served for.
			const all = resources[lang].translation;
			const strings =
				event.route.id === null
					? { en: resources.en.translation, 'zh-Hans': resources['zh-Hans'].translation }
					: { [lang]: id ? readingStrings(all) : all };
			const page = html
				.replace('%lang%', lang)
				.replace(PREPAINT_PLACEHOLDER, prepaintScript())
				.replace(STRINGS_PLACEHOLDER, stringsBlock(strings))
				.replace(READINGS_PLACEHOLDER, readingsScript());
			if (id) return withArticle(page, id, lang, script);
			return isFallback(event.url) ? withNotFound(page) : page;
		}
	});
};
