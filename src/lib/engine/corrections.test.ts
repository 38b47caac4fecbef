import { describe, expect, it } from 'vitest';
import { termIndex } from './annotate.ts';
import { createAnnotator } from './annotator.ts';
import {
	isCorrected,
	joinWords,
	NO_CORRECTIONS,
	setReading,
	splitWord,
	undoCorrection,
	type CorrectionResult,
	type Corrections
} from './corrections.ts';

const { annotate } = createAnnotator();

/** The corrections of a result that has some (the test fails otherwise). */
function ok(result: CorrectionResult): Corrections {
	if ('problem' in result) throw new Error(result.problem);
	return result.corrections;
}

/** A text as the annotator cuts and reads it with these corrections. */
const read = (text: string, c: Corrections) =>
	annotate(text, { segments: c.words, overrides: c.pinyin }).map((t) =>
		t.kind === 'word' ? `${t.text}:${(t.pinyin ?? []).join(' ')}` : t.text
	);

describe('corrections, in the document format', () => {
	it('join neighbouring words into one, as a words entry, applied where the span occurs', () => {
		const before = annotate('他作出贡献,又作出成绩。').map((t) => t.text);
		expect(before).toContain('作');
		const c = ok(joinWords(NO_CORRECTIONS, ['作', '出']));
		expect(c.words).toEqual(['作出']);
		expect(read('他作出贡献,又作出成绩。', c).filter((w) => w.startsWith('作'))).toEqual([
			'作出:zuò chū',
			'作出:zuò chū'
		]);
	});

	it('split a word, as a words entry with a space, keeping its readings', () => {
		const glossary = createAnnotator({
			glossary: termIndex([{ text: '认监委', pinyin: 'rèn jiān wěi', term: 'cnca' }])
		});
		const words = (c: Corrections) =>
			glossary
				.annotate('国家认监委主任', { segments: c.words })
				.map((t) => `${t.text}:${(t.pinyin ?? []).join(' ')}`);
		expect(words(NO_CORRECTIONS)).toContain('认监委:rèn jiān wěi');
		const c = ok(splitWord(NO_CORRECTIONS, '认监委', 2));
		expect(c.words).toEqual(['认监 委']);
		expect(words(c)).toEqual(expect.arrayContaining(['认监:rèn jiān', '委:wěi']));
		expect(words(c)).not.toContain('认监委:rèn jiān wěi');
	});

	it('a later cut of the same span replaces the earlier one', () => {
		const joined = ok(joinWords(NO_CORRECTIONS, ['作', '出']));
		const split = ok(splitWord(joined, '作出', 1));
		expect(split.words).toEqual(['作 出']);
	});

	it('fix a reading, written in tone marks whichever way it was typed', () => {
		const c = ok(setReading(NO_CORRECTIONS, '一要', 'yi1 yao4'));
		expect(c.pinyin).toEqual({ 一要: 'yī yào' });
		expect(read('一要着眼大局', c)[0]).toBe('一要:yī yào');
	});

	it('refuse a reading that is not pinyin or does not fit the word, saying why', () => {
		expect(setReading(NO_CORRECTIONS, '一要', 'xxx yyy')).toEqual({
			problem: 'not pinyin: xxx (no such syllable), yyy (no such syllable)'
		});
		expect(setReading(NO_CORRECTIONS, '一要', 'yī')).toEqual({
			problem: '“一要” has 2 characters but the reading has 1 syllables'
		});
		expect(setReading(NO_CORRECTIONS, 'OK', 'ou kei')).toHaveProperty('problem');
		expect(joinWords(NO_CORRECTIONS, ['作'])).toHaveProperty('problem');
		expect(joinWords(NO_CORRECTIONS, ['作', '2013'])).toHaveProperty('problem');
		expect(splitWord(NO_CORRECTIONS, '作出', 2)).toHaveProperty('problem');
		expect(splitWord(NO_CORRECTIONS, '作', 1)).toHaveProperty('problem');
	});

	it('know which words are corrected, and take a correction back', () => {
		let c = ok(setReading(NO_CORRECTIONS, '一要', 'yī yào'));
		c = ok(joinWords(c, ['作', '出']));
		c = ok(splitWord(c, '格局', 1));
		expect(['一要', '作出', '格', '局', '贡献'].map((w) => isCorrected(c, w))).toEqual([
			true,
			true,
			true,
			true,
			false
		]);
		const undone = undoCorrection(undoCorrection(c, '一要'), '作出');
		expect(undone).toEqual({ words: ['格 局'], pinyin: {} });
		expect(undoCorrection(undone, '格')).toEqual(NO_CORRECTIONS);
	});
});
