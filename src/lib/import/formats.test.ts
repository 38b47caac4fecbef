import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
	formatOf,
	htmlText,
	importFile,
	markdownInline,
	parseEpub,
	parseText,
	type ImportResult,
	type ImportedText
} from './formats.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(`tests/fixtures/import/${name}`));

function imported(result: ImportResult): ImportedText {
	if (!result.ok) throw new Error(result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
	return result.text;
}
const texts = (result: ImportResult) => imported(result).paragraphs.map((p) => p.text);
const problems = (result: ImportResult) =>
	result.ok
		? []
		: result.problems.map((p) => (p.line === undefined ? p.message : `${p.line}: ${p.message}`));

describe('formatOf', () => {
	it('by extension, any case', () => {
		expect(formatOf('a.TXT')).toBe('txt');
		expect(formatOf('notes.markdown')).toBe('md');
		expect(formatOf('film.zh.srt')).toBe('srt');
		expect(formatOf('x.vtt')).toBe('vtt');
		expect(formatOf('book.epub')).toBe('epub');
		expect(formatOf('photo.png')).toBeUndefined();
		expect(formatOf('README')).toBeUndefined();
	});
});

describe('importFile', () => {
	it('plain text in GB18030: paragraphs by blank lines, with their lines and the encoding', () => {
		const text = imported(importFile('zh.txt', fixture('zh-gb18030.txt')));
		expect(text.decoding).toEqual({
			encoding: 'gb18030',
			confidence: 'likely',
			alternatives: ['big5'],
			bom: false
		});
		expect(text.paragraphs.map((p) => [p.line, p.text.slice(0, 5)])).toEqual([
			[1, '春天的早晨'],
			[3, '早上七点，'],
			[5, '小王每天坐'],
			[7, '走到公司的']
		]);
	});

	it('the encoding the reader chose, and a clear error where it does not fit', () => {
		const bytes = fixture('short-gb18030.txt');
		expect(texts(importFile('a.txt', bytes, { encoding: 'gb18030' }))).toEqual(['会议']);
		expect(texts(importFile('a.txt', bytes, { encoding: 'big5' }))).not.toEqual(['会议']);
		expect(problems(importFile('a.txt', bytes, { encoding: 'utf-8' }))).toEqual([
			'1: this is not valid UTF-8'
		]);
	});

	it('bad input: an unknown format, an empty file, a binary file', () => {
		expect(problems(importFile('photo.png', fixture('binary.bin')))).toEqual([
			'cannot read photo.png: use a .txt, .md, .srt, .vtt or .epub file'
		]);
		expect(problems(importFile('a.txt', new Uint8Array()))).toEqual(['the file is empty']);
		expect(problems(importFile('a.txt', new TextEncoder().encode(' \n\u3000\n')))).toEqual([
			'the file has no text'
		]);
		expect(problems(importFile('a.txt', fixture('binary.bin')))).toEqual([
			'this is not a text file (it has NUL or control bytes)'
		]);
		expect(problems(importFile('a.srt', fixture('binary.bin')))).toEqual([
			'this is not a text file (it has NUL or control bytes)'
		]);
	});

	it('a format can be forced whatever the name', () => {
		const bytes = new TextEncoder().encode('# 标题\n\n正文。');
		expect(imported(importFile('notes.txt', bytes, { format: 'md' })).title).toBe('标题');
	});
});

describe('plain text', () => {
	it('hard-wrapped lines join: Chinese without a space, English with one', () => {
		const r = parseText('早上七点，城市\n慢慢醒来。\n\nThe city\nwakes up, 城市\n醒来。\n', 'txt');
		expect(texts(r)).toEqual(['早上七点，城市慢慢醒来。', 'The city wakes up, 城市醒来。']);
	});

	it('with no blank line, a paragraph a line; indentation (　　) starts a paragraph', () => {
		expect(texts(parseText('第一段。\n第二段。\r\n第三段。', 'txt'))).toEqual([
			'第一段。',
			'第二段。',
			'第三段。'
		]);
		const indented = '标题\n\n\u3000\u3000第一段，\n接着写。\n\u3000\u3000第二段。\n';
		expect(texts(parseText(indented, 'txt'))).toEqual(['标题', '第一段，接着写。', '第二段。']);
	});

	it('a BOM character and CR line ends are dropped', () => {
		expect(texts(parseText('\ufeff一。\r\r二。', 'txt'))).toEqual(['一。', '二。']);
	});
});

describe('Markdown', () => {
	const md = [
		'---',
		'layout: post',
		'title: "前言 Title"',
		'---',
		'# 春天的*早晨* #',
		'',
		'早上**七点**，[城市](https://example.com/a "t")慢慢醒来。![图](x.png)',
		'街上的人越来越多。<span class="x">真的</span>',
		'',
		'```js',
		'alert("code is not text")',
		'```',
		'',
		'## 第二节',
		'',
		'> 引用的话，',
		'> 接着说。',
		'',
		'- 第一项',
		'* [x] 第二项',
		'1. 第三项',
		'',
		'| 甲 | 乙 |',
		'|----|:--:|',
		'| 一 | 二 |',
		'',
		'***',
		'<!-- a',
		'comment -->',
		'Setext heading',
		'==============',
		'snake_case_word and _emphasis_ and `code` and \\*stars\\* and <https://a.example>',
		'[ref]: https://example.com',
		'~~struck~~ &amp; [a reference][ref]'
	].join('\n');

	it('strips the markup, keeps the text, a paragraph per block', () => {
		const text = imported(parseText(md, 'md'));
		expect(text.title).toBe('前言 Title');
		expect(text.paragraphs.map((p) => p.text)).toEqual([
			'春天的早晨',
			'早上七点，城市慢慢醒来。街上的人越来越多。真的',
			'第二节',
			'引用的话，接着说。',
			'第一项',
			'第二项',
			'第三项',
			'甲 乙',
			'一 二',
			'Setext heading',
			'snake_case_word and emphasis and code and *stars* and https://a.example',
			'struck & a reference'
		]);
	});

	it('the first heading is the title, and not a paragraph when it comes first', () => {
		const text = imported(parseText('# 标题\n\n正文。\n\n## 小节\n', 'md'));
		expect(text.title).toBe('标题');
		expect(text.paragraphs.map((p) => [p.line, p.text])).toEqual([
			[3, '正文。'],
			[5, '小节']
		]);
		const late = imported(parseText('导语。\n\n# 标题\n', 'md'));
		expect(late.title).toBe('标题');
		expect(late.paragraphs.map((p) => p.text)).toEqual(['导语。', '标题']);
	});

	it('script and style blocks, and an unclosed fence, give no text', () => {
		const r = parseText('<script>\nalert(1)\n</script>\n<style>p{}</style>\n正文。\n```\nno', 'md');
		expect(texts(r)).toEqual(['正文。']);
		expect(problems(parseText('```\ncode only\n```\n', 'md'))).toEqual(['the file has no text']);
	});

	it('inline markup', () => {
		expect(markdownInline('**粗**和*斜*和__粗__和~~删~~')).toBe('粗和斜和粗和删');
		expect(markdownInline('[链接](<a b.html>)与![](i.png)')).toBe('链接与');
		expect(markdownInline('a <b onclick="x>y">bold</b> &lt;tag&gt;')).toBe('a bold <tag>');
	});
});

describe('SubRip (.srt)', () => {
	it('GB18030 with CRLF: a cue a line, tags and {\\an8} gone, times kept, cue settings ignored', () => {
		const text = imported(importFile('zh.srt', fixture('zh-gb18030.srt')));
		expect(text.decoding?.encoding).toBe('gb18030');
		expect(text.paragraphs).toEqual([
			{
				text: '早上七点，城市慢慢醒来。',
				time: { start: '00:00:01.000', end: '00:00:03.500' },
				line: 3
			},
			{
				text: '他说：“地铁比开车快多了！”',
				time: { start: '00:00:04.000', end: '00:00:06.000' },
				line: 8
			},
			{
				text: '可是今天地铁出了问题。',
				time: { start: '00:01:02.250', end: '00:01:05.000' },
				line: 12
			}
		]);
		expect(text.warnings).toEqual([]);
	});

	it('a BOM, cues without numbers, multi-line English cues, \\N and <b>', () => {
		const srt =
			'\ufeff1\n00:00:01,000 --> 00:00:02,000\n<b>Hello</b>\nthere.\n\n00:00:03,000 --> 00:00:04,000\nOne\\Ntwo.\n';
		expect(texts(parseText(srt, 'srt'))).toEqual(['Hello there.', 'One two.']);
	});

	it('text after a blank line inside a cue joins the cue, with a warning', () => {
		const r = imported(parseText('1\n00:00:01,000 --> 00:00:02,000\n第一行\n\n第二行\n', 'srt'));
		expect(r.paragraphs.map((p) => p.text)).toEqual(['第一行第二行']);
		expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
			'5: text with no cue number or time: joined to the cue before'
		]);
	});

	it('a broken time line is an error at its line', () => {
		const srt = '1\n00:00:01,000 --> 00:00:02,000\n好。\n\n2\n00:00:03,000 -> 00:00:04,000\n坏。\n';
		expect(problems(parseText(srt, 'srt'))).toEqual([
			'6: expected a cue time such as 00:00:01,000 --> 00:00:04,000, found "00:00:03,000 -> 00:00:04,000"'
		]);
		expect(problems(parseText('你好\n世界\n', 'srt'))).toEqual([
			'1: expected a cue time such as 00:00:01,000 --> 00:00:04,000, found "你好"'
		]);
		expect(problems(parseText('1\n00:00:01,000 --> 00:00:02,000\n\n', 'srt'))).toEqual([
			'no subtitles found'
		]);
	});

	it('a cue that ends before it starts: a warning', () => {
		const r = imported(parseText('1\n00:00:05,000 --> 00:00:02,000\n好。\n', 'srt'));
		expect(r.warnings.map((w) => `${w.line}: ${w.message}`)).toEqual([
			'2: the cue ends (00:00:02.000) before it starts (00:00:05.000)'
		]);
	});
});

