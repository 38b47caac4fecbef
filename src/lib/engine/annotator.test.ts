import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readerData } from '../server/annotator.ts';
import { createAnnotator, type Annotator } from './annotator.ts';

const pinyinOf = (annotator: Annotator, text: string) =>
	annotator
		.annotate(text)
		.map((t) => t.pinyin?.join('') ?? t.text)
		.join(' ');

describe('an annotator', () => {
	it('reads with its own pinyin-pro words, whatever another annotator read with before', () => {
		// pinyin-pro's word list is global: each annotator must register its own words.
		const plain = createAnnotator();
		const own = createAnnotator({ pinyinWords: { 银行: ['yín xíng', 1] } });
		const text = '他在银行工作';
		const first = [pinyinOf(plain, text), pinyinOf(own, text)];
		expect(first).toEqual(['tā zài yínháng gōng zuò', 'tā zài yínxíng gōng zuò']);
		for (let round = 0; round < 3; round++) {
			expect([pinyinOf(own, text), pinyinOf(plain, text)]).toEqual([first[1], first[0]]);
		}
	});

	it('with a dictionary, reads the same interleaved with another as alone (the seed)', () => {
		const data = readerData();
		const { pinyinWords, ...withoutWords } = data;
		expect(pinyinWords).toBeDefined();
		const reader = createAnnotator(data);
		const other = createAnnotator(withoutWords);
		// Lines of the seed that the two read differently, and some that they read alike.
		const lines = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8')
			.split('\n')
			.filter((line) => line.trim())
			.slice(0, 12);
		const probe = ['一品锅很好吃', '一审判决', '三相电'];
		const alone = [...lines, ...probe].map((line) => pinyinOf(reader, line));
		const otherAlone = [...lines, ...probe].map((line) => pinyinOf(other, line));
		expect(alone.slice(-3)).toEqual(['yīpǐnguō hěn hǎochī', 'yīshěn pànjué', 'sān xiàng diàn']);
		expect(otherAlone.slice(-3)).toEqual([
			'yìpǐnguō hěn hǎochī',
			'yìshěn pànjué',
			'sān xiāng diàn'
		]);
		[...lines, ...probe].forEach((line, i) => {
			expect(pinyinOf(other, line)).toBe(otherAlone[i]);
			expect(pinyinOf(reader, line)).toBe(alone[i]);
		});
	});
});
