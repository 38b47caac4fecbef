import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../translations/interface/en.json' with { type: 'json' };
import { PROBLEM_MESSAGES } from '../import/problems.ts';
import { parseDocumentFile } from '../server/documents.ts';
import { exportYaml, leftOut, readDocumentYaml, textRecords } from './prepare.ts';
import { isTextBody, isTextMeta } from './record.ts';
import { kept } from './records.fixture.ts';

describe('a kept text as a document YAML', () => {
	it('round-trips: exported, read back, the same title and sentence pairs', () => {
		const { meta, body, input } = kept(
			'标题\n\n第一句。第二句。\n\n第三句："引号" #不是注释 {{ x }}',
			'Title\n\nOne. Two.\n\nThree.'
		);
		expect(isTextMeta(meta) && isTextBody(body)).toBe(true);
		const written = exportYaml(meta, body);
		if (!written.ok) throw new Error('not written');
		const read = readDocumentYaml(written.yaml);
		expect(read).toEqual({
			ok: true,
			title: { zh: '标题', en: 'Title' },
			paragraphs: input.paragraphs,
			// The file's source date: the day it was imported.
			about: { date: meta.createdAt.slice(0, 10) },
			dropped: []
		});
		// And the build's own parser takes the file as it is.
		const parsed = parseDocumentFile('a-text', 'documents/a-text.yaml', written.yaml);
		expect(parsed.problems).toEqual([]);
	});

	it('Chinese only: no en is written, and none is read back', () => {
		const { meta, body, input } = kept('你好。世界。');
		const written = exportYaml(meta, body);
		if (!written.ok) throw new Error('not written');
		expect(written.yaml).not.toMatch(/^ {4,}en:/m);
		const read = readDocumentYaml(written.yaml);
		expect(read.ok && read.paragraphs).toEqual(input.paragraphs);
		// No title given, none title-like: the first sentence.
		expect(read.ok && read.title).toEqual({ zh: '你好。' });
	});

	it('says what is wrong with a file that is not a document', () => {
		expect(readDocumentYaml('a: [')).toMatchObject({ ok: false, problem: /^not YAML/ });
		expect(readDocumentYaml('- 1')).toMatchObject({ ok: false, problem: 'title.zh is missing' });
		expect(readDocumentYaml('title: { zh: 标题 }\nparagraphs: []')).toMatchObject({
			ok: false,
			problem: 'it has no paragraphs'
		});
		expect(readDocumentYaml('title: { zh: 标题 }\nparagraphs: [[{ zh: abc }]]')).toMatchObject({
			ok: false,
			problem: 'paragraph 1, sentence 1: no Chinese'
		});
		const bomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ntitle: { zh: 标题 }\nparagraphs: [[{ zh: 你好 }]]`;
		expect(readDocumentYaml(bomb)).toMatchObject({ ok: false, problem: /^not YAML/ });
	});
});

describe('what the import page reads', () => {
	it('takes a title-like first paragraph as the title, and leaves out paragraphs with no Chinese', () => {
		const { prepared, input } = kept('会议召开\n\n第一句。\n\n|\n\n第二句。');
		expect(prepared.title).toEqual({ zh: '会议召开' });
		expect(leftOut(prepared)).toEqual([2]);
		expect(input.paragraphs).toEqual([[{ zh: '第一句。' }], [{ zh: '第二句。' }]]);
	});

	it('has every import problem in translations/interface/en.json', () => {
		// A message with a count has its plural forms (untranslated_one, untranslated_other).
		const codes = new Set(
			Object.keys(en.import.problem).map((k) => k.replace(/_(one|other)$/, ''))
		);
		expect([...codes].sort()).toEqual(Object.keys(PROBLEM_MESSAGES).sort());
	});
});

describe('a new text’s records', () => {
	it('keep what the annotation was made with', () => {
		const { input, prepared } = kept('你好。');
		const annotated = { titleTokens: [], paragraphs: [], cards: {}, version: 'e1.d1' };
		const { body } = textRecords('a-text', prepared.title, input, annotated, new Date());
		expect(body.annotatedWith).toBe('e1.d1');
		expect(isTextBody(body)).toBe(true);
	});
});

describe('a shipped document imported', () => {
	const source = readFileSync('translations/documents/certification-conference-2013.yaml', 'utf8');

	it('keeps its source, licence, translator and notes, and says what it does not keep', () => {
		const read = readDocumentYaml(source);
		if (!read.ok) throw new Error(read.problem);
		expect(read.about).toMatchObject({
			date: '2013-01-18',
			translator: 'Duizhao editors',
			licence: expect.stringMatching(/CC BY 4\.0/),
			note: expect.stringMatching(/no publisher/)
		});
		expect(read.about?.notes?.length).toBeGreaterThan(5);
		expect(read.dropped).toEqual(['senses', 'ids']);
	});

	it('writes them back when the text is exported, as the build takes them', () => {
		const read = readDocumentYaml(source);
		if (!read.ok) throw new Error(read.problem);
		const { meta, body } = kept('你好。', undefined, read.title.zh);
		const imported = {
			...body,
			input: read.paragraphs,
			...(read.about ? { about: read.about } : {})
		};
		expect(isTextBody(imported)).toBe(true);
		const written = exportYaml({ ...meta, title: read.title }, imported);
		if (!written.ok) throw new Error('not written');
		const parsed = parseDocumentFile('a-text', 'documents/a-text.yaml', written.yaml);
		expect(parsed.problems).toEqual([]);
		const again = readDocumentYaml(written.yaml);
		expect(again.ok && again.about).toEqual(read.about);
	});

	it('refuses a source address that is not the web’s, and a stored one too', () => {
		const bad = source.replace('language: zh', 'language: zh\n  url: "javascript:alert(1)"');
		expect(readDocumentYaml(bad)).toEqual({
			ok: false,
			problem: 'source.url is not a web address'
		});
		const { body } = kept('你好。');
		expect(isTextBody({ ...body, about: { url: 'javascript:alert(1)' } })).toBe(false);
		expect(isTextBody({ ...body, about: { url: 'https://example.org/a' } })).toBe(true);
		expect(isTextBody({ ...body, about: { notes: [1] } })).toBe(false);
		expect(isTextBody({ ...body, about: { extra: 'x' } })).toBe(false);
	});
});
