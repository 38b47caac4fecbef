import { parseReading, toNumbered } from '../engine/syllable.ts';
import type { SearchKeys } from '../model.ts';
import { toTraditional } from '../reader/opencc.ts';
import { traditionalWord } from '../reader/script.ts';
import { formsOf, type GlossaryEntry } from './glossary.ts';

/** What glossary search matches an entry by, computed at build time. */
export function searchKeys(
	entry: GlossaryEntry,
	spoken: (zh: string, pinyin: string) => string = (_zh, pinyin) => pinyin
): SearchKeys {
	const forms = formsOf(entry);
	if (entry.expansion) forms.push({ zh: entry.expansion.zh, pinyin: entry.expansion.pinyin });
	const syllables = forms.map((f) => parseReading(f.pinyin).map((s) => s.toLowerCase()));
	// The readings as said (五位一体 wǔ wèi yì tǐ) are found too.
	const said = forms.flatMap((f) => {
		const reading = spoken(f.zh, f.pinyin);
		return reading !== f.pinyin
			? [
					parseReading(reading)
						.map((s) => s.toLowerCase())
						.join('')
				]
			: [];
	});
	const toneless = syllables.map((syls) => syls.map((s) => toNumbered(s).slice(0, -1)));
	const hanzi = forms.map((f) => f.zh);
	// Typed in Traditional characters (認監委), an entry is found too.
	const traditional = hanzi.map((zh) => traditionalWord(zh, toTraditional));
	return {
		hanzi: [...new Set([...hanzi, ...traditional])],
		toned: [...syllables.map((syls) => syls.join('')), ...said],
		toneless: toneless.map((syls) => syls.join('').replaceAll('v', 'u')),
		initials: toneless.map((syls) => syls.map((s) => s[0] ?? '').join('')),
		english: [
			entry.english.name,
			entry.english.short,
			entry.english.abbreviation,
			entry.expansion?.en,
			...entry.renderings
		]
			.filter((s): s is string => Boolean(s))
			.map((s) => s.toLowerCase()),
		explanation: entry.senses.map((s) => s.en.toLowerCase())
	};
}
