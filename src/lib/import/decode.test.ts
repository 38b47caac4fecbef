import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chineseScore, decodeAs, decodeText, type DecodeResult, type Decoded } from './decode.ts';

/** The fixtures were written by tests/fixtures/import/make-fixtures.py (Python's codecs). */
const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));
const simplified = readFileSync('tests/fixtures/import/source/zh-simplified.txt', 'utf8');
const traditional = readFileSync('tests/fixtures/import/source/zh-traditional.txt', 'utf8');

function decoded(result: DecodeResult): Decoded {
	if (!result.ok) throw new Error(`expected text, got: ${result.message}`);
	return result;
}

describe('decodeText', () => {
	it('UTF-8 without a BOM', () => {
		const r = decoded(decodeText(fixture('zh-utf8.txt')));
		expect(r).toMatchObject({ encoding: 'utf-8', bom: false, confidence: 'certain' });
		expect(r.text).toBe(simplified);
		expect(r.alternatives).toEqual([]);
	});

	it('UTF-8 with a BOM, which is removed', () => {
		const r = decoded(decodeText(fixture('zh-utf8-bom.txt')));
		expect(r).toMatchObject({
			encoding: 'utf-8',
			bom: true,
			confidence: 'certain',
			text: simplified
		});
	});

	it('UTF-16 LE and BE by their BOM', () => {
		for (const [file, encoding] of [
			['zh-utf16le.txt', 'utf-16le'],
			['zh-utf16be.txt', 'utf-16be']
		] as const) {
			const r = decoded(decodeText(fixture(file)));
			expect(r).toMatchObject({ encoding, bom: true, confidence: 'certain', text: simplified });
		}
	});

	it('GB18030 (GBK) with CRLF line ends, offering Big5 as an alternative', () => {
		const r = decoded(decodeText(fixture('zh-gb18030.txt')));
		expect(r).toMatchObject({ encoding: 'gb18030', bom: false, confidence: 'likely' });
		expect(r.text).toBe(simplified.replaceAll('\n', '\r\n'));
		expect(r.alternatives).toEqual(['big5']);
	});

	it('GB18030 four-byte sequences (U+20000) and €', () => {
		const r = decoded(decodeText(fixture('zh-gb18030-4byte.txt')));
		expect(r.encoding).toBe('gb18030');
		expect(r.text).toBe('𠀀是一个罕见的字，欧元写作€。\n');
	});

	it('a traditional text saved as GB18030 is GB18030, not Big5', () => {
		const r = decoded(decodeText(fixture('zh-traditional-gb18030.txt')));
		expect(r).toMatchObject({ encoding: 'gb18030', text: traditional });
	});

	it('Big5', () => {
		const r = decoded(decodeText(fixture('zh-big5.txt')));
		expect(r).toMatchObject({ encoding: 'big5', confidence: 'likely', text: traditional });
		expect(r.alternatives).toEqual(['gb18030']);
	});

	it('the whole seed document as GB18030, and each of its paragraphs alone', () => {
		const bytes = fixture('seed-gb18030.txt');
		const r = decoded(decodeText(bytes));
		expect(r.encoding).toBe('gb18030');
		expect(r.text).toContain('全国认证认可工作会议以视频会议形式在京召开。');
		let start = 0;
		let paragraphs = 0;
		for (let i = 0; i <= bytes.length; i++) {
			if (i < bytes.length && bytes[i] !== 0x0a) continue;
			const line = bytes.subarray(start, i);
			start = i + 1;
			if (line.length === 0) continue;
			paragraphs++;
			expect(decoded(decodeText(line)).encoding).toBe('gb18030');
		}
		expect(paragraphs).toBe(9);
	});

	it('two characters: a guess, but the right one, in either encoding', () => {
		expect(decoded(decodeText(fixture('short-gb18030.txt')))).toMatchObject({
			encoding: 'gb18030',
			text: '会议',
			confidence: 'guess',
			alternatives: ['big5']
		});
		expect(decoded(decodeText(fixture('short-big5.txt')))).toMatchObject({
			encoding: 'big5',
			text: '會議',
			confidence: 'guess',
			alternatives: ['gb18030']
		});
	});

	it('a tie goes to GB18030, the more common: B0 AE is 爱 in GB18030 and 乾 in Big5', () => {
		expect(decoded(decodeText(new Uint8Array([0xb0, 0xae])))).toMatchObject({
			encoding: 'gb18030',
			text: '爱',
			confidence: 'guess',
			alternatives: ['big5']
		});
		expect(decoded(decodeAs(new Uint8Array([0xb0, 0xae]), 'big5')).text).toBe('乾');
	});

	it('Windows-1252 only where no Chinese reading makes sense', () => {
		const r = decoded(decodeText(fixture('en-windows1252.txt')));
		expect(r).toMatchObject({ encoding: 'windows-1252', text: 'Café au lait, naïve résumé.\n' });
	});

	it('plain ASCII is UTF-8 with no alternatives (they would read the same)', () => {
		const r = decoded(decodeText(new TextEncoder().encode('Hello.\n')));
		expect(r).toMatchObject({ encoding: 'utf-8', confidence: 'certain', alternatives: [] });
	});

	it('an empty file is empty text (the formats say it is empty)', () => {
		expect(decoded(decodeText(new Uint8Array()))).toMatchObject({ encoding: 'utf-8', text: '' });
	});

	it('binary input is an error value, not an exception', () => {
		for (const bytes of [
			fixture('binary.bin'),
			fixture('zh.epub'),
			new Uint8Array([0x41, 0x00, 0x42]),
			new Uint8Array([0x1b, 0x5b, 0x1b, 0x5b, 0x02, 0x03, 0x41])
		]) {
			const r = decodeText(bytes);
			expect(r).toMatchObject({ ok: false, error: 'binary' });
			if (!r.ok) expect(r.message).toBe('this is not a text file (it has NUL or control bytes)');
		}
	});

	it('bytes valid in none of the encodings: an error naming the first bad line', () => {
		// Line 2 has 0x80 alone, invalid in UTF-8, GB18030 and Big5; Windows-1252 reads it as €
		// but the text does not look Western either (it is mostly lead bytes).
		const bytes = new Uint8Array([0x61, 0x0a, 0x80, 0xff, 0x80, 0xff, 0x80, 0x0a]);
		const r = decodeText(bytes);
		expect(r).toMatchObject({ ok: false, error: 'invalid', line: 2 });
		if (!r.ok)
			expect(r.message).toBe('not text in UTF-8, UTF-16, GB18030 or Big5 (line 2 is not UTF-8)');
	});

	it('tabs, form feeds and a final Ctrl-Z are text', () => {
		const r = decoded(decodeText(new TextEncoder().encode('a\tb\fc\r\n\x1a')));
		expect(r.text).toBe('a\tb\fc\r\n\x1a');
	});
});

