import { describe, expect, it } from 'vitest';
import { InputError, LineSplitter } from '../../src/cli/lines.ts';
import { escapeHtml, htmlLine, joinSyllables, textLine } from '../../src/cli/formats.ts';
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
});
