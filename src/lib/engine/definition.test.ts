import { describe, expect, it } from 'vitest';
import { formatSense, markedPinyin, senseText, surnamesLast } from './definition';

describe('CC-CEDICT definitions made readable', () => {
	it('writes measure words out, simplified, with tone marks', () => {
		expect(senseText('CL:個|个[ge4]')).toBe('measure word: 个 gè');
		expect(senseText('CL:個|个[ge4],隻|只[zhi1]')).toBe('measure words: 个 gè, 只 zhī');
		expect(senseText('CL:本[ben3]')).toBe('measure word: 本 běn');
	});
	it('makes a referenced word a piece of its own, to look up', () => {
		expect(formatSense('variant of 為|为[wei2]')).toEqual([
			{ text: 'variant of ' },
			{ word: '为', pinyin: 'wéi' }
		]);
		expect(formatSense('old variant of 於|于[yu2]')).toEqual([
			{ text: 'old variant of ' },
			{ word: '于', pinyin: 'yú' }
		]);
		expect(senseText('see 倒逼[dao4 bi1]')).toBe('see 倒逼 dào bī');
		expect(senseText('used in 葡萄[pu2 tao5]')).toBe('used in 葡萄 pú tao');
		expect(formatSense('see also 為|为')).toEqual([
			{ text: 'see also ' },
			{ word: '为', pinyin: '' }
		]);
	});
	it('writes numbered pinyin in brackets with tone marks, names with their capitals', () => {
		expect(senseText('Taiwan pr. [ji4]')).toBe('Taiwan pr. jì');
		expect(senseText('see 李白[Li3 Bai2], poet')).toBe('see 李白 Lǐ Bái, poet');
		expect(markedPinyin('nu:3 er2')).toBe('nǚ ér');
	});
	it('leaves plain English as it is', () => {
		expect(formatSense('to force; to compel (sb to do sth)')).toEqual([
			{ text: 'to force; to compel (sb to do sth)' }
		]);
		expect(senseText('[3]')).toBe('[3]');
	});
	it('puts surname senses after the others', () => {
		expect(surnamesLast(['surname Wang', 'king', 'old surname Li', 'monarch'])).toEqual([
			'king',
			'monarch',
			'surname Wang',
			'old surname Li'
		]);
	});
});
