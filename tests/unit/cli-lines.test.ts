import { describe, expect, it, vi } from 'vitest';
import { InputError, LineSplitter } from '../../src/cli/lines.ts';
import { escapeHtml, htmlLine, joinSyllables, textLine, wordText } from '../../src/cli/formats.ts';
import type { Token } from '../../src/lib/engine/types.ts';

/** Feed `bytes` in chunks cut at `cuts`; the lines that come out. */
function linesOf(bytes: Uint8Array, cuts: number[]): string[] {
	const splitter = new LineSplitter();
	const out: string[] = [];
	let at = 0;
	for (const cut of [...cuts, bytes.length]) {
		out.push(...splitter.push(bytes.subarray(at, cut)));
		at = cut;
	}
	return [...out, ...splitter.end()];
}

function errorOf(bytes: Uint8Array, cuts: number[] = []): InputError | undefined {
	try {
		linesOf(bytes, cuts);
	} catch (error) {
		if (error instanceof InputError) return error;
		throw error;
	}
	return undefined;
}

describe('LineSplitter', () => {
	const text = '长江\r\n\n好，“行”\n\r\nabc\r\n末';
	const bytes = new TextEncoder().encode(text);
	const want = ['长江', '', '好，“行”', '', 'abc', '末'];

	it('splits at \\n and \\r\\n, keeps empty lines and a last line without an end', () => {
		expect(linesOf(bytes, [])).toEqual(want);
	});

	it('gives the same lines wherever the chunks are cut (inside characters, between \\r and \\n)', () => {
		for (let a = 0; a <= bytes.length; a++) {
			for (let b = a; b <= bytes.length; b += 3) expect(linesOf(bytes, [a, b])).toEqual(want);
		}
	});

	it('gives nothing for empty input, one empty line for a lone newline', () => {
		expect(linesOf(new Uint8Array(), [])).toEqual([]);
		expect(linesOf(new TextEncoder().encode('\n'), [])).toEqual(['']);
		expect(linesOf(new TextEncoder().encode('a\n'), [])).toEqual(['a']);
	});

	it('names the line of a byte that is not UTF-8, wherever the chunks are cut', () => {
		const bad = new Uint8Array([...new TextEncoder().encode('好\n长江\n'), 0xe5, 0x41, 0x0a, 0x62]);
		for (let cut = 0; cut <= bad.length; cut++) {
			expect(errorOf(bad, [cut])?.message).toBe('invalid UTF-8 on line 3');
		}
	});

	it('refuses NUL bytes as binary, naming the line', () => {
		const bin = new Uint8Array([0x61, 0x0a, 0x0a, 0x62, 0x00]);
		expect(errorOf(bin)?.message).toBe('binary file (NUL byte on line 3)');
		expect(errorOf(bin, [2])?.line).toBe(3);
	});

	it('refuses input that ends inside a character', () => {
		const cut = new Uint8Array([0x61, 0x0a, 0xe5, 0xa5]);
		expect(errorOf(cut)?.message).toBe('invalid UTF-8 on line 2 (input ends inside a character)');
	});
});

const word = (text: string, pinyin: string[], term?: string): Token => ({
	text,
	kind: 'word',
	pinyin,
	pinyinNum: [],
	...(term ? { term } : {})
});

