import { describe, expect, it } from 'vitest';
import { toneOf } from './tones';

describe('toneOf', () => {
	it('reads the tone from the mark, on any vowel, composed or not', () => {
		expect(['mā', 'má', 'mǎ', 'mà', 'ma'].map(toneOf)).toEqual([1, 2, 3, 4, 5]);
		expect(['lüè', 'nǚ', 'ér', 'zhuàng', 'Ōu'].map(toneOf)).toEqual([4, 3, 2, 4, 1]);
		expect(toneOf('ma\u0300')).toBe(4);
		expect(toneOf('')).toBe(5);
	});
});
