import { pinyin } from 'pinyin-pro';
import { beforeEach, describe, expect, it } from 'vitest';
import { ContextWords, LONGEST_CONTEXT_WORD } from '../engine/context-words.ts';
import { readingsOf } from '../engine/dictionary.ts';
import { usePinyinWords } from '../engine/pinyin-words.ts';
import { PINYIN_WORDS } from './annotator.ts';
import contextWords from './context-words.json' with { type: 'json' };
import { content } from './content.ts';
import { dictionary } from './dictionary.ts';
import saidWords from './said-words.json' with { type: 'json' };

// The files src/cli/build-pinyin-words.ts writes from pinyin-pro's dictionaries: they must
// still say what pinyin-pro, as the server loads it, says (run the script again if not).
describe('words taken from pinyin-pro', () => {
	const dict = dictionary();
	const covering = new ContextWords(contextWords);
	// As the reader pages read: pinyin-pro with the words of @pinyin-pro/data.
	beforeEach(() => usePinyinWords(PINYIN_WORDS));

	it('said-words.json: each word takes its neutral tones from pinyin-pro, the rest from CC-CEDICT', () => {
		const entries = Object.entries(saidWords as Record<string, string>);
		expect(entries.length).toBeGreaterThan(100);
		for (const [word, said] of entries) {
			const heard = pinyin(word, { type: 'array' });
			const readings = readingsOf(dict, word);
			expect(readings, word).toHaveLength(1);
			const written = readings[0] ?? [];
			const syllables = said.split(' ');
			expect(syllables, word).not.toEqual(written);
			syllables.forEach((syllable, k) => {
				if (syllable !== written[k]) expect([word, syllable]).toEqual([word, heard[k]]);
			});
		}
		expect((saidWords as Record<string, string>)['队伍']).toBe('duì wu');
	});

	it('context-words.json: pinyin-pro reads the characters at the places given, and only those, otherwise than on their own', () => {
		const entries = Object.entries(contextWords as Record<string, number[]>);
		expect(entries.length).toBeGreaterThan(1000);
		for (const [word, places] of entries) {
			const heard = pinyin(word, { type: 'array' });
			const otherwise = Array.from(word).flatMap((ch, k) =>
				heard[k] !== pinyin(ch, { type: 'array' })[0] ? [k] : []
			);
			expect([word, otherwise]).toEqual([word, places]);
		}
		expect((contextWords as Record<string, number[]>)['目的']).toEqual([1]);
	});

	it('a character no context word covers reads in its window as on its own (the seed)', () => {
		const reach = LONGEST_CONTEXT_WORD - 1;
		const sentences = content().documents.flatMap((doc) =>
			doc.paragraphs.flat().map((pair) => pair.zh)
		);
		expect(sentences.length).toBeGreaterThan(30);
		let checked = 0;
		for (const sentence of sentences) {
			const chars = Array.from(sentence);
			chars.forEach((ch, i) => {
				// 一 不 了 are always read in context; the rest only where covered.
				if (!/\p{Script=Han}/u.test(ch) || '一不了'.includes(ch)) return;
				if (covering.covers(chars, i)) return;
				const start = Math.max(0, i - reach);
				const window = chars.slice(start, i + reach + 1).join('');
				const inWindow = pinyin(window, { type: 'array' })[i - start];
				expect([window, ch, inWindow]).toEqual([window, ch, pinyin(ch, { type: 'array' })[0]]);
				checked++;
			});
		}
		expect(checked).toBeGreaterThan(1000);
	});
});
