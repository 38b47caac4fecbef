import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { pairTexts, splitChinese, splitEnglish } from './pair.ts';

const zhText = readFileSync('tests/fixtures/import/source/zh-simplified.txt', 'utf8');
const enText = readFileSync('tests/fixtures/import/source/en.txt', 'utf8');

describe('splitChinese', () => {
	it('after 。！？ with the closing quotes that follow', () => {
		expect(
			splitChinese(
				'小王每天坐地铁上班。他说：“地铁比开车快多了！”可是今天地铁出了问题，他只好走路。'
			)
		).toEqual([
			'小王每天坐地铁上班。',
			'他说：“地铁比开车快多了！”',
			'可是今天地铁出了问题，他只好走路。'
		]);
		expect(splitChinese('真的吗？！不会吧!! 好?')).toEqual(['真的吗？！', '不会吧!!', '好?']);
		expect(splitChinese('《论语》说：“学而时习之。”）')).toEqual(['《论语》说：“学而时习之。”）']);
	});

	it('not where a comma follows the closing quote', () => {
		expect(splitChinese('“你来吗？”，我问。')).toEqual(['“你来吗？”，我问。']);
		expect(splitChinese('“你来吗？”他问。')).toEqual(['“你来吗？”', '他问。']);
	});

	it('after ； only when asked', () => {
		const text = '要完善机制；要提升水平;最后一句。';
		expect(splitChinese(text)).toEqual([text]);
		expect(splitChinese(text, { semicolons: true })).toEqual([
			'要完善机制；',
			'要提升水平;',
			'最后一句。'
		]);
	});

	it('no end mark: one sentence; empty: none', () => {
		expect(splitChinese('标题没有句号')).toEqual(['标题没有句号']);
		expect(splitChinese('  ')).toEqual([]);
	});
});

describe('splitEnglish', () => {
	it('after . ! ? followed by a space and a capital, quotes kept with their sentence', () => {
		expect(
			splitEnglish(
				'He says, "The subway is much faster!" But today it broke. Why? "Who knows." (Nobody.) End'
			)
		).toEqual([
			'He says, "The subway is much faster!"',
			'But today it broke.',
			'Why?',
			'"Who knows."',
			'(Nobody.)',
			'End'
		]);
	});

	it('not after abbreviations, initials or dotted forms', () => {
		const text =
			'Mr. Smith met Dr. Li at No. 5 St. James St. on Jan. 3. They spoke of the U.S. Congress, e.g. Sen. Ford. J. K. Rowling came.';
		expect(splitEnglish(text)).toEqual([
			'Mr. Smith met Dr. Li at No. 5 St. James St. on Jan. 3.',
			'They spoke of the U.S. Congress, e.g. Sen. Ford.',
			'J. K. Rowling came.'
		]);
	});

	it('not before a lower-case word or a number', () => {
		expect(splitEnglish('It cost 3.5 yuan. and so on. 2013 was good.')).toEqual([
			'It cost 3.5 yuan. and so on. 2013 was good.'
		]);
		expect(splitEnglish('Wait... What? Yes… No.')).toEqual(['Wait...', 'What?', 'Yes…', 'No.']);
	});
});

