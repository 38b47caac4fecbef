import type { Handle } from '@sveltejs/kit';
import { defaultLanguage } from '$lib/i18n';

/** Sets `<html lang>` on every page (one interface language for now). */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', defaultLanguage) });
