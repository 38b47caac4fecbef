import { cedictDate, dictionary, DICTIONARY_INFO } from '$lib/server/dictionary';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	dictionary: { ...DICTIONARY_INFO, date: cedictDate() ?? '', entries: dictionary().size }
})) satisfies PageServerLoad;