describe('pairTexts', () => {
	it('the fixture: every paragraph pairs sentence by sentence', () => {
		const { paragraphs, warnings, englishLeftOver } = pairTexts(zhText, enText);
		expect(warnings).toEqual([]);
		expect(englishLeftOver).toEqual([]);
		expect(
			paragraphs.map((p) => [p.status, p.zhSentences, p.enSentences, p.zhLine, p.enLine])
		).toEqual([
			['sentences', 1, 1, 1, 1],
			['sentences', 2, 2, 3, 3],
			['sentences', 3, 3, 5, 5],
			['sentences', 3, 3, 7, 7]
		]);
		expect(paragraphs[2]?.pairs[1]).toEqual({
			zh: '他说：“地铁比开车快多了！”',
			en: 'He says, "The subway is much faster than driving!"'
		});
	});

	it('sentence counts that differ: the paragraph is one pair, and says so', () => {
		const { paragraphs, warnings } = pairTexts('一。二。三。', 'One. Two.');
		expect(paragraphs).toEqual([
			{
				status: 'paragraph',
				pairs: [{ zh: '一。二。三。', en: 'One. Two.' }],
				zhSentences: 3,
				enSentences: 2,
				semicolons: false,
				zhLine: 1,
				enLine: 1
			}
		]);
		expect(warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
			'1: paragraph 1: 3 Chinese sentences but 2 English ones, so the paragraph is one pair'
		]);
	});

	it('after ； where that makes the counts agree', () => {
		const { paragraphs, warnings } = pairTexts(
			'要完善机制；要提升水平。',
			'Improve the mechanism. Raise the level.'
		);
		expect(paragraphs[0]).toMatchObject({ status: 'sentences', semicolons: true, zhSentences: 2 });
		expect(paragraphs[0]?.pairs.map((p) => p.zh)).toEqual(['要完善机制；', '要提升水平。']);
		expect(warnings.map((w) => w.code)).toEqual(['semicolons']);
	});

	it('more Chinese paragraphs than English: the rest is Chinese-only, reported', () => {
		const { paragraphs, warnings } = pairTexts('一。\n\n二。\n\n三。', 'One.\n\nTwo.');
		expect(paragraphs.map((p) => p.status)).toEqual(['sentences', 'sentences', 'chinese-only']);
		expect(paragraphs[2]?.pairs).toEqual([{ zh: '三。' }]);
		expect(warnings.map((w) => `${w.line ?? '-'}: ${w.message}`)).toEqual([
			'-: the Chinese has 3 paragraphs and the English 2: they are paired in order, as far as both go',
			'5: Chinese paragraph 3 has no English paragraph to pair with'
		]);
	});

	it('more English paragraphs: left over, reported at their line in the translation', () => {
		const { paragraphs, englishLeftOver, warnings } = pairTexts('一。', 'One.\n\nTwo.\n\nThree.');
		expect(paragraphs).toHaveLength(1);
		expect(englishLeftOver.map((p) => p.text)).toEqual(['Two.', 'Three.']);
		expect(warnings.slice(1)).toMatchObject([
			{ code: 'english-left-over', line: 3, inTranslation: true, values: { paragraph: 2 } },
			{ code: 'english-left-over', line: 5, inTranslation: true, values: { paragraph: 3 } }
		]);
	});

	it('without a translation: Chinese-only sentences, no warnings', () => {
		const { paragraphs, warnings } = pairTexts(zhText);
		expect(warnings).toEqual([]);
		expect(paragraphs.map((p) => p.status)).toEqual(Array(4).fill('chinese-only'));
		expect(paragraphs[1]?.pairs).toEqual([
			{ zh: '早上七点，城市慢慢醒来。' },
			{ zh: '街上的人越来越多，公共汽车一辆接一辆地开过去。' }
		]);
	});

	it('paragraphs read from a file keep their subtitle times', () => {
		const time = { start: '00:00:01.000', end: '00:00:02.000' };
		const { paragraphs } = pairTexts([{ text: '你好。', time, line: 3 }]);
		expect(paragraphs[0]).toMatchObject({ time, zhLine: 3 });
	});

	it('the shipped document: its paragraphs, re-split, give its sentences back', () => {
		const doc = parse(
			readFileSync('translations/documents/certification-conference-2013.yaml', 'utf8')
		) as {
			paragraphs: { zh: string; en: string }[][];
		};
		const zh = doc.paragraphs.map((p) => ({ text: p.map((s) => s.zh).join('') }));
		const en = doc.paragraphs.map((p) => ({ text: p.map((s) => s.en).join(' ') }));
		const { paragraphs } = pairTexts(zh, en);
		// Every paragraph but the 2nd, whose English has a sentence more than the Chinese
		// ("He noted that… It had optimized…"); the 4th and 8th split after ； as well.
		expect(paragraphs.map((p) => p.status)).toEqual([
			'sentences',
			'paragraph',
			...Array(7).fill('sentences')
		]);
		expect(paragraphs.map((p) => p.semicolons)).toEqual([
			false,
			false,
			false,
			true,
			false,
			false,
			false,
			true,
			false
		]);
		paragraphs.forEach((p, i) => {
			const pairs = doc.paragraphs[i]?.map(({ zh, en }) => ({ zh, en }));
			if (i !== 1) expect(p.pairs, `paragraph ${i + 1}`).toEqual(pairs);
		});
	});
});
