import { browser } from '$app/environment';
import { languageOf, setLanguage, useStrings, type Language } from '$lib/i18n';
import { languageOfUrl } from '$lib/links';
import { STRINGS_ID } from '$lib/string-parts';
import type { Strings } from '$lib/translate';
import type { LayoutLoad } from './$types';

export const prerender = true;

/** The strings the page carries (src/hooks.server.ts), by language, read once. */
let carried = false;
function readCarriedStrings(lang: Language): Strings {
	carried = true;
	try {
		const all = JSON.parse(document.getElementById(STRINGS_ID)?.textContent ?? '{}') as Record<
			string,
			Strings | undefined
		>;
		return all[lang] ?? {};
	} catch {
		return {};
	}
}

/**
 * A page's interface language comes from its address (`/zh/…`: Chinese), set before it renders;
 * in the browser, with the strings of that language the page carries (the build renders with
 * i18next). An address that no route matches has no `lang` parameter: the not-found page
 * (build/404.html, which a static host serves for every missing path, drawn in the browser)
 * reads the language from the path itself, so a missing `/zh/…` page says so in Chinese.
 */
export const load = (({ params, route, url }) => {
	const lang = route.id === null ? languageOfUrl(url) : languageOf(params.lang);
	if (browser && !carried) useStrings(lang, readCarriedStrings(lang));
	setLanguage(lang);
	return { lang };
}) satisfies LayoutLoad;
