import { languageOf, setLanguage } from '$lib/i18n';
import type { LayoutLoad } from './$types';

export const prerender = true;

/** A page's interface language comes from its address (`/zh/…`: Chinese), set before it renders. */
export const load = (({ params }) => {
	const lang = languageOf(params.lang);
	setLanguage(lang);
	return { lang };
}) satisfies LayoutLoad;
