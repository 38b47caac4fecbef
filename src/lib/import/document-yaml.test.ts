import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../server/content-error.ts';
import { parseDocuments } from '../server/documents.ts';
import {
	documentYaml,
	draftParagraphs,
	UNTRANSLATED,
	type DocumentDraft
} from './document-yaml.ts';
import { pairTexts } from './pair.ts';

/** Parse written YAML the way `npm run validate` does; the problems as text if it fails. */
function load(yaml: string) {
	try {
		const [doc] = parseDocuments([{ file: 'new.yaml', id: 'new', source: yaml }]);
		if (!doc) throw new Error('no document');
		return doc;
	} catch (error) {
		if (error instanceof ContentError)
			throw new Error(`${error.message}\n---\n${yaml}`, { cause: error });
		throw error;
	}
}

function written(draft: DocumentDraft) {
	const result = documentYaml(draft);
	if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
	return result;
}

const HOSTILE = [
	'"quoted" and \'single\'',
	'key: value',
	'# not a comment',
	'- not a list',
	'{{ mustache }} and {a: b} and [x]',
	'<script>alert("x")</script>',
	'line one\nline two',
	'& anchor *alias !tag %directive @at `tick` | > ?',
	'yes',
	'null',
	'12345',
	'0x1F',
	'2013-01-18',
	'trailing colon:',
	'tab\there',
	'\\ backslash \\n not a newline',
	'…—“”‘’ unicode ✓ 𠀀',
	'---',
	'...'
];

describe('documentYaml', () => {
	it('a paired text round-trips through the project parser with every sentence intact', () => {
		const zh = readFileSync('tests/fixtures/import/source/zh-simplified.txt', 'utf8');
		const en = readFileSync('tests/fixtures/import/source/en.txt', 'utf8');
		const pairing = pairTexts(zh, en);
		const result = written({
			title: { zh: '春天的早晨', en: 'A Spring Morning' },
			date: '2026-12-01',
			paragraphs: draftParagraphs(pairing),
			comment: 'Imported from zh.txt (GB18030)'
		});
		expect(result.yaml.startsWith('# Imported from zh.txt (GB18030)\n')).toBe(true);
		expect(result).toMatchObject({ sentences: 9, untranslated: 0, warnings: [] });
		const doc = load(result.yaml);
		expect(doc.title).toEqual({ zh: '春天的早晨', en: 'A Spring Morning' });
		expect(doc.source).toEqual({ date: '2026-12-01', language: 'zh' });
		expect(doc.paragraphs).toEqual(pairing.paragraphs.map((p) => p.pairs));
		expect(result.yaml).toContain('date: "2026-12-01"');
	});

	it('hostile text: quotes, colons, #, leading -, {{ }}, <script>, newlines, YAML keywords', () => {
		const paragraphs = HOSTILE.map((en, i) => [{ zh: `第${i}句 ${en}`, en }]);
		const result = written({
			title: { zh: '# 标题: "引号" - {{x}}', en: '- key: value #' },
			date: '2026-12-01',
			publisher: 'Pub: "lisher" #1',
			note: 'line\nbreak',
			licence: '- CC BY 4.0',
			translator: '{{ me }}',
			paragraphs,
			comment: 'a comment\nwith a second line\rand a CR \u2028 and a separator'
		});
		const doc = load(result.yaml);
		expect(doc.title).toEqual({ zh: '# 标题: "引号" - {{x}}', en: '- key: value #' });
		expect(doc.source).toEqual({
			publisher: 'Pub: "lisher" #1',
			date: '2026-12-01',
			language: 'zh',
			note: 'line\nbreak'
		});
		expect(doc.licence).toBe('- CC BY 4.0');
		expect(doc.translator).toBe('{{ me }}');
		expect(doc.paragraphs).toEqual(paragraphs);
		// The comment stays a comment: every line of the file before `title:` starts with #.
		const head = result.yaml.slice(0, result.yaml.indexOf('title:')).trimEnd().split('\n');
		expect(head).toHaveLength(2);
		for (const line of head) expect(line).toMatch(/^#/);
	});

	it('Chinese only: no en is written, the English title is the UNTRANSLATED marker, and it validates', () => {
		const pairing = pairTexts('第一句。第二句。\n\n第三句。');
		const result = written({
			title: { zh: '标题' },
			date: '2026-12-01',
			paragraphs: draftParagraphs(pairing)
		});
		expect(result).toMatchObject({ sentences: 3, untranslated: 3 });
		expect(result.warnings.map((w) => w.message)).toEqual([
			'3 sentence(s) have no English: written without en, for a translator to add'
		]);
		// Only the title has an en (at two spaces); no sentence has one.
		expect(result.yaml).not.toMatch(/^ {4,}en:/m);
		const doc = load(result.yaml);
		expect(doc.title.en).toBe(UNTRANSLATED);
		// The schema reads a missing en as no English.
		expect(doc.paragraphs.flat().map((s) => s.en)).toEqual(Array(3).fill(''));
	});

	it('a sentence without Chinese joins its neighbour; a paragraph without Chinese is left out', () => {
		const result = written({
			title: { zh: '标题', en: 'Title' },
			date: '2026-12-01',
			paragraphs: [
				[
					{ zh: '2013', en: '2013' },
					{ zh: '年。', en: 'The year.' },
					{ zh: '——', en: '—' }
				],
				[{ zh: 'English only.', en: 'English only.' }],
				[
					{ zh: '  好。 ', en: '  Good. ' },
					{ zh: ' ', en: 'x' }
				]
			]
		});
		expect(load(result.yaml).paragraphs).toEqual([
			[{ zh: '2013年。——', en: '2013 The year. —' }],
			[{ zh: '好。', en: 'Good.' }]
		]);
		expect(result.warnings.map((w) => w.message)).toEqual([
			'paragraph 1: "2013" has no Chinese characters, so it is joined to the sentence next to it',
			'paragraph 1: "——" has no Chinese characters, so it is joined to the sentence next to it',
			'paragraph 2: "English only." has no Chinese characters, so it is joined to the sentence next to it',
			'paragraph 2 has no Chinese characters and is left out'
		]);
	});

	it('overrides are written as the schema has them, and validated by it', () => {
		const result = written({
			title: { zh: '标题', en: 'Title' },
			date: '2026-12-01',
			paragraphs: [[{ zh: '一要作出贡献。', en: 'First, contribute.' }]],
			overrides: { pinyin: { 一要: 'yī yào' }, words: ['作出'] }
		});
		expect(load(result.yaml).overrides).toEqual({ pinyin: { 一要: 'yī yào' }, words: ['作出'] });
		const bad = written({
			title: { zh: '标题', en: 'Title' },
			date: '2026-12-01',
			paragraphs: [[{ zh: '一要。', en: 'x' }]],
			overrides: { pinyin: { 没有: 'méi yǒu' } }
		});
		expect(() => load(bad.yaml)).toThrow(/override for "没有": the document has no such word/);
	});

	it('bad input: no title, a bad date, no Chinese at all', () => {
		const result = documentYaml({
			title: { zh: ' ' },
			date: '1/12/2026',
			paragraphs: [[{ zh: 'abc' }]]
		});
		expect(result.ok ? [] : result.problems.map((p) => p.message)).toEqual([
			'the document needs a title',
			'the date must be written YYYY-MM-DD, not "1/12/2026"',
			'the text has no Chinese characters'
		]);
	});
});
