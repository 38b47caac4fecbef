import { languageOf, setLanguage } from '$lib/i18n';
import { languageOfUrl } from '$lib/links';
import type { LayoutLoad } from './$types';

export const prerender = true;

/**
 * A page's interface language comes from its address (`/zh/…`: Chinese), set before it renders.
 * An address that no route matches has no `lang` parameter: the not-found page (build/404.html,
 * which a static host serves for every missing path, drawn in the browser) reads the language
 * from the path itself, so a missing `/zh/…` page says so in Chinese.
 */
export const load = (({ params, route, url }) => {
	const lang = route.id === null ? languageOfUrl(url) : languageOf(params.lang);
	setLanguage(lang);
	return { lang };
}) satisfies LayoutLoad;
