import { cedictDate, dictionary, DICTIONARY_INFO } from '$lib/server/dictionary';
import { POLYPHONE_MODEL } from '$lib/server/polyphones';
import { formatDate, formatNumber, inEveryLanguage, t } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => inEveryLanguage([{}])) satisfies EntryGenerator;

/**
 * The sources, their numbers and dates written here for the page's language (Intl's formatters
 * and plural rules are costly to build in a phone's browser only to hydrate them: see
 * ../+page.server.ts).
 */
export const load = (() => {
	const polyphones =
		Object.keys(POLYPHONE_MODEL.after).length +
		Object.keys(POLYPHONE_MODEL.before).length +
		Object.keys(POLYPHONE_MODEL.alone).length;
	return {
		dictionary: {
			...DICTIONARY_INFO,
			text: t('about.cedict', {
				entries: formatNumber(dictionary().size),
				date: formatDate(cedictDate() ?? '')
			})
		},
		polyphonesText: t('about.polyphones', {
			name: t('about.polyphonesName'),
			licence: 'Apache-2.0',
			count: polyphones
		})
	};
}) satisfies PageServerLoad;
