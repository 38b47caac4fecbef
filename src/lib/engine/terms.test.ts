import { describe, expect, it } from 'vitest';
import { alignRenderings, hasRendering } from './align.ts';
import { termIndex } from './annotate.ts';
import { createAnnotator } from './annotator.ts';
import { termSpans } from './spans.ts';

const terms = termIndex([
	{ text: '国家认监委', pinyin: 'guó jiā rèn jiān wěi', term: 'cnca' },
	{ text: '认监委', pinyin: 'rèn jiān wěi', term: 'cnca' },
	{ text: '认证', pinyin: 'rèn zhèng', term: 'certification' },
	{ text: '认证认可', pinyin: 'rèn zhèng rèn kě', term: 'cca' },
	{ text: '认证认可服务业', pinyin: 'rèn zhèng rèn kě fú wù yè', term: 'cca-services' },
	{ text: '局长', pinyin: 'jú zhǎng', term: 'director' },
	{ text: '抓质量、保安全', pinyin: 'zhuā zhì liàng bǎo ān quán', term: 'slogan' }
]);
const glossary = createAnnotator({ glossary: terms });
const { annotate } = createAnnotator();

const termsOf = (text: string) =>
	glossary
		.annotate(text)
		.filter((t) => t.term)
		.map((t) => [t.text, t.term]);

describe('glossary matching', () => {
	it('takes the longest form and every alias', () => {
		expect(termsOf('国家认监委主任')).toEqual([['国家认监委', 'cnca']]);
		expect(termsOf('认监委成立后')).toEqual([['认监委', 'cnca']]);
	});
	it('never matches a shorter term inside a longer one', () => {
		expect(termsOf('大力发展认证认可服务业')).toEqual([['认证认可服务业', 'cca-services']]);
		expect(termsOf('认证认可工作')).toEqual([['认证认可', 'cca']]);
		expect(termsOf('严厉打击认证违法行为')).toEqual([['认证', 'certification']]);
	});
	it('gives a term the glossary pinyin as one word', () => {
		const token = glossary.annotate('副局长、国家认监委主任').find((t) => t.term === 'cnca');
		expect(token).toMatchObject({
			text: '国家认监委',
			kind: 'word',
			pinyinNum: ['guo2', 'jia1', 'ren4', 'jian1', 'wei3']
		});
	});
	it('matches a term with punctuation in it, keeping tokens whole', () => {
		const tokens = glossary.annotate('“抓质量、保安全”工作方针');
		expect(tokens.map((t) => t.text).join('')).toBe('“抓质量、保安全”工作方针');
		expect(tokens.filter((t) => t.term === 'slogan').map((t) => t.text)).toEqual([
			'抓质量',
			'、',
			'保安全'
		]);
		expect(tokens.find((t) => t.text === '保安全')?.pinyin).toEqual(['bǎo', 'ān', 'quán']);
	});
	it('loses a term that a document override cuts into', () => {
		const tokens = glossary.annotate('局长们', { overrides: { 长们: 'zhǎng men' } });
		expect(tokens.some((t) => t.term)).toBe(false);
	});
	it('rejects a form whose pinyin does not fit', () => {
		expect(() => termIndex([{ text: '两局', pinyin: 'liǎng', term: 'x' }])).toThrow(
			'term "x": "两局" has 2 characters but 1 syllables'
		);
	});
});

describe('English renderings', () => {
	const cnca = { term: 'cnca', texts: ['Certification and Accreditation Administration', 'CNCA'] };
	it('cuts the sentence into pieces, longest rendering first, losing nothing', () => {
		const en = 'the Certification and Accreditation Administration (CNCA) said';
		const pieces = alignRenderings(en, [cnca, { term: 'cert', texts: ['certification'] }]);
		expect(pieces.map((p) => p.text).join('')).toBe(en);
		expect(pieces.filter((p) => p.term)).toEqual([
			{ text: 'Certification and Accreditation Administration', term: 'cnca' },
			{ text: 'CNCA', term: 'cnca' }
		]);
	});
	it('matches whole words only, case-insensitively', () => {
		expect(hasRendering('CNCAX rules', ['CNCA'])).toBe(false);
		expect(hasRendering('the cnca rules', ['CNCA'])).toBe(true);
	});
});

describe('segmentation overrides', () => {
	it('cut a span into the words written, keeping readings', () => {
		const texts = (segments?: string[]) =>
			annotate('加快形成新的格局', { ...(segments ? { segments } : {}) }).map((t) => t.text);
		expect(texts(['加快形 成新'])).toEqual(expect.arrayContaining(['加快形', '成新']));
		const tokens = annotate('作出贡献', { segments: ['作出'] });
		expect(tokens[0]).toMatchObject({ text: '作出', pinyin: ['zuò', 'chū'] });
	});
	it('unmake a glossary term they cut into', () => {
		const tokens = glossary.annotate('国家认监委', { segments: ['国家 认监委'] });
		expect(tokens.map((t) => [t.text, t.term])).toEqual([
			['国家', undefined],
			['认监委', undefined]
		]);
	});
});

describe('term spans', () => {
	it('join the tokens of a term written with punctuation, with its offset in the sentence', () => {
		const tokens = glossary.annotate('要落实“抓质量、保安全”方针');
		expect(termSpans(tokens).map(({ term, text, offset }) => [term, text, offset])).toEqual([
			['slogan', '抓质量、保安全', 4]
		]);
	});
	it('keep two uses of one term apart', () => {
		const tokens = glossary.annotate('认监委和认监委');
		expect(termSpans(tokens).map((s) => [s.text, s.first, s.last])).toEqual([
			['认监委', 0, 0],
			['认监委', 2, 2]
		]);
	});
});
