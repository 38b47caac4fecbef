import { describe, expect, it } from 'vitest';
import type { ParagraphView, RubyToken, TermCard } from '../model.ts';
import { appendixTerms, firstSentence } from './appendix.ts';

const card = (id: string, headword: string, pinyin: string, senses: string[]): TermCard => ({
	id,
	category: 'institution',
	headword,
	pinyin,
	aliases: [],
	english: { name: `${id} name`, provenance: 'ours', source: 'a long note on where it is from' },
	senses: senses.map((s) => ({ id: s, en: `${id} ${s} explained. More on it.` }))
});

const cards: Record<string, TermCard> = {
	cnca: {
		...card('cnca', '国家认监委', 'guó jiā rèn jiān wěi', ['main']),
		english: {
			name: 'Certification and Accreditation Administration',
			abbreviation: 'CNCA',
			provenance: 'official',
			source: 'CNCA'
		}
	},
	five: card('five', '五位一体', 'wǔ wèi yī tǐ', ['sector', 'plan']),
	aqsiq: card('aqsiq', '国家质检总局', 'guó jiā zhì jiǎn zǒng jú', ['main']),
	unused: card('unused', '两局', 'liǎng jú', ['main'])
};

/** A term's tokens in a sentence: one token per character, as the page model has them. */
const term = (text: string, id: string, sense?: string): RubyToken[] =>
	Array.from(text, (c) => ({ text: c, pinyin: ['x'], term: id, ...(sense ? { sense } : {}) }));
const sentence = (id: string, ...zh: RubyToken[][]) => ({ id, zh: zh.flat(), en: [] });

const paragraphs: ParagraphView[] = [
	{
		sentences: [
			sentence('p1s1', term('国家认监委', 'cnca'), [{ text: '和' }], term('认监委', 'cnca')),
			sentence('p1s2', term('五位一体', 'five', 'plan'), term('总局', 'aqsiq'))
		]
	},
	{ sentences: [sentence('p2s1', term('五位一体', 'five', 'plan'), term('不存在', 'missing'))] }
];

describe('appendixTerms', () => {
	it('lists the terms the text uses, in pinyin order, with the forms the text writes them in', () => {
		expect(appendixTerms(cards, paragraphs)).toEqual([
			{
				id: 'cnca',
				headword: '国家认监委',
				pinyin: 'guó jiā rèn jiān wěi',
				forms: ['认监委'],
				name: 'Certification and Accreditation Administration',
				abbreviation: 'CNCA',
				explanations: ['cnca main explained.']
			},
			{
				id: 'aqsiq',
				headword: '国家质检总局',
				pinyin: 'guó jiā zhì jiǎn zǒng jú',
				forms: ['总局'],
				name: 'aqsiq name',
				explanations: ['aqsiq main explained.']
			},
			{
				id: 'five',
				headword: '五位一体',
				pinyin: 'wǔ wèi yī tǐ',
				forms: [],
				name: 'five name',
				explanations: ['five plan explained.']
			}
		]);
	});

	it('gives every sense of a term where an occurrence does not say which it means', () => {
		const unsaid = [{ sentences: [sentence('p1s1', term('五位一体', 'five'))] }];
		expect(appendixTerms(cards, unsaid)[0]?.explanations).toEqual([
			'five sector explained.',
			'five plan explained.'
		]);
	});

	it('a text without terms has no appendix', () => {
		expect(appendixTerms(cards, [{ sentences: [sentence('p1s1', [{ text: '你好' }])] }])).toEqual(
			[]
		);
	});
});

describe('firstSentence', () => {
	it('ends at the first full stop that ends a sentence', () => {
		expect(firstSentence('A body set up in 2001. It approves others.')).toBe(
			'A body set up in 2001.'
		);
		expect(firstSentence('Short for 对外贸易, foreign trade. 外贸外援大局 means more.')).toBe(
			'Short for 对外贸易, foreign trade.'
		);
		expect(firstSentence('What is it? Nobody knows.')).toBe('What is it?');
	});

	it('not inside brackets or quotation marks, nor after an abbreviation', () => {
		expect(firstSentence('Bodies (e.g. labs. And others) and the U.S. FDA, etc. meet. More.')).toBe(
			'Bodies (e.g. labs. And others) and the U.S. FDA, etc. meet.'
		);
		expect(firstSentence('Its motto, “Trust. Service.” Later it changed.')).toBe(
			'Its motto, “Trust. Service.”'
		);
		expect(firstSentence('See No. 5 of the rules. Then more.')).toBe('See No. 5 of the rules.');
	});

	it('a text of one sentence, or with no full stop, is whole', () => {
		expect(firstSentence('One sentence.')).toBe('One sentence.');
		expect(firstSentence('no stop at all')).toBe('no stop at all');
		expect(firstSentence('')).toBe('');
	});
});
