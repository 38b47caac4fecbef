import { content } from '$lib/server/content';
import { inEveryLanguage } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => inEveryLanguage([{}])) satisfies EntryGenerator;

export const load = (() => ({
	items: content()
		.items()
		.sort((a, b) => a.pinyin.localeCompare(b.pinyin, 'en'))
})) satisfies PageServerLoad;
