import { describe, expect, it } from 'vitest';
import { BUILT_READINGS, numbered, shownSyllable, toneOf, writtenAs } from './tones';

describe('toneOf', () => {
	it('reads the tone from the mark, on any vowel, composed or not', () => {
		expect(['mā', 'má', 'mǎ', 'mà', 'ma'].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
		expect(['lüè', 'nǚ', 'ér', 'zhuàng', 'Ōu'].map(toneOf)).toEqual([4, 3, 2, 4, 1]);
		expect(toneOf('ma\u0300')).toBe(4);
		expect(toneOf('')).toBe(5);
	});
});

describe('tone numbers', () => {
	it('write the tone after the syllable, the neutral tone as 5, ü as ü', () => {
		expect(['kěn', 'zhǎng', 'de', 'lǜ', 'nǚ', 'lüè', 'ér'].map(numbered)).toEqual([
			'ken3',
			'zhang3',
			'de5',
			'lü4',
			'nü3',
			'lüe4',
			'er2'
		]);
		expect(numbered('ma\u0300')).toBe('ma4');
	});

	it('keep a capital, and leave what is not pinyin as it is', () => {
		expect(numbered('Xí')).toBe('Xi2');
		expect(numbered('')).toBe('');
		expect(numbered('·')).toBe('·');
	});

	it('write a reading syllable by syllable, or leave its tone marks', () => {
		expect(writtenAs(['rèn', 'shi'], 'numbers')).toBe('ren4 shi5');
		expect(writtenAs(['rèn', 'shi'], 'marks')).toBe('rèn shi');
	});
});

describe('the reading a syllable shows', () => {
	const choice = (change: Partial<typeof BUILT_READINGS>) => ({ ...BUILT_READINGS, ...change });

	it('is the built one by default, with its tone', () => {
		expect(shownSyllable('yí', 'yī', undefined, BUILT_READINGS)).toEqual({
			reading: 'yí',
			text: 'yí',
			tone: 2
		});
	});

	it('is 一’s citation tone, with its tone colour, when tone changes are off', () => {
		expect(shownSyllable('yí', 'yī', undefined, choice({ sandhi: 'off' }))).toEqual({
			reading: 'yī',
			text: 'yī',
			tone: 1
		});
		expect(shownSyllable('yí', 'yī', undefined, choice({ neutral: 'off' })).reading).toBe('yí');
	});

	it('is the full tone when neutral tones are off', () => {
		expect(shownSyllable('shi', undefined, 'shí', choice({ neutral: 'off' }))).toEqual({
			reading: 'shí',
			text: 'shí',
			tone: 2
		});
		expect(shownSyllable('shi', undefined, 'shí', choice({ sandhi: 'off' })).reading).toBe('shi');
	});

	it('is written in numbers when tone numbers are chosen', () => {
		expect(
			shownSyllable('yí', 'yī', undefined, choice({ sandhi: 'off', tones: 'numbers' }))
		).toEqual({ reading: 'yī', text: 'yi1', tone: 1 });
		expect(shownSyllable('shi', undefined, 'shí', choice({ tones: 'numbers' })).text).toBe('shi5');
	});
});
