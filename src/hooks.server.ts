import type { Handle } from '@sveltejs/kit';
import { languageOf, setLanguage } from '$lib/i18n';
import { READER_ROUTE } from '$lib/links';
import {
	PREPAINT_PLACEHOLDER,
	prepaintScript,
	READINGS_PLACEHOLDER,
	readingsScript
} from '$lib/reader/preference-schema.js';
import { withArticle } from '$lib/server/article';

/**
 * Renders each page in the language of its address (`/zh/…`: Chinese) and sets `<html lang>`
 * to it, puts in the scripts that apply the reading preferences before the first paint (to
 * `<html>`, and to the readings of the syllables at the end of `<body>`), and
 * puts a shipped document's text into its reading page as markup that is never hydrated
 * (src/lib/server/article.ts), in the same language.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = languageOf(event.params.lang);
	setLanguage(lang);
	const id = event.route.id === READER_ROUTE ? event.params.id : undefined;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html
				.replace('%lang%', lang)
				.replace(PREPAINT_PLACEHOLDER, prepaintScript())
				.replace(READINGS_PLACEHOLDER, readingsScript());
			return id ? withArticle(page, id, lang) : page;
		}
	});
};
