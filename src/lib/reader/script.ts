/**
 * The Chinese of a text in Traditional characters, from its Simplified page model: only the
 * characters change. Words, their pinyin (one syllable per character), term links, sentence
 * ids and the English stay as they are, and the Simplified text stays the data: a converted
 * word keeps it in `text` and shows `hant` (Ruby.svelte writes `data-hans` for the page's
 * scripts, source.ts reads it), so lookups, saved words and corrections are the same in both.
 *
 * The converter is given (an OpenCC function: opencc.ts), so this runs at build time for
 * shipped documents and in the browser for imported texts, with the same result.
 */
import type { ParagraphView, RubyToken } from '$lib/model';

/** A Simplified → Traditional text converter (OpenCC's). */
export type Convert = (text: string) => string;

/** The characters of Simplified and Traditional Chinese, as BCP 47 writes them. */
export type Script = 'hans' | 'hant';

/** The `lang` of Chinese text in `script`. */
export const chineseLang = (script: Script): 'zh-Hans' | 'zh-Hant' =>
	script === 'hant' ? 'zh-Hant' : 'zh-Hans';

const HAN = /\p{Script=Han}/u;

/**
 * `word` in Traditional characters, character for character. The word is converted whole,
 * so that OpenCC's phrases choose between the forms of a character (头发 頭髮, 发现 發現);
 * where that changes the number of characters (which would take the characters away from
 * their syllables), each character is converted alone, and one that still becomes more or
 * fewer characters is left as it is.
 */
export function traditionalWord(word: string, convert: Convert): string {
	if (!HAN.test(word)) return word;
	const chars = Array.from(word);
	const whole = convert(word);
	if (Array.from(whole).length === chars.length) return whole;
	return chars
		.map((c) => {
			const one = convert(c);
			return Array.from(one).length === 1 ? one : c;
		})
		.join('');
}

/** A token in Traditional characters: `hant` where that differs from `text`. */
function traditionalToken(token: RubyToken, convert: Convert): RubyToken {
	if (!token.pinyin) return token;
	const hant = traditionalWord(token.text, convert);
	return hant === token.text ? token : { ...token, hant };
}

export function traditionalTokens(tokens: readonly RubyToken[], convert: Convert): RubyToken[] {
	return tokens.map((token) => traditionalToken(token, convert));
}

/** The paragraphs with their Chinese in Traditional characters (the English as it is). */
export function traditionalParagraphs(
	paragraphs: readonly ParagraphView[],
	convert: Convert
): ParagraphView[] {
	return paragraphs.map((p) => ({
		...p,
		sentences: p.sentences.map((s) => ({ ...s, zh: traditionalTokens(s.zh, convert) }))
	}));
}

/** How a popover shows Chinese it has in Simplified characters: its `lang`, and its form. */
export interface ShownChinese {
	lang: 'zh-Hans' | 'zh-Hant';
	of: (zh: string) => string;
}

/** Chinese already in `script`'s characters: only marked with its language. */
export const shownAsIs = (script: Script): ShownChinese => ({
	lang: chineseLang(script),
	of: (zh) => zh
});

export const AS_SIMPLIFIED: ShownChinese = shownAsIs('hans');
