import { describe, expect, it } from 'vitest';
import { spokenSyllables } from './tone-change';

const said = (text: string, pinyin: string, ends: number[] = []) =>
	spokenSyllables(Array.from(text), pinyin.split(' '), new Set(ends)).join(' ');

describe('一 and 不 as said', () => {
	it('change before the next syllable’s tone', () => {
		expect(said('五位一体', 'wǔ wèi yī tǐ')).toBe('wǔ wèi yì tǐ');
		expect(said('一样', 'yī yàng')).toBe('yí yàng');
		expect(said('一个', 'yī ge')).toBe('yí ge');
		expect(said('不断', 'bù duàn')).toBe('bú duàn');
		expect(said('不同', 'bù tóng')).toBe('bù tóng');
	});
	it('stay where 一 ends a word or the text, or counts', () => {
		expect(said('统一战线', 'tǒng yī zhàn xiàn', [1, 3])).toBe('tǒng yī zhàn xiàn');
		expect(said('统一', 'tǒng yī')).toBe('tǒng yī');
		expect(said('十一五', 'shí yī wǔ')).toBe('shí yī wǔ');
		expect(said('第一', 'dì yī')).toBe('dì yī');
		expect(said('一一', 'yī yī')).toBe('yī yī');
	});
	it('leave a reading already written as said', () => {
		expect(said('一体', 'yì tǐ')).toBe('yì tǐ');
	});
});
