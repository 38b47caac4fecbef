import { describe, expect, it } from 'vitest';
import { orderReadings } from '../reader/readings.ts';
import { dictionary } from './dictionary.ts';
import { wordInfo } from './words.ts';

const dict = dictionary();
const first = (word: string, context: string[]) =>
	orderReadings(wordInfo(dict, word).readings, context)[0]?.pinyin.join(' ');

describe('dictionary lookups', () => {
	it('list the reading a polyphonic word has in context first', () => {
		expect(first('长', ['zhǎng'])).toBe('zhǎng');
		expect(first('长', ['cháng'])).toBe('cháng');
		expect(first('重', ['chóng'])).toBe('chóng');
		expect(first('重', ['zhòng'])).toBe('zhòng');
		expect(first('行', ['háng'])).toBe('háng');
		expect(first('为', ['wéi'])).toBe('wéi');
	});
	it('merge entries with the same reading', () => {
		const readings = orderReadings(wordInfo(dict, '局').readings, ['jú']);
		expect(readings.filter((r) => r.pinyin.join(' ') === 'jú')).toHaveLength(1);
	});
	it('give traditional forms and HSK 2.0 levels', () => {
		expect(wordInfo(dict, '发展')).toMatchObject({ traditional: ['發展'], hsk: 4 });
		expect(wordInfo(dict, '重要').hsk).toBe(3);
		expect(wordInfo(dict, '认监委')).toEqual({ traditional: [], readings: [] });
	});
	it('pin the dictionary release', () => {
		expect(dict.size).toBeGreaterThan(120_000);
	});
});
