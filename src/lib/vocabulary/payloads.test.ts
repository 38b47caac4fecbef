import { describe, expect, it } from 'vitest';
import { loadPayloads, payloadWord } from '../../../tests/fixtures/vocabulary/payloads.ts';
import { parseBackup, toAnkiTsv, toBackup, toCsv } from './export.ts';
import type { SavedWord } from './word.ts';

const ORIGIN = 'https://duizhao.example';
const payloads = loadPayloads();
const words = payloads.map((p, i) => payloadWord(p.text, i)) as SavedWord[];

const READER_URL = /^https:\/\/duizhao\.example\/read\/[a-z0-9]+(?:-[a-z0-9]+)*#p\d+s\d+$/;
// eslint-disable-next-line no-control-regex -- control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FORMULA = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * What is wrong with one TSV field, read as Anki reads it with `#html:true`: anything but
 * the export's own <b>, <br> and a link to a reader sentence is live markup.
 */
function tsvProblem(field: string): string | null {
	const text = field
		.replaceAll(/<\/?b>|<br>|<\/a>/g, '')
		.replaceAll(/<a href="([^"<>]*)">/g, (tag, url: string) => (READER_URL.test(url) ? '' : tag));
	if (/[<>"']/.test(text)) return `unescaped markup: ${text.slice(0, 80)}`;
	if (/&(?!(?:amp|lt|gt|quot|#39|#35);)/.test(text)) return 'an & that starts no entity';
	if (CONTROL.test(text)) return 'a control or bidi character';
	return null;
}

/** RFC 4180, strictly: a quote inside an unquoted cell, or an unclosed quote, is an error. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let i = 0;
	for (;;) {
		let cell = '';
		if (text[i] === '"') {
			i++;
			for (;;) {
				const q = text.indexOf('"', i);
				if (q < 0) throw new Error('unclosed quote');
				cell += text.slice(i, q);
				if (text[q + 1] === '"') {
					cell += '"';
					i = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
		} else {
			const end = text.slice(i).search(/,|\r\n|$/);
			cell = text.slice(i, i + end);
			if (cell.includes('"')) throw new Error(`a quote in an unquoted cell: ${cell.slice(0, 40)}`);
			if (/[\r\n]/.test(cell)) throw new Error('a bare line break');
			i += end;
		}
		row.push(cell);
		if (text[i] === ',') {
			i++;
		} else if (text.startsWith('\r\n', i)) {
			rows.push(row);
			row = [];
			i += 2;
			if (i === text.length) return rows;
		} else {
			throw new Error(`unexpected ${JSON.stringify(text.slice(i, i + 10))} after a cell`);
		}
	}
}

function csvProblem(cell: string): string | null {
	if (FORMULA.test(cell)) return `a formula: ${cell.slice(0, 40)}`;
	// eslint-disable-next-line no-control-regex -- control characters are what it looks for
	if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.test(cell))
		return 'a control or bidi character';
	return null;
}

describe(`${payloads.length} hostile strings through every export`, () => {
	it('are at least 30', () => {
		expect(payloads.length).toBeGreaterThanOrEqual(30);
	});

	it('none comes out live in the Anki TSV (#html:true)', () => {
		const lines = toAnkiTsv(words, ORIGIN).split('\n');
		expect(lines.slice(0, 7)).toEqual([
			'#separator:tab',
			'#html:true',
			'#notetype:Duizhao',
			'#deck:Duizhao',
			'#tags:duizhao',
			'#tags column:7',
			'#columns:Key\tHanzi\tPinyin\tDefinition\tExample\tSource\tTags'
		]);
		expect(lines.at(-1)).toBe('');
		const rows = lines.slice(7, -1);
		// One row per word: no payload starts a row of its own.
		expect(rows).toHaveLength(words.length);
		const live = rows.flatMap((row, i) => {
			const fields = row.split('\t');
			const problems = [
				row.startsWith('#') ? 'a row Anki reads as a header or comment' : null,
				fields.length === 7 ? null : `${fields.length} fields`,
				...fields.map(tsvProblem)
			].filter(Boolean);
			return problems.length ? [`${payloads[i]?.name}: ${problems.join('; ')}`] : [];
		});
		console.info(`Anki TSV: ${payloads.length} payloads tried, ${live.length} live`);
		expect(live).toEqual([]);
	});

	it('none comes out as a formula, or breaks a cell, in the CSV', () => {
		const rows = parseCsv(toCsv(words, ORIGIN));
		expect(rows).toHaveLength(words.length + 1);
		const live = rows.slice(1).flatMap((cells, i) => {
			const problems = [
				cells.length === 10 ? null : `${cells.length} cells`,
				cells[8] === '' || READER_URL.test(cells[8] ?? '')
					? null
					: `link ${cells[8]?.slice(0, 40)}`,
				...cells.map(csvProblem)
			].filter(Boolean);
			return problems.length ? [`${payloads[i]?.name}: ${problems.join('; ')}`] : [];
		});
		console.info(`CSV: ${payloads.length} payloads tried, ${live.length} live`);
		expect(live).toEqual([]);
	});

	it('the JSON backup keeps every one exactly, with nothing an HTML or text viewer runs', () => {
		const unsafe = /[<>&\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
		const live = words
			.filter((w) => unsafe.test(toBackup([w], '2026-01-02T00:00:00.000Z')))
			.map((w) => payloads[words.indexOf(w)]?.name);
		console.info(`JSON backup: ${payloads.length} payloads tried, ${live.length} live`);
		expect(live).toEqual([]);
		expect(parseBackup(toBackup(words, '2026-01-02T00:00:00.000Z')).words).toEqual(words);
	});
});
