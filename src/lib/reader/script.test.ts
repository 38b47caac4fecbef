import { describe, expect, it } from 'vitest';
import type { LookupData, ParagraphView } from '$lib/model';
import { toTraditional } from './opencc';
import { traditionalParagraphs, traditionalTokens, traditionalWord, type Convert } from './script';
import { traditionalLookup, traditionalProse } from './traditional-lookup';

describe('Traditional characters (OpenCC s2tw)', () => {
	it('converts terms and words, a character’s form chosen by its phrase', () => {
		expect(traditionalWord('认监委', toTraditional)).toBe('認監委');
		expect(traditionalWord('两局', toTraditional)).toBe('兩局');
		expect(traditionalWord('五位一体', toTraditional)).toBe('五位一體');
		expect(traditionalWord('头发', toTraditional)).toBe('頭髮');
		expect(traditionalWord('发现', toTraditional)).toBe('發現');
		// Taiwan's forms, not OpenCC's plain Traditional (爲, 裏).
		expect(traditionalWord('为了', toTraditional)).toBe('為了');
		expect(traditionalWord('这里', toTraditional)).toBe('這裡');
		// No Taiwan phrases: a word is never replaced by another (软件 is not 軟體).
		expect(traditionalWord('软件', toTraditional)).toBe('軟件');
	});

	it('keeps a word’s characters with their syllables when a conversion changes its length', () => {
		// A converter that writes 发 as two characters, wherever it is.
		const odd: Convert = (s) => s.replace(/发/g, '發发').replace(/国/g, '國');
		expect(traditionalWord('发展', odd)).toBe('发展');
		expect(traditionalWord('国发', odd)).toBe('國发');
		const [token] = traditionalTokens([{ text: '发展', pinyin: ['fā', 'zhǎn'] }], odd);
		expect(token).toEqual({ text: '发展', pinyin: ['fā', 'zhǎn'] });
	});

	it('changes only the characters: text, pinyin, terms, ids and English stay', () => {
		const paragraphs: ParagraphView[] = [
			{
				sentences: [
					{
						id: 'p1s1',
						zh: [
							{ text: '地方', pinyin: ['dì', 'fāng'], term: 'liangju', sense: 'local' },
							{ text: '两局', pinyin: ['liǎng', 'jú'], term: 'liangju', sense: 'local' },
							{ text: '的', pinyin: ['de'] },
							{ text: '。' },
							{ text: 'WTO' }
						],
						en: [{ text: 'the two bureaus', term: 'liangju' }]
					}
				]
			}
		];
		const [p] = traditionalParagraphs(paragraphs, toTraditional);
		const s = p?.sentences[0];
		expect(s?.id).toBe('p1s1');
		expect(s?.en).toEqual(paragraphs[0]?.sentences[0]?.en);
		expect(s?.zh).toEqual([
			{ text: '地方', pinyin: ['dì', 'fāng'], term: 'liangju', sense: 'local' },
			{ text: '两局', pinyin: ['liǎng', 'jú'], term: 'liangju', sense: 'local', hant: '兩局' },
			{ text: '的', pinyin: ['de'] },
			{ text: '。' },
			{ text: 'WTO' }
		]);
		for (const t of s?.zh ?? []) {
			if (t.hant) expect(Array.from(t.hant)).toHaveLength(Array.from(t.text).length);
		}
	});

	it('gives lookup data the Traditional form of what its popover shows, keys unchanged', () => {
		const data: LookupData = {
			terms: {
				renjianwei: {
					id: 'renjianwei',
					category: 'institution',
					headword: '国家认监委',
					pinyin: 'guójiā rènjiānwěi',
					aliases: [{ zh: '认监委', pinyin: 'rènjiānwěi' }],
					english: { name: 'CNCA', provenance: 'official', source: 'cnca.gov.cn (国家认监委网站)' },
					senses: [{ id: 'main', en: 'Short for 认证认可监督管理委员会.' }],
					uncertain: 'Whether 两局 includes it',
					words: { 国家认监委: ['国家', '认监委'] }
				}
			},
			words: {
				认证: { traditional: ['認證'], readings: [] },
				的: { traditional: [], readings: [] },
				会议: {
					traditional: ['會議'],
					readings: [{ pinyin: ['huì', 'yì'], senses: ['meeting', 'CL:個|个[ge4],次[ci4]'] }]
				}
			},
			chars: { 监: [] }
		};
		const hant = traditionalLookup(data, toTraditional);
		expect(hant.terms).toBe(data.terms);
		expect(hant.words).toBe(data.words);
		expect(hant.hant).toEqual({
			国家认监委: '國家認監委',
			认监委: '認監委',
			国家: '國家',
			认证: '認證',
			监: '監',
			会议: '會議',
			// The words its dictionary senses refer to (次 is the same in both).
			个: '個',
			// The Chinese written in its English explanations (Mixed.svelte shows them).
			国家认监委网站: '國家認監委網站',
			认证认可监督管理委员会: '認證認可監督管理委員會',
			两局: '兩局'
		});
	});
});

describe('English prose with Chinese in it, in Traditional characters', () => {
	it('converts the Chinese runs and leaves the English, spaces and punctuation', () => {
		expect(
			traditionalProse('Short for 行业作风 or 行业风气, “the conduct of a trade”.', toTraditional)
		).toBe('Short for 行業作風 or 行業風氣, “the conduct of a trade”.');
		expect(traditionalProse('No Chinese here.', toTraditional)).toBe('No Chinese here.');
	});
});
