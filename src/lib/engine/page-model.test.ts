import { describe, expect, it } from 'vitest';
import { rubyTokens, sentenceView, type PageTerm } from './page-model.ts';
import type { Token } from './types.ts';

const word = (text: string, pinyin: string[], term?: string): Token => ({
	text,
	kind: 'word',
	pinyin,
	pinyinNum: [],
	...(term ? { term } : {})
});
const TERMS: Record<string, PageTerm> = {
	one: { senses: [{ id: 'main' }], renderings: ['the one'] },
	two: { senses: [{ id: 'a' }, { id: 'b' }], renderings: ['two'] }
};
const term = (id: string) => TERMS[id];

describe('the page model', () => {
	it('gives a term the sense chosen, else its only one, and a word its full tones where they differ', () => {
		const tokens = [
			word('认识', ['rèn', 'shi']),
			word('一', ['yī'], 'one'),
			word('二', ['èr'], 'two')
		];
		const full = [
			word('认识', ['rèn', 'shí']),
			word('一', ['yī'], 'one'),
			word('二', ['èr'], 'two')
		];
		expect(rubyTokens(tokens, { full, term })).toEqual([
			{ text: '认识', pinyin: ['rèn', 'shi'], full: ['rèn', 'shí'] },
			{ text: '一', pinyin: ['yī'], term: 'one', sense: 'main' },
			{ text: '二', pinyin: ['èr'], term: 'two' }
		]);
		expect(rubyTokens(tokens, { senses: { 二: 'b' }, term })[2]).toMatchObject({ sense: 'b' });
	});
	it('marks each term’s rendering in the English', () => {
		const view = sentenceView('p1s1', [word('一', ['yī'], 'one')], 'It is the one.', { term });
		expect(view.id).toBe('p1s1');
		expect(view.en.some((piece) => 'term' in piece && piece.term === 'one')).toBe(true);
	});
});
