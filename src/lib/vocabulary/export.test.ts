import { describe, expect, it } from 'vitest';
import { parseBackup, toAnkiTsv, toBackup, toCsv } from './export.ts';
import { sortWords } from './sort.ts';
import { isSavedWord, mergeWords, wordId, type SavedWord } from './word.ts';

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
				'#columns:Hanzi\tPinyin\tDefinition\tExample\tSource\n' +
				'重要\tzhòng yào\timportant; significant; major\t认证认可是<b>重要</b>组成部分。<br>Certification is an important &lt;part&gt;, and more.\t<a href="https://duizhao.example/read/certification-conference-2013#p1s3">Conference "Held" in Beijing</a>\n' +
				'发展\tfā zhǎn\tdevelopment growth\t促<b>发展</b>方面<br>On promoting development, it must\t<a href="https://duizhao.example/read/certification-conference-2013#p4s6">Conference</a>\n'
		);
	});
});

describe('CSV export', () => {
	it('is exactly this RFC 4180 CSV', () => {
		expect(toCsv([zhongyao, fazhan], ORIGIN)).toBe(
			'hanzi,pinyin,definition,traditional,hsk,sentence,english,source,link,saved\r\n' +
				'重要,zhòng yào,important; significant; major,,3,认证认可是重要组成部分。,"Certification is an important <part>, and more.","Conference ""Held"" in Beijing",https://duizhao.example/read/certification-conference-2013#p1s3,2026-11-28T07:00:00.000Z\r\n' +
				'发展,fā zhǎn,development\tgrowth,發展,,促发展方面,"On promoting development,\nit must",Conference,https://duizhao.example/read/certification-conference-2013#p4s6,2026-11-27T07:00:00.000Z\r\n'
		);
	});
});

describe('JSON backup', () => {
	it('round-trips without losing anything', () => {
		const text = toBackup([zhongyao, fazhan], '2026-11-28T08:00:00.000Z');
		expect(JSON.parse(text)).toMatchObject({ format: 'duizhao-vocabulary', version: 1 });
		expect(parseBackup(text)).toEqual({ words: [zhongyao, fazhan], rejected: 0 });
	});
	it('skips invalid entries and says how many', () => {
		const text = JSON.stringify({
			format: 'duizhao-vocabulary',
			version: 1,
			words: [zhongyao, { ...fazhan, id: 'wrong' }, 42]
		});
		expect(parseBackup(text)).toEqual({ words: [zhongyao], rejected: 2 });
	});
	it('names what is wrong with a file that is not a backup', () => {
		expect(parseBackup('{nope').error).toBe('not-json');
		expect(parseBackup('{"words": []}').error).toBe('not-backup');
		expect(parseBackup('{"format":"duizhao-vocabulary","version":9,"words":[]}').error).toBe(
			'newer-version'
		);
	});
});

describe('saved words', () => {
	it('are checked before use', () => {
		expect(isSavedWord(zhongyao)).toBe(true);
		expect(isSavedWord({ ...zhongyao, savedAt: 'yesterday' })).toBe(false);
		expect(isSavedWord({ ...zhongyao, hsk: 9 })).toBe(false);
		expect(isSavedWord({ ...zhongyao, source: { doc: 'x' } })).toBe(false);
		expect(isSavedWord(null)).toBe(false);
	});
	it('merge: a word already saved keeps its record, new ones are added', () => {
		const older = { ...zhongyao, definition: 'kept' };
		const { words, added } = mergeWords([older], [zhongyao, fazhan]);
		expect(words).toEqual([older, fazhan]);
		expect(added).toEqual([fazhan]);
	});
	it('sort by date, pinyin and HSK level', () => {
		expect(sortWords([fazhan, zhongyao], 'date').map((w) => w.hanzi)).toEqual(['重要', '发展']);
		expect(sortWords([zhongyao, fazhan], 'pinyin').map((w) => w.hanzi)).toEqual(['发展', '重要']);
		expect(sortWords([fazhan, zhongyao], 'hsk').map((w) => w.hanzi)).toEqual(['重要', '发展']);
	});
});
