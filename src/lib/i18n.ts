/**
 * The one place i18next is set up. Resources are bundled (no fetching at run time on a
 * prerendered site); every UI string goes through `t`.
 */
import i18next from 'i18next';
import en from '../../translations/interface/en.json';

export const resources = { en: { translation: en } } as const;
export type Language = keyof typeof resources;
export const defaultLanguage: Language = 'en';

declare module 'i18next' {
	interface CustomTypeOptions {
		defaultNS: 'translation';
		resources: (typeof resources)['en'];
	}
}

void i18next.init({
	lng: defaultLanguage,
	fallbackLng: defaultLanguage,
	resources,
	initAsync: false,
	returnNull: false,
	// Svelte escapes what it renders.
	interpolation: { escapeValue: false }
});

export const t = i18next.t.bind(i18next);
export { i18next };
