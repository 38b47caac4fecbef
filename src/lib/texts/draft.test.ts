import { describe, expect, it } from 'vitest';
import { draft, type DraftRequest } from './draft.ts';
import { prepare, textInput } from './prepare.ts';
import { splitParagraphs } from '../import/text.ts';

const request = (over: Partial<DraftRequest>): DraftRequest => ({
	zh: '',
	en: '',
	title: '',
	withEnglish: true,
	today: '2026-12-01',
	listed: 200,
	withInput: false,
	...over
});

describe('the import page’s draft, paired (in the pairing Worker)', () => {
	it('reports the pairing and gives the text to annotate as prepare does', () => {
		const zh = '标题\n\n第一句。第二句。\n\n第三句。\n\n|';
		const en = 'Title\n\nOne. Two.\n\nThree and four.';
		const result = draft(request({ zh, en, withInput: true }));
		if (!result.ok) throw new Error('not paired');
		const prepared = prepare(splitParagraphs(zh), splitParagraphs(en), '');
		expect(result.input).toEqual(textInput(prepared));
		expect(result.report).toMatchObject({
			title: { zh: '标题', en: 'Title' },
			titleFromText: true,
			paragraphs: 3,
			counts: { sentences: 2, paragraph: 0, chinese: 1, pairs: 4 },
			leftOut: [3],
			id: expect.stringMatching(/^title/)
		});
		expect(result.report.mismatch?.code).toBe('paragraph-count');
		expect(result.report.listed[0]).toEqual({
			status: 'sentences',
			zhSentences: 2,
			enSentences: 2,
			semicolons: false
		});
	});

	it('sends the whole text back only when asked, and lists at most `listed` paragraphs', () => {
		const zh = Array.from({ length: 5 }, (_, i) => `第${i}段。`).join('\n\n');
		const result = draft(request({ zh, title: '题', listed: 2 }));
		expect(result.ok && 'input' in result).toBe(false);
		expect(result.ok && result.report.listed.length).toBe(2);
		expect(result.ok && result.report.paragraphs).toBe(5);
	});

	it('pairs without the English when told to go on without it', () => {
		const result = draft(
			request({ zh: '你好。', en: 'Hello.', withEnglish: false, withInput: true })
		);
		expect(result.ok && result.input?.paragraphs).toEqual([[{ zh: '你好。' }]]);
	});

	it('says why there is nothing to pair', () => {
		expect(draft(request({ zh: 'no Chinese here' }))).toMatchObject({
			ok: false,
			problems: [{ code: 'no-chinese' }]
		});
		expect(draft(request({ zh: '  \n ' }))).toMatchObject({ ok: false });
	});
});
