/**
 * `npm run new-document` run as a child process: it writes a document file that
 * `npm run validate` accepts, reports encodings and mismatches, refuses to overwrite, and
 * fails with one line per problem and a non-zero status.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const CLI = path.resolve('src/cli/new-document.ts');
const VALIDATE = path.resolve('src/cli/validate.ts');
const FIXTURES = path.resolve('tests/fixtures/import');

let root: string;

beforeEach(() => {
	// A content root with the project's glossary and no documents yet.
	root = mkdtempSync(path.join(tmpdir(), 'duizhao-new-document-'));
	cpSync('translations/glossary', path.join(root, 'glossary'), { recursive: true });
});

afterEach(() => {
	rmSync(root, { recursive: true, force: true });
});

function run(cli: string, args: string[]) {
	const result = spawnSync(process.execPath, [cli, ...args], {
		cwd: root,
		env: { ...process.env, DUIZHAO_CONTENT: root },
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const newDocument = (...args: string[]) => run(CLI, args);
const validate = () => run(VALIDATE, []);
const fixture = (name: string) => path.join(FIXTURES, name);
const documentFile = (id: string) => path.join(root, 'documents', `${id}.yaml`);

/** Write an input file in the temporary root. */
function input(name: string, text: string): string {
	const file = path.join(root, name);
	writeFileSync(file, text);
	return file;
}

