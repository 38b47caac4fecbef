import { describe, expect, it } from 'vitest';
import { readerData } from '../server/annotator.ts';
import { termIndex } from './annotate.ts';
import { createAnnotator, type AnnotatorData } from './annotator.ts';
import { applyLearned, learnedReading, type PolyphoneModel } from './learned.ts';
import type { AnnotateOptions } from './types.ts';

const model = (parts: Partial<PolyphoneModel>): PolyphoneModel => ({
	source: 'test',
	after: {},
	before: {},
	alone: {},
	...parts
});

/** The syllables an annotator of `data` gives `text` with `options`, one per character. */
const read = (text: string, { neutralTones, ...data }: AnnotatorData & AnnotateOptions) =>
	createAnnotator(data)
		.annotate(text, neutralTones === undefined ? {} : { neutralTones })
		.flatMap((t) => t.pinyin ?? Array.from(t.text).map(() => ''));

describe('learnedReading', () => {
	const m = model({ after: { 庙阆: 'láng' }, before: { 阆州: 'lǎng' }, alone: { 阆: 'làng' } });
	const at = (text: string, i: number) => learnedReading({ chars: Array.from(text) }, i, m);
	it('prefers the pair with the character before, then after, then the lone reading', () => {
		expect(at('庙阆州', 1)).toBe('láng');
		expect(at('徙阆州', 1)).toBe('lǎng');
		expect(at('徙阆县', 1)).toBe('làng');
		expect(at('徙县', 1)).toBeUndefined();
	});
});

describe('applyLearned', () => {
	it('reads only lone characters that no rule has decided', () => {
		const s = {
			chars: Array.from('垛垛垛垛'),
			readings: ['duò', 'duò', 'duò', 'duò'],
			alone: [true, false, true, true]
		};
		applyLearned(s, [false, false, true, false], model({ alone: { 垛: 'duǒ' } }));
		expect(s.readings).toEqual(['duǒ', 'duò', 'duò', 'duǒ']);
	});
});

describe('the learned readings in annotate', () => {
	const dict = readerData({ polyphones: false });
	it('decide a lone character the dictionary and rules leave open', () => {
		const text = '三垛镇在江苏。';
		expect(read(text, dict)[1]).toBe('duò');
		expect(read(text, { ...dict, polyphones: model({ alone: { 垛: 'duǒ' } }) })[1]).toBe('duǒ');
	});
	it('never undo a grammar rule, a dictionary word or a glossary term', () => {
		const polyphones = model({ alone: { 为: 'wèi', 长: 'cháng' } });
		// 为 after 选 is the copula (a rule), 长 in 部长 a dictionary word, 三垛 a glossary term.
		expect(read('他被选为班长。', { ...dict, polyphones })[3]).toBe('wéi');
		expect(read('部长来了。', { ...dict, polyphones })[1]).toBe('zhǎng');
		const terms = termIndex([{ text: '三垛', pinyin: 'sān duò', term: 'sanduo' }]);
		const duo = model({ alone: { 垛: 'duǒ' } });
		expect(read('三垛镇', { ...dict, polyphones: duo, glossary: terms })[1]).toBe('duò');
	});
});

describe('neutral tones', () => {
	const dict = readerData({ polyphones: false });
	it('are written as heard by default and in full with neutralTones: false', () => {
		expect(read('知识', dict)).toEqual(['zhī', 'shi']);
		expect(read('知识', { ...dict, neutralTones: false })).toEqual(['zhī', 'shí']);
		expect(read('衣服', { ...dict, neutralTones: false })).toEqual(['yī', 'fú']);
	});
	it('take the dictionary’s full tone: its Taiwan pronunciation, else the usual tone in words', () => {
		const full = { ...dict, neutralTones: false };
		// CC-CEDICT: 部分 bu4 fen5, "Taiwan pr. [bu4 fen4]"; 量 is liàng in 数量, 质量, 大量…
		expect(read('部分', full)).toEqual(['bù', 'fèn']);
		expect(read('力量', full)).toEqual(['lì', 'liàng']);
		// 难 is nán in 难以, 难道, 艰难… more than nàn in 灾难, 苦难.
		expect(read('困难', full)).toEqual(['kùn', 'nán']);
	});
	it('take the word’s own full tone where another of its entries has one', () => {
		// CC-CEDICT: 裁缝 cai2 feng5 "tailor" and cai2 feng2 "to tailor"; 缝 is more often fèng
		// in words (缝隙, 门缝), which is not this word's.
		const full = { ...dict, neutralTones: false };
		expect(read('她请裁缝做了一件衣服', full).slice(2, 4)).toEqual(['cái', 'féng']);
		expect(read('她请裁缝做了一件衣服', dict).slice(2, 4)).toEqual(['cái', 'feng']);
	});
	it('stay neutral for particles and suffixes, and in glossary terms', () => {
		const full = { ...dict, neutralTones: false };
		expect(read('桌子上的书', full)).toEqual(['zhuō', 'zi', 'shàng', 'de', 'shū']);
		expect(read('我们', full)).toEqual(['wǒ', 'men']);
		const terms = termIndex([{ text: '知识', pinyin: 'zhī shi', term: 'knowledge' }]);
		expect(read('知识', { ...full, glossary: terms })).toEqual(['zhī', 'shi']);
	});
	it('without a dictionary, take the character’s own reading', () => {
		expect(read('衣服', { neutralTones: false })).toEqual(['yī', 'fú']);
	});
});
