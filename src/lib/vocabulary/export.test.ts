import { describe, expect, it } from 'vitest';
import { parseBackup, readBackup, toAnkiTsv, toBackup, toCsv } from './export.ts';
import { toneless } from '../engine/syllable.ts';
import { sortWords } from './sort.ts';
import { isSavedWord, wordId, withWords, type SavedWord } from './word.ts';

const ORIGIN = 'https://duizhao.example';

const zhongyao: SavedWord = {
	id: wordId('重要', 'zhòng yào'),
	hanzi: '重要',
	pinyin: 'zhòng yào',
	definition: 'important; significant; major',
	hsk: 3,
	source: {
		doc: 'certification-conference-2013',
		title: 'Conference "Held" in Beijing',
		sentence: 'p1s3',
		zh: '认证认可是重要组成部分。',
		en: 'Certification is an important <part>, and more.'
	},
	savedAt: '2026-11-28T07:00:00.000Z'
};

const fazhan: SavedWord = {
	id: wordId('发展', 'fā zhǎn'),
	hanzi: '发展',
	pinyin: 'fā zhǎn',
	definition: 'development\tgrowth',
	traditional: '發展',
	source: {
		doc: 'certification-conference-2013',
		title: 'Conference',
		sentence: 'p4s6',
		zh: '促发展方面',
		en: 'On promoting development,\nit must'
	},
	savedAt: '2026-11-27T07:00:00.000Z'
};