describe('WebVTT (.vtt)', () => {
	const vtt = [
		'\ufeffWEBVTT - 标题',
		'Kind: captions',
		'',
		'STYLE',
		'::cue { color: red }',
		'',
		'NOTE 这是注释',
		'不是字幕',
		'',
		'REGION',
		'id:fred width:40%',
		'',
		'intro',
		'00:01.000 --> 00:04.000 align:start position:10%',
		'<v 小王>早上七点，</v>',
		'<c.yellow>城市</c>慢慢醒来。',
		'',
		'01:00:05.500 --> 01:00:07.000',
		'<ruby>地<rt>dì</rt>铁</ruby>&amp;<00:00:06.000>公交 &lt;快&gt;'
	].join('\r\n');

	it('cues with their times; header, NOTE, STYLE, REGION, ids, settings, tags and ruby text gone', () => {
		expect(imported(parseText(vtt, 'vtt')).paragraphs).toEqual([
			{
				text: '早上七点，城市慢慢醒来。',
				time: { start: '00:00:01.000', end: '00:00:04.000' },
				line: 15
			},
			{ text: '地铁&公交 <快>', time: { start: '01:00:05.500', end: '01:00:07.000' }, line: 19 }
		]);
	});

	it('no WEBVTT line, or a bad time: an error at the line', () => {
		expect(problems(parseText('00:01.000 --> 00:02.000\n好\n', 'vtt'))).toEqual([
			'1: a WebVTT file starts with the line WEBVTT'
		]);
		expect(problems(parseText('WEBVTTX\n', 'vtt'))).toEqual([
			'1: a WebVTT file starts with the line WEBVTT'
		]);
		expect(problems(parseText('WEBVTT\n\nid\n00:01 --> 00:02\n好\n', 'vtt'))).toEqual([
			'4: expected a cue time such as 00:01.000 --> 00:04.000, found "00:01 --> 00:02"'
		]);
		expect(problems(parseText('WEBVTT\n\nNOTE only\n', 'vtt'))).toEqual(['no subtitles found']);
	});
});

