import type { Handle } from '@sveltejs/kit';
import { defaultLanguage } from '$lib/i18n';
import { PREPAINT_PLACEHOLDER, prepaintScript } from '$lib/reader/preference-schema.js';
import { withArticle } from '$lib/server/article';

/**
 * Sets `<html lang>` on every page (one interface language for now), puts in the script that
 * applies the reading preferences before the first paint, and puts a shipped
 * document's text into its reading page as markup that is never hydrated
 * (src/lib/server/article.ts).
 */
export const handle: Handle = ({ event, resolve }) => {
	const id = event.route.id === '/read/[id]' ? event.params.id : undefined;
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			const page = html
				.replace('%lang%', defaultLanguage)
				.replace(PREPAINT_PLACEHOLDER, prepaintScript());
			return id ? withArticle(page, id) : page;
		}
	});
};