describe('formats', () => {
	it('joins a word’s syllables, with an apostrophe before a, o, e', () => {
		expect(joinSyllables(['jú', 'zhǎng'])).toBe('júzhǎng');
		expect(joinSyllables(['xī', 'ān'])).toBe("xī'ān");
		expect(joinSyllables(['tiān', 'é'])).toBe("tiān'é");
		expect(joinSyllables(['ǒu'])).toBe('ǒu');
	});

	it('text: spaces between words, none before punctuation or after Chinese punctuation', () => {
		const tokens: Token[] = [
			word('我们', ['wǒ', 'men']),
			{ text: '，', kind: 'punct' },
			word('去', ['qù']),
			word('西安', ['xī', 'ān']),
			{ text: ' ', kind: 'space' },
			{ text: 'ABC', kind: 'latin' },
			{ text: ',', kind: 'punct' },
			word('好', ['hǎo']),
			{ text: '（', kind: 'punct' },
			{ text: '3', kind: 'number' },
			word('个', ['gè']),
			{ text: '）', kind: 'punct' }
		];
		expect(textLine(tokens)).toBe("wǒmen，qù xī'ān ABC, hǎo（3 gè）\n");
	});

	it('html: a <ruby> per word, a syllable per character, everything escaped', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;'
		);
		expect(htmlLine([word('长江', ['cháng', 'jiāng'], 'a"b'), { text: '<', kind: 'punct' }])).toBe(
			'<p><ruby class="term" data-term="a&quot;b">长<rp>(</rp><rt>cháng</rt><rp>)</rp>江<rp>(</rp><rt>jiāng</rt><rp>)</rp></ruby>&lt;</p>\n'
		);
	});

	it('text: a character with no syllable as itself (𠮷, 𪚥, 㐀), spaced as a word', () => {
		const tokens: Token[] = [
			word('我', ['wǒ']),
			word('𠮷', ['']),
			word('你', ['nǐ']),
			word('𪚥', ['']),
			{ text: '，', kind: 'punct' },
			word('㐀', ['']),
			word('好', ['hǎo'])
		];
		expect(textLine(tokens)).toBe('wǒ 𠮷 nǐ 𪚥，㐀 hǎo\n');
		expect(wordText('𠮷安', ['', 'ān'])).toBe('𠮷ān');
		expect(wordText('西安', ['xī', 'ān'])).toBe("xī'ān");
	});

	it('text: a combining mark stays on its character, never on a syllable', () => {
		const mark = (text: string): Token => ({ text, kind: 'punct' });
		const tokens: Token[] = [
			word('好', ['hǎo']),
			mark('\u0301'),
			word('人', ['rén']),
			mark('\u20dd'),
			mark('\u0301'),
			{ text: ' ', kind: 'space' },
			{ text: 'cafe', kind: 'latin' },
			mark('\u0301'),
			word('𠮷', ['']),
			mark('\u0301'),
			word('银行', ['yín', 'háng']),
			mark('\u20dd')
		];
		expect(textLine(tokens)).toBe(
			'hǎo(好\u0301) rén(人\u20dd\u0301) cafe\u0301 𠮷\u0301 yínháng(银行\u20dd)\n'
		);
		// A mark inside a word (a glossary form) likewise.
		expect(wordText('好\u0301人', ['hǎo', '', 'rén'])).toBe('hǎorén(好\u0301人)');
	});

	it('text: a long line is built without testing the output so far again', () => {
		// The characters handed to regular expressions grow with the line, not with its square.
		const tokens: Token[] = [];
		for (let k = 0; k < 5_000; k++) tokens.push(word('行长', ['háng', 'zhǎng']));
		const test = vi.spyOn(RegExp.prototype, 'test');
		let out: string;
		let examined = 0;
		try {
			out = textLine(tokens);
			for (const [arg] of test.mock.calls) examined += String(arg).length;
		} finally {
			test.mockRestore();
		}
		expect(out).toBe(`${new Array(5_000).fill('hángzhǎng').join(' ')}\n`);
		expect(examined).toBeGreaterThan(0);
		expect(examined).toBeLessThanOrEqual(2 * out.length);
	});

	it('html: combining marks inside the ruby base of their character; no syllable, no ruby', () => {
		const tokens: Token[] = [
			word('好', ['hǎo']),
			{ text: '\u0301', kind: 'punct' },
			word('𠮷', ['']),
			{ text: '\u20dd', kind: 'punct' },
			word('行', ['xíng'])
		];
		expect(htmlLine(tokens)).toBe(
			'<p><ruby>好\u0301<rp>(</rp><rt>hǎo</rt><rp>)</rp></ruby>𠮷\u20dd<ruby>行<rp>(</rp><rt>xíng</rt><rp>)</rp></ruby></p>\n'
		);
	});
});
