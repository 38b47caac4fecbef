import { describe, expect, it } from 'vitest';
import { instance, resources } from '$lib/server/i18next';
import { languages } from './i18n';
import { translate, type Strings } from './translate';

/** Every key of `strings` (dotted) without its plural suffix, with the strings it has. */
function keys(strings: Strings, prefix = ''): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const [key, value] of Object.entries(strings)) {
		if (typeof value === 'string') {
			const base = prefix + key.replace(/_(zero|one|two|few|many|other)$/, '');
			out.set(base, [...(out.get(base) ?? []), value]);
		} else for (const [k, v] of keys(value, `${prefix}${key}.`)) out.set(k, v);
	}
	return out;
}

/** Values for the placeholders of `texts`: a word for each, or each of `counts` for `count`. */
function samples(texts: string[]): Record<string, unknown>[] {
	const names = new Set(
		texts.flatMap((s) => [...s.matchAll(/\{\{\s*([^,}\s]+)/g)].map((m) => m[1]!))
	);
	const base = Object.fromEntries([...names].map((name) => [name, name === 'count' ? 1 : 12345.5]));
	const plural = texts.length > 1 || names.has('count');
	const counts = plural ? [0, 1, 2, 5, 21, 1000, 12345, 1.5] : [];
	return [base, ...counts.map((count) => ({ ...base, count })), {}];
}

describe("the browser's lookup of a UI string", () => {
	for (const lang of languages) {
		const strings = resources[lang].translation as Strings;
		const t = instance.getFixedT(lang);
		it(`gives what i18next gives for every ${lang} string, with every plural form`, () => {
			let compared = 0;
			for (const [key, texts] of keys(strings)) {
				for (const values of samples(texts)) {
					expect(
						translate(strings, lang, key, values),
						`${lang} ${key} ${JSON.stringify(values)}`
					).toBe(t(key as never, values as never));
					compared++;
				}
			}
			expect(compared).toBeGreaterThan(400);
		});
	}

	it('returns a key it does not have, as i18next does', () => {
		const strings = resources.en.translation as Strings;
		for (const key of ['nowhere', 'reader', 'reader.nowhere.deeper', 'reader.paragraph.x']) {
			expect(translate(strings, 'en', key)).toBe(instance.getFixedT('en')(key as never));
		}
		expect(translate(undefined, 'en', 'reader.paragraph')).toBe('reader.paragraph');
	});

	it('chooses the plural form by the language and writes numbers as it does', () => {
		const strings: Strings = { n_one: '{{count}} word', n_other: '{{count, number}} words' };
		expect(translate(strings, 'en', 'n', { count: 1 })).toBe('1 word');
		expect(translate(strings, 'en', 'n', { count: 12345 })).toBe('12,345 words');
		expect(translate(strings, 'zh-Hans', 'n', { count: 1 })).toBe('1 words');
	});
});
