import { toTraditional } from '$lib/reader/opencc';
import { content } from '$lib/server/content';
import { formatDate, formatNumber, inEveryLanguage, t } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries = (() => inEveryLanguage([{}])) satisfies EntryGenerator;

/**
 * Each document's summary, its Chinese title in Traditional characters too (shown instead when
 * the reader chose them: app.css), its date and length written here for the page's language: Intl's
 * formatters and plural rules cost a phone's browser tens of milliseconds to build, and the
 * library would build them only to hydrate what the build already wrote.
 */
export const load = (() => {
	const all = content();
	return {
		documents: all.documents.map((d) => {
			const summary = all.summarise(d);
			return {
				...summary,
				titleHant: toTraditional(summary.title.zh),
				dateText: t('library.date', { date: formatDate(summary.date) }),
				lengthText: t('library.length', {
					characters: formatNumber(summary.characters),
					count: summary.sentences
				})
			};
		})
	};
}) satisfies PageServerLoad;