describe('npm run new-document', () => {
	it('GB18030 text + UTF-8 translation -> a document that validates, id from the English title', () => {
		const result = newDocument(
			fixture('zh-gb18030.txt'),
			'--translation',
			fixture('source/en.txt'),
			'--date',
			'2026-12-01'
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const file = path.join(root, 'documents', 'a-spring-morning.yaml');
		expect(result.stdout.split('\n')).toEqual([
			`${fixture('zh-gb18030.txt')}: GB18030; it also reads as Big5 (--encoding to choose)`,
			`${fixture('source/en.txt')}: UTF-8`,
			`wrote ${file}: 3 paragraph(s), 8 sentence pair(s)`,
			''
		]);
		const yaml = readFileSync(file, 'utf8');
		expect(yaml).toMatch(
			/^# Written by npm run new-document from zh-gb18030\.txt \(GB18030\) and en\.txt \(UTF-8\)/
		);
		expect(yaml).toContain('  zh: 春天的早晨\n  en: A Spring Morning\n');
		expect(yaml).toContain(
			'    - zh: 他说：“地铁比开车快多了！”\n      en: He says, "The subway is much faster than driving!"\n'
		);
		const check = validate();
		expect(check.stderr).toBe('');
		expect(check.status).toBe(0);
		expect(check.stdout).toMatch(/^ok: 1 document\(s\), 8 sentence pair\(s\)/);
	});

	it('Big5 without a translation: Chinese-only, no en, id text-<date>-<hash>', () => {
		const result = newDocument(fixture('zh-big5.txt'), '--date', '2026-12-01');
		expect(result.status).toBe(0);
		expect(result.stdout).toContain(`${fixture('zh-big5.txt')}: Big5; it also reads as GB18030`);
		const wrote =
			/^wrote (.*\/(text-2026-12-01-[0-9a-f]{4})\.yaml): 3 paragraph\(s\), 6 sentence pair\(s\) \(6 sentence\(s\) without English\)$/m.exec(
				result.stdout
			);
		expect(wrote).not.toBeNull();
		expect(result.stderr.trim().split('\n')).toEqual([
			`${wrote?.[1]}: warning: 6 sentence(s) have no English: written without en, for a translator to add`
		]);
		const written = readFileSync(wrote?.[1] ?? '', 'utf8');
		// The title's English is required: marked; the sentences' is not: left out.
		expect(written).toContain('  zh: 臺北的雨\n  en: (not yet translated)\n');
		expect(written).not.toMatch(/^ {4,}en:/m);
		expect(validate().status).toBe(0);
	});

	it(
		'mismatches are warnings with file:line, and the rest is still paired and valid',
		{ timeout: 60_000 },
		() => {
			const zh = input('zh.txt', '标题\n\n一。二。\n\n三。\n\n四。\n');
			const en = input('en.txt', 'Title\n\nOne.\n\nThree.\n');
			const result = newDocument(zh, '-t', en, '--date', '2026-12-01', '--id', 'mismatch');
			expect(result.status).toBe(0);
			expect(result.stderr.trim().split('\n')).toEqual([
				`${zh}: warning: the Chinese has 3 paragraphs and the English 2: they are paired in order, as far as both go`,
				`${zh}:3: warning: paragraph 1: 2 Chinese sentences but 1 English ones, so the paragraph is one pair`,
				`${zh}:7: warning: Chinese paragraph 3 has no English paragraph to pair with`,
				`${documentFile('mismatch')}: warning: 1 sentence(s) have no English: written without en, for a translator to add`
			]);
			expect(result.stdout).toContain(
				`wrote ${documentFile('mismatch')}: 3 paragraph(s), 3 sentence pair(s) (1 paragraph(s) paired as a whole, 1 sentence(s) without English)`
			);
			expect(validate().status).toBe(0);
		}
	);

	it('English left over is reported at its line in the translation', () => {
		const zh = input('zh.txt', '一。\n');
		const en = input('en.txt', 'One.\n\nTwo.\n');
		const result = newDocument(zh, '-t', en, '--id', 'left-over', '--title', '题');
		expect(result.status).toBe(0);
		expect(result.stderr).toContain(
			`${en}:3: warning: English paragraph 2 has no Chinese paragraph to pair with, and is left out`
		);
	});

	it('hostile text and titles validate', () => {
		const zh = input(
			'zh.txt',
			'- 列表？\n# 注释：{{x}} <script>alert(1)</script>。\n"引号": 值。\n'
		);
		const en = input(
			'en.txt',
			'- List?\n# Comment: {{x}} <script>alert(1)</script>.\n"Quote": value.\n'
		);
		const result = newDocument(
			zh,
			'-t',
			en,
			'--id',
			'hostile',
			'--title',
			'# 题: "x"',
			// A value that starts with - goes after =.
			'--title-en=- T: #'
		);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		const check = validate();
		expect(check.stderr).toBe('');
		expect(check.stdout).toMatch(/^ok: 1 document\(s\), 3 sentence pair\(s\)/);
	});

	it('refuses to overwrite an existing file unless --force', () => {
		const args = [fixture('zh-utf8.txt'), '--id', 'spring', '--date', '2026-12-01'];
		expect(newDocument(...args).status).toBe(0);
		writeFileSync(documentFile('spring'), 'mine');
		const again = newDocument(...args);
		expect(again.status).toBe(1);
		expect(again.stderr).toBe(
			`${documentFile('spring')}: already exists; use --force to overwrite it, or --id to choose another id\n`
		);
		expect(readFileSync(documentFile('spring'), 'utf8')).toBe('mine');
		expect(newDocument(...args, '--force').status).toBe(0);
		expect(readFileSync(documentFile('spring'), 'utf8')).toContain('春天的早晨');
	});

	it('an encoding named by hand, and a wrong one', () => {
		const short = fixture('short-gb18030.txt');
		const ok = newDocument(short, '--encoding', 'gbk', '--id', 'short', '--title', '会议');
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain(`${short}: GB18030`);
		const bad = newDocument(short, '--encoding', 'utf-8', '--id', 'short2');
		expect(bad.status).toBe(1);
		expect(bad.stderr).toBe(`${short}:1: this is not valid UTF-8\n`);
		const unknown = newDocument(short, '--encoding', 'ebcdic');
		expect(unknown.status).toBe(2);
		expect(unknown.stderr).toBe(
			'--encoding "ebcdic": use one of utf-8, utf-16le, utf-16be, gb18030, big5, windows-1252\n'
		);
	});

	it('bad input: one line each, a non-zero status, no file written', () => {
		const cases: [string[], number, string][] = [
			[[], 2, 'name the Chinese text file (see --help)\n'],
			[
				['a', 'b'],
				2,
				'one text file at a time, not 2 (the translation goes after --translation)\n'
			],
			[['--bogus'], 2, "Unknown option '--bogus' (see --help)\n"],
			[
				['a.txt', '--title', '-x'],
				2,
				'--title needs a value; one that starts with - goes after = (--title=-value)\n'
			],
			[
				[fixture('zh-utf8.txt'), '--id', 'Bad_Id'],
				2,
				'--id "Bad_Id": use lowercase letters, digits and single hyphens (as in a-spring-morning)\n'
			],
			[
				[fixture('zh-utf8.txt'), '--date', '1/12/2026'],
				2,
				'--date "1/12/2026": write the date YYYY-MM-DD\n'
			],
			[['missing.txt'], 1, 'missing.txt: cannot read it: no such file\n'],
			[[FIXTURES], 1, `${FIXTURES}: is a directory, not a file\n`],
			[
				[fixture('binary.bin')],
				1,
				`${fixture('binary.bin')}: cannot read binary.bin: use a .txt, .md, .srt, .vtt or .epub file\n`
			],
			[
				[fixture('source/en.txt')],
				1,
				`${fixture('source/en.txt')}: the text has no Chinese characters (is it the translation?)\n`
			],
			[
				[fixture('not-zip.epub')],
				1,
				`${fixture('not-zip.epub')}: this is not an EPUB: an EPUB is a ZIP archive, and this file is not one\n`
			]
		];
		for (const [args, status, stderr] of cases) {
			const result = newDocument(...args);
			expect(result.stderr, args.join(' ')).toBe(stderr);
			expect(result.status, args.join(' ')).toBe(status);
		}
		const binary = input('binary.txt', '\u0000\u0001PNG');
		expect(newDocument(binary).stderr).toBe(
			`${binary}: this is not a text file (it has NUL or control bytes)\n`
		);
		const srt = input(
			'broken.srt',
			'1\n00:00:01,000 --> 00:00:02,000\n好。\n\n2\n00:00:03 --> 00:00:04\n坏。\n'
		);
		expect(newDocument(srt).stderr).toBe(
			`${srt}:6: expected a cue time such as 00:00:01,000 --> 00:00:04,000, found "00:00:03 --> 00:00:04"\n`
		);
		expect(existsSync(path.join(root, 'documents'))).toBe(false);
	});

	it('subtitles and EPUB work too', () => {
		const srt = newDocument(fixture('zh-gb18030.srt'), '--id', 'film', '--title', '电影');
		expect(srt.status).toBe(0);
		expect(srt.stdout).toContain('3 paragraph(s), 3 sentence pair(s)');
		const epub = newDocument(fixture('zh.epub'), '--id', 'book');
		expect(epub.status).toBe(0);
		expect(readFileSync(documentFile('book'), 'utf8')).toContain('  zh: 春天的早晨 & 其他\n');
		expect(validate().status).toBe(0);
	});

	it('--help', () => {
		const result = newDocument('--help');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: npm run new-document -- <text> \[options\]/);
	});
});
