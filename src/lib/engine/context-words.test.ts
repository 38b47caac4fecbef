import { describe, expect, it } from 'vitest';
import { ContextWords } from './context-words.ts';

const words = new ContextWords({ 目的: [1], 了解: [0], 李一氓: [2], 𠀀的: [1] });
const covered = (text: string) => Array.from(text).map((_, i, chars) => words.covers(chars, i));

describe('ContextWords', () => {
	it('keeps the strings of two to five BMP characters only', () => {
		const all = { 的: [0], 目的: [1], 李一氓: [2], 合二为一: [2], 中华人民共和国: [0], 𠀀的: [1] };
		expect(new ContextWords(all).size).toBe(3);
	});

	it('covers a character inside a listed string of four or five characters', () => {
		const idioms = new ContextWords({ 合二为一: [2], 反守为攻: [2] });
		const chars = Array.from('两国合二为一了');
		expect(chars.map((_, i) => idioms.covers(chars, i))).toEqual([
			false,
			false,
			false,
			false,
			true,
			false,
			false
		]);
		expect(idioms.covers(Array.from('合二为'), 2)).toBe(false);
	});

	it('covers the character a listed string reads otherwise, not the others in it', () => {
		expect(covered('我的目的地')).toEqual([false, false, false, true, false]);
		expect(covered('要了解情况')).toEqual([false, true, false, false, false]);
		expect(covered('作者李一氓先生')).toEqual([false, false, false, false, true, false, false]);
		expect(covered('的目')).toEqual([false, false]);
	});

	it('does not take a triple for the pair inside it, or a pair for a triple', () => {
		expect(covered('一氓')).toEqual([false, false]);
		expect(covered('李一')).toEqual([false, false]);
		expect(new ContextWords({ 一氓: [1] }).covers(Array.from('李一氓'), 2)).toBe(true);
		expect(new ContextWords({ 李一氓: [2] }).covers(Array.from('一氓'), 1)).toBe(false);
	});

	it('does not take one place for another', () => {
		expect(new ContextWords({ 目的: [0] }).covers(Array.from('目的'), 1)).toBe(false);
	});

	it('covers at the edges of the text', () => {
		expect(covered('目的')).toEqual([false, true]);
		expect(covered('的')).toEqual([false]);
		expect(covered('')).toEqual([]);
	});

	it('answers yes beside a character outside the BMP, which it cannot tell about', () => {
		expect(covered('𠀀的目')).toEqual([true, true, false]);
		expect(covered('他们的人')).toEqual([false, false, false, false]);
	});
});
