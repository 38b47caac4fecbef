import { content } from '$lib/server/content';
import type { PageServerLoad } from './$types';

export const load = (() => ({
	items: content()
		.items()
		.sort((a, b) => a.pinyin.localeCompare(b.pinyin, 'en'))
})) satisfies PageServerLoad;
