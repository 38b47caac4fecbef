import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ContentError, formatProblem } from './content-error.ts';
import { loadDocuments } from './content.ts';
import { parseDocumentFile, parseDocuments } from './documents.ts';

const GOOD = `title:
  zh: 会议在京召开
  en: Conference held in Beijing
source:
  date: "2013-01-18"
  language: zh
overrides:
  pinyin:
    一要: yī yào
paragraphs:
  - - zh: 一要着眼大局。
      en: First, keep the big picture in view.
    - zh: 会议在京召开。
      en: The conference was held in Beijing.
`;

/** The problems of one file, as `file:line: message` lines. */
function problemsOf(source: string, id = 'test-doc'): string[] {
	return parseDocumentFile(id, 'documents/test-doc.yaml', source).problems.map(formatProblem);
}

describe('document validation', () => {
	it('accepts a good document', () => {
		const result = parseDocumentFile('test-doc', 'documents/test-doc.yaml', GOOD);
		expect(result.problems).toEqual([]);
		expect(result.document?.paragraphs[0]?.[1]?.en).toBe('The conference was held in Beijing.');
	});

	it('reports bad YAML with its line', () => {
		const duplicateKey = GOOD.replace(
			'      en: First, keep the big picture in view.\n',
			'      en: First, keep the big picture in view.\n      en: Again.\n'
		);
		expect(problemsOf(duplicateKey)).toEqual([
			'documents/test-doc.yaml:13: bad YAML: Map keys must be unique'
		]);
		const unclosed = GOOD.replace('en: Conference held in Beijing', 'en: "Conference held');
		expect(problemsOf(unclosed)[0]).toMatch(/^documents\/test-doc\.yaml:3: bad YAML: /);
	});

	it('reports a missing zh at the sentence', () => {
		const bad = GOOD.replace('    - zh: 会议在京召开。\n', '    - \n');
		expect(problemsOf(bad)).toEqual(['documents/test-doc.yaml:14: missing "zh"']);
	});

	it('reports an empty en at its line', () => {
		const bad = GOOD.replace('en: The conference was held in Beijing.', 'en: ""');
		expect(problemsOf(bad)).toEqual(['documents/test-doc.yaml:14: "en" must not be empty']);
	});

	it('reports a sentence with no Chinese', () => {
		const bad = GOOD.replace('zh: 会议在京召开。', 'zh: The conference.');
		expect(problemsOf(bad)).toEqual(['documents/test-doc.yaml:13: "zh" has no Chinese characters']);
	});

	it('reports an override for a word the document does not have', () => {
		const bad = GOOD.replace('一要: yī yào', '二要: èr yào');
		expect(problemsOf(bad)).toEqual([
			'documents/test-doc.yaml:9: override for "二要": the document has no such word'
		]);
	});

	it('reports an override whose syllables do not match its characters', () => {
		expect(problemsOf(GOOD.replace('一要: yī yào', '一要: yī'))).toEqual([
			'documents/test-doc.yaml:9: override for "一要": 2 characters but 1 syllables ("yī")'
		]);
		expect(problemsOf(GOOD.replace('一要: yī yào', '一要: yī yaoo9'))).toEqual([
			'documents/test-doc.yaml:9: override for "一要": not pinyin: yaoo9'
		]);
	});

	it('reports unknown fields, a bad date and a bad id', () => {
		const bad = GOOD.replace('  language: zh', '  language: zh\n  lang: zh').replace(
			'"2013-01-18"',
			'"18 Jan 2013"'
		);
		expect(problemsOf(bad, 'Bad_ID')).toEqual([
			'documents/test-doc.yaml:1: file name "Bad_ID" is not a valid document id (lowercase letters, digits and single hyphens)',
			'documents/test-doc.yaml:5: "date" must be a date written YYYY-MM-DD',
			'documents/test-doc.yaml:7: unknown field "lang"'
		]);
	});

	it('reports a duplicate id and throws every problem at once', () => {
		const files = [
			{ file: 'documents/a.yaml', id: 'a', source: GOOD },
			{ file: 'documents/a.yml', id: 'a', source: GOOD },
			{ file: 'documents/b.yaml', id: 'b', source: GOOD.replace('en: ""', '') + 'x: 1\n' }
		];
		expect(() => parseDocuments(files)).toThrow(ContentError);
		try {
			parseDocuments(files);
		} catch (error) {
			expect((error as ContentError).message.split('\n')).toEqual([
				'documents/a.yml:1: duplicate document id "a" (also documents/a.yaml)',
				'documents/b.yaml:15: unknown field "x"'
			]);
		}
	});
});

describe('the shipped documents', () => {
	const docs = loadDocuments();

	it('validate', () => {
		expect(docs.length).toBeGreaterThan(0);
	});

	it('hold the seed article whole: headline and every paragraph, character for character', () => {
		const seed = readFileSync('tests/fixtures/seed/certification-conference-2013.txt', 'utf8')
			.split('\n')
			.filter((line) => line.trim() && line.trim() !== '|');
		const doc = docs.find((d) => d.id === 'certification-conference-2013');
		expect(doc).toBeDefined();
		expect([
			doc?.title.zh,
			...(doc?.paragraphs ?? []).map((p) => p.map((s) => s.zh).join(''))
		]).toEqual(seed);
	});
});

describe('word overrides', () => {
	it('must be Chinese words separated by spaces, found in the text', () => {
		const withWords = (words: string) =>
			problemsOf(GOOD.replace('    一要: yī yào\n', `    一要: yī yào\n  words: [${words}]\n`));
		expect(withWords('着眼 大局')).toEqual([]);
		expect(withWords('着眼  大局')).toEqual([
			'documents/test-doc.yaml:10: word override "着眼  大局": write Chinese words separated by single spaces'
		]);
		expect(withWords('小局')).toEqual([
			'documents/test-doc.yaml:10: word override "小局": the document has no such text'
		]);
	});
});
