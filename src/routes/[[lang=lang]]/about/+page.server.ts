import { cedictDate, dictionary, DICTIONARY_INFO } from '$lib/server/dictionary';
import { POLYPHONE_MODEL } from '$lib/server/polyphones';
import { inEveryLanguage } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => inEveryLanguage([{}])) satisfies EntryGenerator;

export const load = (() => ({
	dictionary: { ...DICTIONARY_INFO, date: cedictDate() ?? '', entries: dictionary().size },
	polyphones: {
		entries:
			Object.keys(POLYPHONE_MODEL.after).length +
			Object.keys(POLYPHONE_MODEL.before).length +
			Object.keys(POLYPHONE_MODEL.alone).length
	}
})) satisfies PageServerLoad;