describe('Anki export', () => {
	it('is exactly this TSV', () => {
		expect(toAnkiTsv([zhongyao, fazhan], ORIGIN)).toBe(
			'#separator:tab\n' +
				'#html:true\n' +
				'#notetype:Duizhao\n' +
				'#deck:Duizhao\n' +
				'#tags:duizhao\n' +
				'#tags column:7\n' +
				'#columns:Key\tHanzi\tPinyin\tDefinition\tExample\tSource\tTags\n' +
				'重要 zhòng yào\t重要\tzhòng yào\timportant; significant; major\t认证认可是<b>重要</b>组成部分。<br>Certification is an important &lt;part&gt;, and more.\t<a href="https://duizhao.example/read/certification-conference-2013#p1s3">Conference &quot;Held&quot; in Beijing</a>\thsk3 certification-conference-2013\n' +
				'发展 fā zhǎn\t发展\tfā zhǎn\tdevelopment growth\t促<b>发展</b>方面<br>On promoting development, it must\t<a href="https://duizhao.example/read/certification-conference-2013#p4s6">Conference</a>\tcertification-conference-2013\n'
		);
	});
	it('escapes every field, hanzi and pinyin too, quotes included', () => {
		const w = {
			...zhongyao,
			id: wordId('<img src=x onerror=alert(1)>', `x" onmouseover='y'`),
			hanzi: '<img src=x onerror=alert(1)>',
			pinyin: `x" onmouseover='y'`,
			definition: `it's "quoted" & <b>bold</b>`
		};
		const row = toAnkiTsv([w], ORIGIN).split('\n')[7]?.split('\t');
		expect(row?.slice(1, 4)).toEqual([
			'&lt;img src=x onerror=alert(1)&gt;',
			'x&quot; onmouseover=&#39;y&#39;',
			'it&#39;s &quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;'
		]);
	});
	it("links back to the reader only from a document id and sentence id that are the reader's", () => {
		const source = (doc: string, sentence: string) =>
			toAnkiTsv([{ ...zhongyao, source: { ...zhongyao.source, doc, sentence } }], ORIGIN)
				.split('\n')[7]
				?.split('\t')[5];
		expect(source('x" onmouseover="alert(1)', 'p1s3')).toBe(
			'Conference &quot;Held&quot; in Beijing'
		);
		expect(source('certification-conference-2013', 'p1s3"><script>')).toBe(
			'Conference &quot;Held&quot; in Beijing'
		);
		expect(source('../admin', 'p1s3')).toBe('Conference &quot;Held&quot; in Beijing');
		expect(source('a-2013', 'p10s2')).toBe(
			'<a href="https://duizhao.example/read/a-2013#p10s2">Conference &quot;Held&quot; in Beijing</a>'
		);
	});
	it('never starts a row with #, which Anki reads as a comment or header', () => {
		const w = { ...zhongyao, id: wordId('#deck:x', 'p'), hanzi: '#deck:x', pinyin: 'p' };
		const lines = toAnkiTsv([w], ORIGIN).split('\n');
		expect(lines[7]).toMatch(/^&#35;deck:x p\t#deck:x\tp\t/);
		// The header lines are ours, and the only lines that start with #.
		expect(lines.filter((l) => l.startsWith('#'))).toHaveLength(7);
	});
	it('makes one note per reading: the first field is the word and its pinyin', () => {
		const reading = (pinyin: string): SavedWord => ({
			...zhongyao,
			id: wordId('着', pinyin),
			hanzi: '着',
			pinyin
		});
		const keys = toAnkiTsv([reading('zhe'), reading('zhuó')], ORIGIN)
			.trimEnd()
			.split('\n')
			.slice(7)
			.map((row) => row.split('\t')[0]);
		expect(keys).toEqual(['着 zhe', '着 zhuó']);
	});
	it('writes CC-CEDICT markup readably, in Anki and in the CSV', () => {
		const w = { ...zhongyao, definition: 'variant of 為|为[wei2]; CL:個|个[ge4]' };
		expect(toAnkiTsv([w], ORIGIN).split('\n')[7]?.split('\t')[3]).toBe(
			'variant of 为 wéi; measure word: 个 gè'
		);
		expect(toCsv([w], ORIGIN)).toContain(',variant of 为 wéi; measure word: 个 gè,');
	});
});

describe('CSV export', () => {
	it('is exactly this RFC 4180 CSV', () => {
		expect(toCsv([zhongyao, fazhan], ORIGIN)).toBe(
			'\uFEFFhanzi,pinyin,definition,traditional,hsk,sentence,english,source,link,saved\r\n' +
				'重要,zhòng yào,important; significant; major,,3,认证认可是重要组成部分。,"Certification is an important <part>, and more.","Conference ""Held"" in Beijing",https://duizhao.example/read/certification-conference-2013#p1s3,2026-11-28T07:00:00.000Z\r\n' +
				'发展,fā zhǎn,development\tgrowth,發展,,促发展方面,"On promoting development,\nit must",Conference,https://duizhao.example/read/certification-conference-2013#p4s6,2026-11-27T07:00:00.000Z\r\n'
		);
	});
	it('shows a cell that would be a formula as text, with a leading apostrophe', () => {
		// The definition's cell: after hanzi and pinyin, before the empty traditional and HSK 3.
		const cells = (text: string) => {
			const row = toCsv([{ ...zhongyao, definition: text }], ORIGIN).split('\r\n')[1] ?? '';
			return row.slice('重要,zhòng yào,'.length, row.indexOf(',,3,'));
		};
		expect(cells('=HYPERLINK("https://evil.example","x")')).toBe(
			`"'=HYPERLINK(""https://evil.example"",""x"")"`
		);
		expect(cells('=1+1')).toBe("'=1+1");
		expect(cells('+1')).toBe("'+1");
		expect(cells('-1')).toBe("'-1");
		expect(cells('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(cells('\t=1')).toBe("'\t=1");
		expect(cells('\r=1')).toBe(`"'\r=1"`);
		expect(cells(' =1')).toBe("' =1");
		expect(cells('a=1')).toBe('a=1');
	});
	it("has no link for ids that are not the reader's", () => {
		const w = { ...zhongyao, source: { ...zhongyao.source, doc: 'javascript:alert(1)' } };
		expect(toCsv([w], ORIGIN).split('\r\n')[1]).toContain(',,2026-11-28T07:00:00.000Z');
		for (const doc of [
			'text:',
			'text:javascript:alert(1)',
			'text:a/../b',
			'text:x?y=1',
			'text:x#y',
			'text:A',
			'texts:abc',
			'text:abc\n'
		]) {
			const bad = { ...zhongyao, source: { ...zhongyao.source, doc } };
			expect(toCsv([bad], ORIGIN).split('\r\n')[1], doc).toContain(',,2026-11-28T07:00:00.000Z');
		}
	});
	it('links a word saved from an imported text to it: /text?id=<id>#<sentence>', () => {
		const w = { ...zhongyao, source: { ...zhongyao.source, doc: 'text:text-2026-12-01-ab12' } };
		expect(toCsv([w], ORIGIN)).toContain(`,${ORIGIN}/text?id=text-2026-12-01-ab12#p1s3,`);
		const bad = { ...w, source: { ...w.source, sentence: 'p1s3"><script>' } };
		expect(toCsv([bad], ORIGIN)).not.toContain(`${ORIGIN}/text`);
		expect(toAnkiTsv([w], ORIGIN)).toContain(
			`<a href="${ORIGIN}/text?id=text-2026-12-01-ab12#p1s3">`
		);
	});
});

describe('JSON backup', () => {
	it('round-trips without losing anything', () => {
		const text = toBackup([zhongyao, fazhan], '2026-11-28T08:00:00.000Z');
		expect(JSON.parse(text)).toMatchObject({ format: 'duizhao-vocabulary', version: 1 });
		expect(parseBackup(text)).toEqual({ words: [zhongyao, fazhan], rejected: 0, duplicates: 0 });
	});
	it('escapes markup and line-reordering characters, and still reads back the same', () => {
		const w = {
			...zhongyao,
			definition: '</script><img src=x onerror=alert(1)> & \u202egnp.exe \u2028 \u0085'
		};
		const text = toBackup([w], '2026-11-28T08:00:00.000Z');
		expect(text).not.toMatch(/[<>&\u202e\u2028\u0085]/);
		expect(text).toContain('\\u003c/script\\u003e\\u003cimg');
		expect(parseBackup(text).words).toEqual([w]);
	});
	it('skips invalid entries and says how many', () => {
		const text = JSON.stringify({
			format: 'duizhao-vocabulary',
			version: 1,
			words: [
				zhongyao,
				{ ...fazhan, id: 'wrong' },
				42,
				{ ...fazhan, extra: 'newer field' },
				zhongyao
			]
		});
		expect(parseBackup(text)).toEqual({ words: [zhongyao], rejected: 3, duplicates: 1 });
	});
	it('names what is wrong with a file that is not a backup', () => {
		expect(parseBackup('{nope').error).toBe('not-json');
		expect(parseBackup('{"words": []}').error).toBe('not-backup');
	});
	it('says what is wrong with its version: missing, not a number, unknown, or newer', () => {
		const version = (v: string) => parseBackup(`{"format":"duizhao-vocabulary",${v}"words":[]}`);
		expect(version('')).toMatchObject({ error: 'missing-version' });
		expect(version('"version":"1",')).toMatchObject({
			error: 'version-not-number',
			version: '"1"'
		});
		expect(version('"version":null,')).toMatchObject({ error: 'version-not-number' });
		expect(version('"version":0.5,')).toMatchObject({ error: 'unknown-version', version: '0.5' });
		expect(version('"version":9,')).toMatchObject({ error: 'newer-version', version: '9' });
		expect(version('"version":1,')).toEqual({ words: [], rejected: 0, duplicates: 0 });
	});
});

describe('reading a backup a step at a time', () => {
	const backup = (words: unknown) =>
		JSON.stringify({ format: 'duizhao-vocabulary', version: 1, exported: 'x', words });
	const texts = [
		backup([zhongyao, fazhan]),
		toBackup([zhongyao, fazhan], 'x'),
		backup([]),
		backup([zhongyao, 42, 'a "quoted" string with [brackets], {braces}', null, [1, [2]], zhongyao]),
		backup([{ ...zhongyao, definition: 'a \\"back\\slashed\\" definition\\' }]),
		'{"version":1,"words":[{"a":1}],"format":"duizhao-vocabulary"}',
		'{"format":"duizhao-vocabulary","version":1,"words":[1,2],"words":[3]}',
		'{"format":"duizhao-vocabulary","version":1,"w\\u006frds":[1]}',
		'{"format":"duizhao-vocabulary","version":9,"words":[1,]}',
		'{"format":"duizhao-vocabulary","version":1,"words":[,1]}',
		'{"format":"duizhao-vocabulary","version":1,"words":[1 2]}',
		'{"format":"duizhao-vocabulary","version":1,"words":[{]}',
		'{"format":"duizhao-vocabulary","version":1,"words":[}]}',
		'{"format":"duizhao-vocabulary","version":1,"words":[1]',
		'{"format":"duizhao-vocabulary","version":1,"words":[1]}}',
		'{"format":"duizhao-vocabulary","version":1,"words":["unclosed]}',
		'{"format":"duizhao-vocabulary","version":"1","words":[1]}',
		'{"format":"duizhao-vocabulary","words":{"0":1}}',
		'[{"format":"duizhao-vocabulary"}]',
		'  \n',
		''
	];
	it.each(texts.map((text) => [text.slice(0, 70), text]))('%s: as parseBackup', async (_, text) => {
		expect(await readBackup(text, async () => {})).toEqual(parseBackup(text));
	});
	it('pauses between steps of a large file', async () => {
		const many = Array.from({ length: 5000 }, (_, i) => ({
			...zhongyao,
			id: wordId(`词${i}`, 'cí'),
			hanzi: `词${i}`,
			pinyin: 'cí'
		}));
		const text = toBackup(many, 'x');
		let pauses = 0;
		const result = await readBackup(text, async () => void pauses++);
		expect(result.words).toHaveLength(5000);
		expect(result.words).toEqual(parseBackup(text).words);
		// 5000 entries in steps of 1000, and the 2 MB text in steps of 1 MB.
		expect(pauses).toBeGreaterThanOrEqual(5);
	});
});

describe('saved words', () => {
	it('are checked before use', () => {
		expect(isSavedWord(zhongyao)).toBe(true);
		expect(isSavedWord({ ...zhongyao, savedAt: 'yesterday' })).toBe(false);
		expect(isSavedWord({ ...zhongyao, hsk: 9 })).toBe(false);
		expect(isSavedWord({ ...zhongyao, source: { doc: 'x' } })).toBe(false);
		// Fields this version does not know: written by a newer one, not to be read as this one.
		expect(isSavedWord({ ...zhongyao, note: 'from a newer version' })).toBe(false);
		expect(isSavedWord({ ...zhongyao, source: { ...zhongyao.source, page: 2 } })).toBe(false);
		expect(isSavedWord(null)).toBe(false);
	});
	it('a fresh copy of a word takes the place of the one with its id', () => {
		const older = { ...zhongyao, definition: 'older' };
		expect(withWords([older, fazhan], [zhongyao])).toEqual([fazhan, zhongyao]);
	});
	it("sort by pinyin in the collator's order, quick path or not", () => {
		const syllables = [
			'lǜ',
			'lü',
			'lu',
			'lù',
			'Běi',
			'bei',
			'bèi',
			'a',
			'ā',
			'zhōng',
			'zhong',
			'ér'
		];
		const many = Array.from({ length: 600 }, (_, i) => {
			const pinyin = `${syllables[i % 12]} ${syllables[(i * 5) % 12]}`;
			return { ...zhongyao, id: wordId(`词${i}`, pinyin), hanzi: `词${i}`, pinyin };
		});
		const reference = [...many].sort(
			(a, b) =>
				toneless(a.pinyin).localeCompare(toneless(b.pinyin), 'en') ||
				a.pinyin.localeCompare(b.pinyin, 'en')
		);
		expect(sortWords(many, 'pinyin').map((w) => w.pinyin)).toEqual(reference.map((w) => w.pinyin));
	});
	it('sort by date, pinyin and HSK level', () => {
		expect(sortWords([fazhan, zhongyao], 'date').map((w) => w.hanzi)).toEqual(['重要', '发展']);
		expect(sortWords([zhongyao, fazhan], 'pinyin').map((w) => w.hanzi)).toEqual(['发展', '重要']);
		expect(sortWords([fazhan, zhongyao], 'hsk').map((w) => w.hanzi)).toEqual(['重要', '发展']);
	});
});
