import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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

	it('takes a sentence without en (not translated yet), which reads as no English', () => {
		const chineseOnly = GOOD.replace('\n      en: The conference was held in Beijing.', '');
		const result = parseDocumentFile('test-doc', 'documents/test-doc.yaml', chineseOnly);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.document?.paragraphs[0]?.[1]).toEqual({ zh: '会议在京召开。', en: '' });
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

describe('sentence ids', () => {
	const ids = (source: string) =>
		parseDocumentFile('d', 'documents/d.yaml', source).document?.sentenceIds;
	const withParagraph = GOOD.replace(
		'paragraphs:\n',
		'paragraphs:\n  - - zh: 新的一段。\n      en: A new paragraph.\n'
	);

	it("are a sentence's own where it has one, else made from its Chinese", () => {
		const own = GOOD.replace(
			'  - - zh: 一要着眼大局。',
			'  - - id: first\n      zh: 一要着眼大局。'
		);
		const [[first, second] = []] = ids(own) ?? [];
		expect(first).toBe('first');
		expect(second).toMatch(/^s[0-9a-f]{8}$/);
	});

	it('do not change when a paragraph is added before them', () => {
		const before = ids(GOOD);
		const after = ids(withParagraph);
		expect(after?.slice(1)).toEqual(before);
		expect(after?.[0]?.[0]).not.toBe(before?.[0]?.[0]);
	});

	it('of sentences with the same Chinese are told apart', () => {
		const twice = GOOD.replace('一要着眼大局。', '会议在京召开。').replace(
			/overrides:\n.*\n.*\n/,
			''
		);
		const [[a, b] = []] = ids(twice) ?? [];
		expect(b).toBe(`${a}-2`);
	});

	it('must be unique and well formed, with the line of each problem', () => {
		const dup = GOOD.replace(
			'  - - zh: 一要着眼大局。',
			'  - - id: same\n      zh: 一要着眼大局。'
		).replace('    - zh: 会议在京召开。', '    - id: same\n      zh: 会议在京召开。');
		expect(problemsOf(dup)).toEqual([
			'documents/test-doc.yaml:14: duplicate sentence id "same" (also line 11)'
		]);
		const bad = GOOD.replace(
			'  - - zh: 一要着眼大局。',
			'  - - id: Bad_Id\n      zh: 一要着眼大局。'
		);
		expect(problemsOf(bad)).toEqual([
			'documents/test-doc.yaml:11: "id" must be lowercase letters, digits and single hyphens, not ending in -en'
		]);
		const en = GOOD.replace('  - - zh: 一要着眼大局。', '  - - id: x-en\n      zh: 一要着眼大局。');
		expect(problemsOf(en)).toHaveLength(1);
	});

	it('of the seed are the ids it has always had, so old links and saved words still work', () => {
		const doc = loadDocuments().find((d) => d.id === 'certification-conference-2013');
		expect(doc?.sentenceIds).toEqual(
			doc?.paragraphs.map((pairs, p) => pairs.map((_, s) => `p${p + 1}s${s + 1}`))
		);
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

describe('source links', () => {
	const withUrl = (yaml: string) =>
		problemsOf(GOOD.replace('  language: zh\n', `  language: zh\n  url: ${yaml}\n`));

	it('accepts absolute http: and https: addresses', () => {
		expect(withUrl('https://www.cnca.gov.cn/xxgk/2013/t20130118.htm')).toEqual([]);
		expect(withUrl('http://example.com/a?b=c#d')).toEqual([]);
		expect(withUrl('HTTPS://EXAMPLE.COM/')).toEqual([]);
	});

	it('rejects every other scheme, relative addresses, spaces and control characters', () => {
		const bad = [
			'javascript:alert(1)',
			'JavaScript:alert(1)',
			'"  javascript:alert(1)"',
			'"java\\tscript:alert(1)"',
			'"java\\nscript:alert(1)"',
			'"\\u0001javascript:alert(1)"',
			'"https://example.com/\\u202Egpj.exe"',
			'"https://exa mple.com/"',
			'"data:text/html,<script>alert(1)</script>"',
			'vbscript:msgbox(1)',
			'file:///etc/passwd',
			'ftp://example.com/',
			'mailto:someone@example.com',
			'/read/other',
			'//evil.example/',
			'example.com',
			'https:example.com',
			'"https://"'
		];
		for (const url of bad) {
			const found = withUrl(url);
			expect(found, url).toHaveLength(1);
			expect(found[0], url).toMatch(/^documents\/test-doc\.yaml:7: "url" must be /);
		}
	});

	it('quotes the address in the message, control characters escaped', () => {
		expect(withUrl('"java\\tscript:alert(1)"')).toEqual([
			'documents/test-doc.yaml:7: "url" must be a web address without spaces, control or formatting characters ("java\\tscript:alert(1)")'
		]);
		expect(withUrl('javascript:alert(1)')).toEqual([
			'documents/test-doc.yaml:7: "url" must be an absolute web address starting https:// or http:// ("javascript:alert(1)")'
		]);
	});
});

describe('messages that say what is wrong', () => {
	it('a number where text belongs is not "missing"', () => {
		const bad = GOOD.replace('en: The conference was held in Beijing.', 'en: 12345');
		expect(problemsOf(bad)).toEqual([
			'documents/test-doc.yaml:14: "en" must be text, not a number (12345)'
		]);
	});

	it('an empty file, or one of comments only, is empty', () => {
		expect(problemsOf('')).toEqual(['documents/test-doc.yaml:1: the file is empty']);
		expect(problemsOf('# nothing yet\n')).toEqual(['documents/test-doc.yaml:1: the file is empty']);
	});

	it('a file that is a list, not fields', () => {
		expect(problemsOf('- a\n- b\n')).toEqual([
			'documents/test-doc.yaml:1: the file must be fields (key: value), not a list'
		]);
	});

	it('a key with no value is empty, not missing', () => {
		const bad = GOOD.replace('en: The conference was held in Beijing.', 'en:');
		expect(problemsOf(bad)).toEqual(['documents/test-doc.yaml:14: "en" is empty']);
	});

	it('names list items and kinds of value', () => {
		const notes = GOOD.replace('overrides:', 'notes:\n  - A note.\n  - 42\noverrides:');
		expect(problemsOf(notes)).toEqual([
			'documents/test-doc.yaml:9: item 2 of "notes" must be text, not a number (42)'
		]);
		const title = GOOD.replace(
			'title:\n  zh: 会议在京召开\n  en: Conference held in Beijing',
			'title: [会议在京召开]'
		);
		expect(problemsOf(title)).toEqual([
			'documents/test-doc.yaml:1: "title" must be fields (key: value), not a list'
		]);
		const reading = GOOD.replace('一要: yī yào', '一要: 123');
		expect(problemsOf(reading)).toEqual([
			'documents/test-doc.yaml:9: "一要" must be text, not a number (123)'
		]);
		const senses = GOOD.replace('paragraphs:', 'senses:\n  p1s1: 5\nparagraphs:');
		expect(problemsOf(senses)).toEqual([
			'documents/test-doc.yaml:11: "p1s1" must be fields (key: value), not a number (5)'
		]);
		const flag = GOOD.replace('en: The conference was held in Beijing.', 'en: true');
		expect(problemsOf(flag)).toEqual([
			'documents/test-doc.yaml:14: "en" must be text, not true (a yes/no value)'
		]);
	});

	it('an empty list of paragraphs, and a bad sentence id under senses', () => {
		const none = GOOD.slice(0, GOOD.indexOf('paragraphs:')) + 'paragraphs: []\n';
		expect(problemsOf(none.replace(/overrides:\n {2}pinyin:\n {4}一要: yī yào\n/, ''))).toEqual([
			'documents/test-doc.yaml:7: "paragraphs" needs at least 1 item'
		]);
		const senses = GOOD.replace(
			'paragraphs:',
			'senses:\n  Sentence_1:\n    会议: meeting\nparagraphs:'
		);
		expect(problemsOf(senses)).toEqual([
			'documents/test-doc.yaml:11: key "Sentence_1" of "senses" must be lowercase letters, digits and single hyphens, not ending in -en'
		]);
	});
});

describe('files the parser refuses', () => {
	it('reports an alias bomb at its line, not a stack trace', () => {
		const bomb = [
			'title:',
			'  zh: 会议在京召开',
			'  en: &a [x, x, x, x, x, x, x, x, x, x]',
			'source: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
			'licence: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
			'notes: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
			''
		].join('\n');
		expect(problemsOf(bomb)).toEqual([
			'documents/test-doc.yaml:4: bad YAML: Excessive alias count indicates a resource exhaustion attack (aliases, *name, that expand too far; write the values out)'
		]);
	});

	it('reports a file that is not UTF-8 at the line of its first bad byte', () => {
		// 会议 in GB18030 (BB E1 D2 E9) where UTF-8 was expected, on line 2.
		const gb = Buffer.concat([
			Buffer.from('title:\n  zh: '),
			Buffer.from([0xbb, 0xe1, 0xd2, 0xe9]),
			Buffer.from(GOOD.slice(GOOD.indexOf('\n  en:')))
		]);
		expect(
			parseDocumentFile('test-doc', 'documents/test-doc.yaml', gb).problems.map(formatProblem)
		).toEqual(['documents/test-doc.yaml:2: the file is not UTF-8 text; save it as UTF-8']);
		const last = Buffer.concat([Buffer.from(GOOD), Buffer.from([0x23, 0x20, 0xff])]);
		expect(
			parseDocumentFile('test-doc', 'documents/test-doc.yaml', last).problems.map(formatProblem)
		).toEqual(['documents/test-doc.yaml:15: the file is not UTF-8 text; save it as UTF-8']);
	});

	it('reads UTF-8 bytes, with or without a byte-order mark', () => {
		for (const bytes of [Buffer.from(GOOD), Buffer.from(`\uFEFF${GOOD}`)]) {
			const result = parseDocumentFile('test-doc', 'documents/test-doc.yaml', bytes);
			expect(result.problems).toEqual([]);
			expect(result.document?.title.zh).toBe('会议在京召开');
		}
	});

	it('the loader reads files as bytes, so GB18030 fails validation instead of showing mojibake', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'duizhao-encoding-'));
		try {
			mkdirSync(path.join(root, 'documents'));
			writeFileSync(
				path.join(root, 'documents', 'gb.yaml'),
				Buffer.concat([
					Buffer.from('title:\n  zh: '),
					Buffer.from([0xbb, 0xe1, 0xd2, 0xe9]),
					Buffer.from(GOOD.slice(GOOD.indexOf('\n  en:')))
				])
			);
			writeFileSync(path.join(root, 'documents', 'bom.yaml'), `\uFEFF${GOOD}`);
			let problems: string[] = [];
			try {
				loadDocuments(root);
			} catch (error) {
				problems = (error as ContentError).problems.map(
					(p) => `${path.basename(p.file)}:${p.line}: ${p.message}`
				);
			}
			expect(problems).toEqual(['gb.yaml:2: the file is not UTF-8 text; save it as UTF-8']);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});

describe('pinyin overrides', () => {
	it('must be real syllables, not only as many as the characters', () => {
		expect(problemsOf(GOOD.replace('一要: yī yào', '一要: xxx yyy'))).toEqual([
			'documents/test-doc.yaml:9: override for "一要": not pinyin: xxx (no such syllable), yyy (no such syllable)'
		]);
		expect(problemsOf(GOOD.replace('一要: yī yào', '一要: yī yaò'))).toEqual([
			'documents/test-doc.yaml:9: override for "一要": not pinyin: yaò (tone mark on the wrong vowel, write yào)'
		]);
		expect(problemsOf(GOOD.replace('一要: yī yào', '一要: yi1 yao4'))).toEqual([]);
	});
});
