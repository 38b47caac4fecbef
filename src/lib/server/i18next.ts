/**
 * i18next, which renders every page (at build time, in `vite preview` and in the unit tests)
 * in the language of its address. Importing this module puts it in place of the browser's
 * small lookup (src/lib/i18n.ts). Resources are bundled: nothing is fetched.
 */
import i18next from 'i18next';
import en from '../../../translations/interface/en.json';
import zhHans from '../../../translations/interface/zh-Hans.json';
import { defaultLanguage, languages, useTranslator } from '$lib/i18n';

export const resources = {
	en: { translation: en },
	'zh-Hans': { translation: zhHans }
} as const;

export const instance = i18next.createInstance();
void instance.init({
	lng: defaultLanguage,
	fallbackLng: defaultLanguage,
	supportedLngs: languages,
	resources,
	initAsync: false,
	returnNull: false,
	// Svelte escapes what it renders.
	interpolation: { escapeValue: false }
});

const fixed = Object.fromEntries(languages.map((lang) => [lang, instance.getFixedT(lang)]));

useTranslator((lang, key, values) => String(fixed[lang]!(key as never, values as never)));
