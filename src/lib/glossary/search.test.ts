import { describe, expect, it } from 'vitest';
import { Content } from '$lib/server/content';
import { searchGlossary } from './search';

const items = Content.load().items();
const top = (query: string, n = 1) =>
	searchGlossary(items, query)
		.slice(0, n)
		.map((i) => i.id);

describe('glossary search', () => {
	it('finds by characters, exact headword first', () => {
		expect(top('认监委')).toEqual(['cnca']);
		expect(top('国家认监委')).toEqual(['cnca']);
		expect(top('两局')).toEqual(['local-two-bureaus']);
		// A substring finds every entry that contains it, shortest first.
		expect(searchGlossary(items, '认证认可').map((i) => i.headword)[0]).toBe('认证认可');
	});
	it('finds by characters typed in Traditional', () => {
		expect(top('認監委')).toEqual(['cnca']);
		expect(top('國家認監委')).toEqual(['cnca']);
		expect(top('兩局')).toEqual(['local-two-bureaus']);
	});
	it('finds by pinyin without tones or spaces', () => {
		expect(top('renjianwei')).toEqual(['cnca']);
		expect(top('ren jian wei')).toEqual(['cnca']);
		expect(top('liangju')).toEqual(['local-two-bureaus']);
	});
	it('finds by pinyin with tone marks or numbers', () => {
		expect(top('rèn jiān wěi')).toEqual(['cnca']);
		expect(top('ren4 jian1 wei3')).toEqual(['cnca']);
		// Tone marks must match: wrong tones find nothing with that exact reading.
		expect(top('rén jiān wěi')).toEqual([]);
	});
	it('finds a reading as said, with its tone changes, as well as written', () => {
		expect(top('wǔ wèi yì tǐ')).toEqual(['five-in-one']);
		expect(top('wǔ wèi yī tǐ')).toEqual(['five-in-one']);
		expect(items.find((i) => i.id === 'five-in-one')?.spoken).toBe('wǔ wèi yì tǐ');
	});
	it('finds by pinyin initials', () => {
		expect(top('rjw')).toEqual(['cnca']);
		expect(top('lj', 3)).toContain('local-two-bureaus');
		expect(top('dflj')).toEqual(['local-two-bureaus']);
	});
	it('finds by English words and abbreviations', () => {
		expect(top('CNCA')).toEqual(['cnca']);
		expect(top('aqsiq')).toEqual(['aqsiq']);
		const accreditation = searchGlossary(items, 'accreditation').map((i) => i.id);
		expect(accreditation).toContain('cnca');
		expect(accreditation).toContain('accreditation');
		expect(top('conformity assess')).toEqual(['conformity-assessment']);
	});
	it('finds by what an entry explains, after the entries it names', () => {
		expect(top('two bureaus')).toEqual(['local-two-bureaus']);
		const found = searchGlossary(items, 'accreditation');
		const named = (i: (typeof items)[number]) =>
			i.keys.english.some((e) => e.includes('accreditation'));
		const firstExplained = found.findIndex((i) => !named(i));
		expect(firstExplained).toBeGreaterThan(0);
		expect(found.slice(firstExplained).some(named)).toBe(false);
	});
	it('finds nothing for nonsense', () => {
		expect(searchGlossary(items, 'zzqqxx')).toEqual([]);
		expect(searchGlossary(items, '   ')).toEqual([]);
	});
});