describe('decodeAs', () => {
	it('reads the bytes in the encoding the reader chose', () => {
		const bytes = fixture('short-gb18030.txt');
		expect(decoded(decodeAs(bytes, 'big5')).text).not.toBe('会议');
		expect(decoded(decodeAs(bytes, 'gb18030'))).toMatchObject({
			text: '会议',
			confidence: 'certain',
			alternatives: ['big5']
		});
	});

	it('invalid bytes: an error with the line, and what can read them', () => {
		// Big5 bytes in line 3 of a file read as UTF-8.
		const bytes = new Uint8Array([
			...new TextEncoder().encode('一\n二\n'),
			...fixture('short-big5.txt'),
			0x0a
		]);
		const r = decodeAs(bytes, 'utf-8');
		expect(r).toMatchObject({ ok: false, error: 'invalid', line: 3 });
		if (!r.ok) expect(r.message).toBe('not valid UTF-8 (line 3)');
	});

	it('UTF-16 with an odd number of bytes or a broken surrogate', () => {
		const odd = decodeAs(new Uint8Array([0xff, 0xfe, 0x2d, 0x4e, 0x87]), 'utf-16le');
		expect(odd).toMatchObject({
			ok: false,
			message: 'not valid UTF-16 LE (an odd number of bytes)'
		});
		const lone = decodeAs(new Uint8Array([0xd8, 0x00, 0x00, 0x41]), 'utf-16be');
		expect(lone).toMatchObject({
			ok: false,
			message: 'not valid UTF-16 BE (a broken surrogate pair)'
		});
	});

	it('UTF-16 without a BOM, when the reader says so', () => {
		const bytes = fixture('zh-utf16le.txt').subarray(2);
		expect(decodeText(bytes)).toMatchObject({ ok: false, error: 'binary' });
		expect(decoded(decodeAs(bytes, 'utf-16le')).text).toBe(simplified);
	});

	it('a byte-order mark of another encoding is an error', () => {
		const r = decodeAs(fixture('zh-utf8-bom.txt'), 'gb18030');
		expect(r).toMatchObject({ ok: false, line: 1, alternatives: ['utf-8'] });
		if (!r.ok)
			expect(r.message).toBe('the file starts with the byte-order mark of UTF-8, not GB18030');
	});

	it('binary bytes stay an error in any 8-bit encoding', () => {
		expect(decodeAs(fixture('binary.bin'), 'windows-1252')).toMatchObject({
			ok: false,
			error: 'binary'
		});
	});
});

describe('chineseScore', () => {
	it('is high for Chinese, low for the same bytes misread', () => {
		expect(chineseScore(simplified)).toBeGreaterThan(0.8);
		expect(chineseScore(traditional)).toBeGreaterThan(0.8);
		const misread = decoded(decodeAs(fixture('zh-big5.txt'), 'gb18030')).text;
		expect(chineseScore(misread)).toBeLessThan(0.3);
		expect(chineseScore('abc')).toBe(0);
	});
});
