import { describe, expect, it } from 'vitest';
import { createAnnotator } from './annotator.ts';
import { splitRuns, splitSentences } from './runs.ts';
import { toMarked, toNumbered } from './syllable.ts';

const { annotate } = createAnnotator();

describe('syllables', () => {
	it.each([
		['zhǎng', 'zhang3'],
		['lǜ', 'lv4'],
		['de', 'de5'],
		['yī', 'yi1'],
		['guó', 'guo2']
	])('%s <-> %s', (marked, numbered) => {
		expect(toNumbered(marked)).toBe(numbered);
		expect(toMarked(numbered)).toBe(marked);
	});
	it('places the tone mark by the standard rule', () => {
		expect(toMarked('liu2')).toBe('liú');
		expect(toMarked('gui3')).toBe('guǐ');
		expect(toMarked('zhou1')).toBe('zhōu');
		expect(toMarked('nu:3')).toBe('nǚ');
	});
});

describe('runs and sentences', () => {
	it('split text into kinds and lose nothing', () => {
		const text = '1月18日,全国 CNCA 会议12.5%。';
		const runs = splitRuns(text);
		expect(runs.map((r) => r.text).join('')).toBe(text);
		expect(runs.map((r) => [r.text, r.kind])).toEqual([
			['1', 'number'],
			['月', 'han'],
			['18', 'number'],
			['日', 'han'],
			[',', 'punct'],
			['全国', 'han'],
			[' ', 'space'],
			['CNCA', 'latin'],
			[' ', 'space'],
			['会议', 'han'],
			['12.5%', 'number'],
			['。', 'punct']
		]);
	});
	it('split sentences after 。！？； and keep closing quotes with them', () => {
		expect(splitSentences('他说:“好。”我们走吧!真的?是;对')).toEqual([
			'他说:“好。”',
			'我们走吧!',
			'真的?',
			'是;',
			'对'
		]);
	});
});

describe('annotate', () => {
	it('gives every Chinese character one syllable, in marks and numbers', () => {
		const tokens = annotate('认证认可在京召开');
		for (const t of tokens) {
			expect(t.kind).toBe('word');
			expect(t.pinyin).toHaveLength(Array.from(t.text).length);
			expect(t.pinyinNum).toHaveLength(Array.from(t.text).length);
		}
		expect(tokens.flatMap((t) => t.pinyinNum)).toEqual([
			'ren4',
			'zheng4',
			'ren4',
			'ke3',
			'zai4',
			'jing1',
			'zhao4',
			'kai1'
		]);
	});
	it('keeps the text exactly, with non-Chinese tokens unannotated', () => {
		const text = '2012年, AQSIQ 与“五位一体”。\n第二行';
		const tokens = annotate(text);
		expect(tokens.map((t) => t.text).join('')).toBe(text);
		expect(tokens.find((t) => t.text === 'AQSIQ')).toEqual({ text: 'AQSIQ', kind: 'latin' });
		expect(tokens.find((t) => t.text === '2012')).toEqual({ text: '2012', kind: 'number' });
		expect(tokens.find((t) => t.text === '“')).toEqual({ text: '“', kind: 'punct' });
	});
	it('returns nothing for empty text', () => {
		expect(annotate('')).toEqual([]);
	});
});

describe('tone changes of 一 and 不', () => {
	const syllables = (text: string, toneChanges?: boolean) =>
		annotate(text, toneChanges === undefined ? {} : { toneChanges }).flatMap((t) => t.pinyin ?? []);
	it('are written by default, as learners hear them', () => {
		expect(syllables('进一步，不断完善')).toEqual(['jìn', 'yí', 'bù', 'bú', 'duàn', 'wán', 'shàn']);
	});
	it('give way to citation tones on request, and touch nothing else', () => {
		expect(syllables('进一步，不断完善', false)).toEqual([
			'jìn',
			'yī',
			'bù',
			'bù',
			'duàn',
			'wán',
			'shàn'
		]);
		expect(syllables('一方面', false)).toEqual(['yī', 'fāng', 'miàn']);
	});
});