describe('HTML text', () => {
	it('a paragraph per block, entities decoded, scripts and ruby text dropped', () => {
		expect(
			htmlText(
				'<html><head><title>T</title></head><body><h1>题</h1><p>甲<br/>乙 &#x4E19;&#19969;</p><script>x<y</script><p a=">">b&nbsp;c &bogus; &#0;</p></body></html>'
			)
		).toEqual(['题', '甲乙 丙丁', 'b c &bogus; &#0;']);
	});
});

describe('EPUB', () => {
	it('the title and the chapters in spine order, as plain paragraphs', () => {
		const text = imported(importFile('book.epub', fixture('zh.epub')));
		expect(text.title).toBe('春天的早晨 & 其他');
		expect(text.decoding).toBeUndefined();
		expect(text.paragraphs.map((p) => p.text)).toEqual([
			'第一章',
			'早上七点，城市慢慢醒来。',
			'他说：“地铁比开车快多了！”可是今天<地铁>出了问题。',
			'走路 去公司。', // &nbsp; is a space
			'第二章',
			'已经九点半了。',
			'第一',
			'第二'
		]);
		expect(text.warnings).toEqual([]);
	});

	it('a chapter the spine names but the archive lacks: a warning', () => {
		const text = imported(parseEpub(fixture('missing-chapter.epub')));
		expect(text.paragraphs[0]?.text).toBe('第一章');
		expect(text.warnings.map((w) => w.message)).toEqual([
			'the EPUB lists OEBPS/text/chapter 2.xhtml among its chapters but has no such file'
		]);
	});

	it('not a ZIP, no container, a damaged archive, no text, DRM: clear messages', () => {
		expect(problems(importFile('x.epub', fixture('not-zip.epub')))).toEqual([
			'this is not an EPUB: an EPUB is a ZIP archive, and this file is not one'
		]);
		expect(problems(parseEpub(fixture('no-container.epub')))).toEqual([
			'the EPUB has no META-INF/container.xml naming its package file'
		]);
		const good = fixture('zh.epub');
		expect(problems(parseEpub(good.subarray(0, good.length - 30)))[0]).toMatch(
			/^the EPUB \(ZIP\) archive is damaged: /
		);
		const container = '<container><rootfiles><rootfile full-path="p.opf"/></rootfiles></container>';
		const noOpf = zipSync({ 'META-INF/container.xml': strToU8(container) });
		expect(problems(parseEpub(noOpf))).toEqual([
			'the EPUB names its package file p.opf, but has no such file'
		]);
		const opf =
			'<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>';
		const empty = zipSync({
			'META-INF/container.xml': strToU8(container),
			'p.opf': strToU8(opf),
			'a.xhtml': strToU8('<html><body><img src="x"/></body></html>')
		});
		expect(problems(parseEpub(empty))).toEqual(['the EPUB has no chapter text']);
		const locked = zipSync({
			'META-INF/container.xml': strToU8(container),
			'META-INF/encryption.xml': strToU8(
				'<encryption><EncryptedData><CipherData><CipherReference URI="a.xhtml"/></CipherData></EncryptedData></encryption>'
			),
			'p.opf': strToU8(opf),
			'a.xhtml': strToU8('garbled')
		});
		expect(problems(parseEpub(locked))).toEqual([
			'the EPUB is encrypted (DRM): its text cannot be read'
		]);
	});

	it('refuses an archive that unpacks to more than the limit (100 MB; a ZIP bomb)', () => {
		const container = '<container><rootfiles><rootfile full-path="p.opf"/></rootfiles></container>';
		const opf =
			'<package><manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/></spine></package>';
		const bomb = zipSync(
			{
				'META-INF/container.xml': strToU8(container),
				'p.opf': strToU8(opf),
				'a.xhtml': new Uint8Array(3 * 1024 * 1024)
			},
			{ level: 9 }
		);
		expect(bomb.length).toBeLessThan(64 * 1024);
		expect(problems(parseEpub(bomb, { limitMB: 2 }))).toEqual([
			'the EPUB unpacks to more than 2 MB'
		]);
		expect(problems(parseEpub(bomb, { limitMB: 4 }))).toEqual(['the EPUB has no chapter text']);
	});
});
