import type { ParamMatcher } from '@sveltejs/kit';
import { CHINESE_PREFIX } from '$lib/i18n';

/** The optional first segment of a page's path: `zh` for the Chinese interface (src/lib/i18n.ts). */
export const match = ((param: string): param is typeof CHINESE_PREFIX =>
	param === CHINESE_PREFIX) satisfies ParamMatcher;
