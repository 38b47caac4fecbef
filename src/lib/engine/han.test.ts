import { describe, expect, it } from 'vitest';
import { isHan } from './han.ts';

describe('isHan', () => {
	const HAN = /\p{Script=Han}/u;
	it('agrees with \\p{Script=Han} on every character of the Basic Multilingual Plane', () => {
		const disagree: string[] = [];
		for (let code = 0; code < 0x10000; code++) {
			if (code >= 0xd800 && code <= 0xdfff) continue; // surrogates are not characters
			const ch = String.fromCharCode(code);
			if (isHan(ch) !== HAN.test(ch)) disagree.push(ch);
		}
		expect(disagree).toEqual([]);
	});
	it('reads characters beyond it by their code point', () => {
		expect(isHan('𠀀')).toBe(true); // U+20000, CJK Extension B
		expect(isHan('😀')).toBe(false);
		expect(['中', '〇', '々', 'a', '，', '１'].map(isHan)).toEqual([
			true,
			true,
			true,
			false,
			false,
			false
		]);
	});
});
