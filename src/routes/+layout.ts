import { browser } from '$app/environment';
import { languageOf, setLanguage, useStrings } from '$lib/i18n';
import { STRINGS_ID } from '$lib/string-parts';
import type { Strings } from '$lib/translate';
import type { LayoutLoad } from './$types';

export const prerender = true;

/** The strings the page carries (src/hooks.server.ts), read once. */
let carried = false;
function readCarriedStrings(): Strings {
	carried = true;
	try {
		return JSON.parse(document.getElementById(STRINGS_ID)?.textContent ?? '{}') as Strings;
	} catch {
		return {};
	}
}

/**
 * A page's interface language comes from its address (`/zh/…`: Chinese), set before it renders;
 * in the browser, with the strings of that language the page carries (the build renders with
 * i18next).
 */
export const load = (({ params }) => {
	const lang = languageOf(params.lang);
	if (browser && !carried) useStrings(lang, readCarriedStrings());
	setLanguage(lang);
	return { lang };
}) satisfies LayoutLoad;
