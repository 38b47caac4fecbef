/**
 * `duizhao annotate` run as a child process, the way a user runs it. The expected outputs
 * in tests/fixtures/annotate/*.out were checked by hand; the fixture glossary
 * (tests/fixtures/annotate/content) keeps them independent of the project's content.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { Content } from '../../src/lib/server/content.ts';
import { pinyinOverrides, wordOverrides } from '../../src/lib/server/documents.ts';
import type { Token } from '../../src/lib/engine/types.ts';

const CLI = path.resolve('src/cli/duizhao.ts');
const FIXTURES = path.resolve('tests/fixtures/annotate');
const LINES = path.join(FIXTURES, 'lines.txt');
const FIXTURE_CONTENT = path.join(FIXTURES, 'content');

// Each test starts up to four processes, and each process that annotates loads CC-CEDICT:
// about a second alone, several seconds on a busy 2-core machine, so Vitest's 5 s default
// is too short for a test. A process that hangs is stopped after PROCESS_TIMEOUT and fails
// its test with that message.
const PROCESS_TIMEOUT = 30_000;
vi.setConfig({ testTimeout: 4 * PROCESS_TIMEOUT });

function run(
	args: string[],
	options: { input?: string | Buffer; content?: string; stdin?: number } = {}
) {
	const result = spawnSync(process.execPath, [CLI, ...args], {
		...(options.stdin === undefined
			? { input: options.input ?? '' }
			: { stdio: [options.stdin, 'pipe', 'pipe'] }),
		env: { ...process.env, DUIZHAO_CONTENT: options.content ?? FIXTURE_CONTENT },
		maxBuffer: 64 * 1024 * 1024,
		timeout: PROCESS_TIMEOUT
	});
	if (result.error) throw new Error(`duizhao ${args.join(' ')}: ${result.error.message}`);
	return {
		status: result.status,
		stdout: result.stdout.toString('utf8'),
		stderr: result.stderr.toString('utf8')
	};
}

const expected = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');

const tmp = mkdtempSync(path.join(tmpdir(), 'duizhao-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function tmpFile(name: string, bytes: Buffer | string): string {
	const file = path.join(tmp, name);
	writeFileSync(file, bytes);
	return file;
}

describe('duizhao annotate: formats, byte for byte', () => {
	it.each([
		['jsonl', 'lines.jsonl.out'],
		['text', 'lines.text.out'],
		['html', 'lines.html.out']
	])('--format %s', (format, file) => {
		const result = run(['annotate', '--format', format, LINES]);
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toBe(expected(file));
	});

	it('writes JSON lines by default', () => {
		expect(run(['annotate', LINES]).stdout).toBe(expected('lines.jsonl.out'));
	});

	it('reads standard input when no file (or -) is given', () => {
		const input = readFileSync(LINES);
		expect(run(['annotate'], { input }).stdout).toBe(expected('lines.jsonl.out'));
		expect(run(['annotate', '-', '-f', 'text'], { input }).stdout).toBe(expected('lines.text.out'));
	});

	it('gives one object per line, empty lines included, and loses no character', () => {
		const source = readFileSync(LINES, 'utf8');
		const lines = source.split('\n').map((l) => l.replace(/\r$/, ''));
		const out = run(['annotate', LINES])
			.stdout.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as { tokens: Token[] });
		expect(out).toHaveLength(lines.length);
		expect(out[1]).toEqual({ tokens: [] });
		out.forEach((o, i) => expect(o.tokens.map((t) => t.text).join('')).toBe(lines[i]));
	});

	it('treats \\r\\n like \\n, and a last line without a line end like any other', () => {
		const input = '好\r\n\r\n长江\n行长';
		const out = run(['annotate', '-f', 'text'], { input }).stdout;
		expect(out).toBe('hǎo\n\nchángjiāng\nhángzhǎng\n');
		expect(run(['annotate'], { input: '' }).stdout).toBe('');
		expect(run(['annotate'], { input: '\n' }).stdout).toBe('{"tokens":[]}\n');
	});

	it('--citation-tones writes 一 and 不 in their dictionary tones', () => {
		const input = '进一步，不断完善';
		expect(run(['annotate', '-f', 'text'], { input }).stdout).toBe('jìnyíbù，búduàn wánshàn\n');
		expect(run(['annotate', '-f', 'text', '--citation-tones'], { input }).stdout).toBe(
			'jìnyībù，bùduàn wánshàn\n'
		);
	});

	it('--full-tones writes lexical neutral tones in full and keeps grammatical ones', () => {
		const input = '我们的知识和衣服都在桌子上。';
		const args = ['annotate', '-f', 'text', '--no-glossary'];
		expect(run(args, { input }).stdout).toBe('wǒmen de zhīshi hé yīfu dōu zài zhuōzi shàng。\n');
		expect(run([...args, '--full-tones'], { input }).stdout).toBe(
			'wǒmen de zhīshí hé yīfú dōu zài zhuōzi shàng。\n'
		);
	});

	it('keeps characters it has no reading for, and combining marks on their character', () => {
		// 𠮷, 𪚥 and 㐀 have no reading; U+0301 and U+20DD combine with the character before them.
		const input = '我𠮷你𪚥，㐀好\n好\u0301人\u20dd';
		const args = ['annotate', '--no-glossary'];
		expect(run([...args, '-f', 'text'], { input }).stdout).toBe(
			'wǒ 𠮷 nǐ 𪚥，㐀 hǎo\nhǎo(好\u0301) rén(人\u20dd)\n'
		);
		const html = run([...args, '-f', 'html'], { input }).stdout;
		expect(html).toContain('<p><ruby>我<rp>(</rp><rt>wǒ</rt><rp>)</rp></ruby>𠮷<ruby>');
		expect(html).toContain('<ruby>好\u0301<rp>(</rp><rt>hǎo</rt><rp>)</rp></ruby>');
		expect(html).toContain('<ruby>人\u20dd<rp>(</rp><rt>rén</rt><rp>)</rp></ruby></p>');
		const [first] = run(args, { input }).stdout.split('\n');
		const { tokens } = JSON.parse(first ?? '') as { tokens: Token[] };
		expect(tokens.map((t) => t.text).join('')).toBe('我𠮷你𪚥，㐀好');
		// No reading: an empty syllable in both spellings, not a bare tone number.
		expect(tokens[1]).toEqual({ text: '𠮷', kind: 'word', pinyin: [''], pinyinNum: [''] });
	});

	it('--no-glossary reads without glossary terms', () => {
		const out = run(['annotate', '--no-glossary'], { input: '长江' }).stdout;
		const { tokens } = JSON.parse(out) as { tokens: Token[] };
		expect(tokens.map((t) => t.text).join('')).toBe('长江');
		expect(tokens.some((t) => t.term)).toBe(false);
		expect(run(['annotate'], { input: '长江' }).stdout).toContain('"term":"yangtze"');
	});

	it('streams input larger than one read, keeping line order and count', () => {
		const line = '重庆的行长，在长江边。好！';
		const input = Array.from({ length: 12_000 }, (_, i) => (i % 7 === 3 ? '' : line)).join('\n');
		expect(Buffer.byteLength(input)).toBeGreaterThan(256 * 1024);
		const result = run(['annotate', '-f', 'text', tmpFile('big.txt', input)]);
		expect(result.status).toBe(0);
		const out = result.stdout.split('\n');
		expect(out).toHaveLength(12_001);
		expect(out[0]).toBe('chóngqìng de hángzhǎng，zài chángjiāng biān。hǎo！');
		expect(out[3]).toBe('');
		expect(out[11_999]).toBe(out[0]);
	});
});

describe('duizhao annotate: the project glossary', () => {
	it('reads each sentence of the documents the way the reader pages do', () => {
		const content = Content.load();
		const sentences: { zh: string; tokens: Token[] }[] = [];
		for (const doc of content.documents) {
			// A document's own overrides (readings, word cuts) are for that document only.
			const overridden = [
				...Object.keys(pinyinOverrides(doc)),
				...wordOverrides(doc).map((w) => w.replaceAll(' ', ''))
			];
			for (const { pair, tokens } of content.sentences(doc)) {
				if (!overridden.some((w) => pair.zh.includes(w))) sentences.push({ zh: pair.zh, tokens });
			}
		}
		expect(sentences.length).toBeGreaterThan(10);
		const result = run(['annotate'], {
			input: sentences.map((s) => s.zh).join('\n'),
			content: path.resolve('translations')
		});
		expect(result.status).toBe(0);
		const out = result.stdout.trimEnd().split('\n');
		expect(out).toHaveLength(sentences.length);
		sentences.forEach((s, i) => expect(JSON.parse(out[i] ?? '')).toEqual({ tokens: s.tokens }));
	});
});

describe('duizhao annotate: bad input', () => {
	/** One line on standard error, no stack trace, the given exit status. */
	function expectError(result: ReturnType<typeof run>, status: number, message: string) {
		expect(result.status).toBe(status);
		expect(result.stderr).toBe(`duizhao: ${message}\n`);
		expect(result.stdout).toBe('');
	}

	it('a missing file', () => {
		const file = path.join(tmp, 'missing.txt');
		expectError(run(['annotate', file]), 1, `${file}: no such file`);
	});

	it('a directory', () => {
		expectError(run(['annotate', tmp]), 1, `${tmp}: is a directory`);
	});

	it('a directory on standard input', () => {
		const fd = openSync(tmp, 'r');
		try {
			expectError(run(['annotate'], { stdin: fd }), 1, 'standard input: is a directory');
			expectError(run(['annotate', '-'], { stdin: fd }), 1, 'standard input: is a directory');
		} finally {
			closeSync(fd);
		}
	});

	it('a binary file (NUL byte), naming its line', () => {
		const file = tmpFile('binary.bin', Buffer.from([0x61, 0x0a, 0x62, 0x0a, 0x00, 0x01, 0x02]));
		expectError(run(['annotate', file]), 1, `${file}: binary file (NUL byte on line 3)`);
	});

	it('invalid UTF-8, naming its line', () => {
		// "café" in Latin-1 on line 3.
		const file = tmpFile(
			'latin1.txt',
			Buffer.concat([Buffer.from('中文\n好\n'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])])
		);
		expectError(run(['annotate', file]), 1, `${file}: invalid UTF-8 on line 3`);
	});

	it('invalid UTF-8 far into a large file, across reads', () => {
		const good = '长江边。\n'.repeat(20_000);
		const file = tmpFile(
			'late.txt',
			Buffer.concat([Buffer.from(good), Buffer.from([0xe4, 0xb8, 0x41, 0x0a])])
		);
		const result = run(['annotate', file]);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(`duizhao: ${file}: invalid UTF-8 on line 20001\n`);
	});

	it('a file that ends inside a character', () => {
		const file = tmpFile(
			'cut.txt',
			Buffer.concat([Buffer.from('好\n'), Buffer.from([0xe4, 0xb8])])
		);
		const result = run(['annotate', '-f', 'text', file]);
		expect(result.status).toBe(1);
		expect(result.stderr).toBe(
			`duizhao: ${file}: invalid UTF-8 on line 2 (input ends inside a character)\n`
		);
		// Output streams: the lines before the error have been written.
		expect(result.stdout).toBe('hǎo\n');
	});

	it('invalid UTF-8 on standard input', () => {
		const input = Buffer.from([0x61, 0x0a, 0xff, 0x0a]);
		expectError(run(['annotate'], { input }), 1, 'standard input: invalid UTF-8 on line 2');
	});

	it('UTF-16 text', () => {
		const file = tmpFile('utf16.txt', Buffer.from('\ufeff中文', 'utf16le'));
		expectError(
			run(['annotate', file]),
			1,
			`${file}: UTF-16 text (byte order mark); convert it to UTF-8`
		);
	});

	it('an unknown option or format, or two files', () => {
		expectError(run(['annotate', '--colour']), 2, 'unknown option --colour (see --help)');
		expectError(
			run(['annotate', '--format', 'xml']),
			2,
			'unknown format "xml": use one of jsonl, text, html'
		);
		expectError(run(['annotate', 'a', 'b']), 2, 'one file at a time (got 2: see --help)');
		expectError(run(['frobnicate']), 2, 'unknown command "frobnicate" (see --help)');
	});

	it('a glossary that does not load', () => {
		const result = run(['annotate'], { input: '好', content: path.join(tmp, 'nowhere') });
		expect(result.status).toBe(1);
		expect(result.stderr).toMatch(/^duizhao: cannot load the glossary \(.*\); use --no-glossary/);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run(['annotate', '--no-glossary'], { input: '好' }).status).toBe(0);
	});
});

describe('duizhao --help', () => {
	it('prints usage', () => {
		const result = run(['annotate', '--help']);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Usage: duizhao annotate \[options\] \[file\]/);
		expect(result.stdout).toContain('--no-glossary');
		expect(run(['--help']).stdout).toMatch(/^Usage: duizhao <command>/);
	});
});
