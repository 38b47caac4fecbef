import { browser } from '$app/environment';
import { languageOf, loadStrings, setLanguage } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const prerender = true;

/**
 * A page's interface language comes from its address (`/zh/…`: Chinese), set before it renders;
 * the browser loads that language's strings first (the build renders with i18next).
 */
export const load = (async ({ params }) => {
	const lang = languageOf(params.lang);
	if (browser) await loadStrings(lang);
	setLanguage(lang);
	return { lang };
}) satisfies LayoutLoad;
