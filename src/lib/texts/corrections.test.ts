import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { joinWords, NO_CORRECTIONS, setReading, splitWord } from '../engine/corrections.ts';
import type { Corrections } from '../engine/corrections.ts';
import { parseDocumentFile } from '../server/documents.ts';
import { exportYaml, readDocumentYaml } from './prepare.ts';
import { isCorrections, isTextBody } from './record.ts';
import { kept } from './records.fixture.ts';
import { TextsStore } from './store.ts';

/** A text as /import keeps it, titled 标题. */
const keptText = (zh: string) => kept(zh, undefined, '标题');

function corrected(): Corrections {
	let c: Corrections = NO_CORRECTIONS;
	for (const step of [
		(x: Corrections) => setReading(x, '一要', 'yi1 yao4'),
		(x: Corrections) => joinWords(x, ['找', '准']),
		(x: Corrections) => splitWord(x, '作出', 1)
	]) {
		const r = step(c);
		if ('problem' in r) throw new Error(r.problem);
		c = r.corrections;
	}
	return c;
}

describe('a text record with corrections', () => {
	it('reads with or without them, and checks them', () => {
		const { body } = keptText('一要找准问题，作出回答。');
		expect(isTextBody(body)).toBe(true);
		expect(isTextBody({ ...body, corrections: corrected() })).toBe(true);
		expect(isTextBody({ ...body, corrections: NO_CORRECTIONS })).toBe(true);
		for (const bad of [
			null,
			{ words: '作出', pinyin: {} },
			{ words: ['<b>x</b>'], pinyin: {} },
			{ words: ['找  准'], pinyin: {} },
			{ words: [], pinyin: { 一要: 5 } },
			{ words: [], pinyin: { abc: 'yī' } },
			{ words: [], pinyin: {}, extra: 1 }
		]) {
			expect(isCorrections(bad)).toBe(false);
			expect(isTextBody({ ...body, corrections: bad })).toBe(false);
		}
	});

	it('are stored and read back with the text', async () => {
		const { meta, body } = keptText('一要找准问题，作出回答。');
		const texts = new TextsStore({ indexedDB: new IDBFactory() });
		await texts.add(meta, body);
		const next = { ...body, corrections: corrected() };
		expect(await texts.putBody(next)).toBe(true);
		expect(await texts.get('a-text')).toEqual({ meta, body: next });
		expect(await texts.putBody({ ...next, id: 'gone' })).toBe(false);
	});
});

describe('corrections exported', () => {
	it('are the document’s overrides, which the build takes as they are and /import reads back', () => {
		const { meta, body } = keptText('一要找准问题，作出回答。');
		const corrections = corrected();
		const written = exportYaml(meta, { ...body, corrections });
		if (!written.ok) throw new Error('not written');
		const parsed = parseDocumentFile('a-text', 'documents/a-text.yaml', written.yaml);
		expect(parsed.problems).toEqual([]);
		expect(parsed.document?.overrides).toEqual({
			pinyin: { 一要: 'yī yào' },
			words: ['找准', '作 出']
		});
		const read = readDocumentYaml(written.yaml);
		expect(read.ok && read.corrections).toEqual(corrections);
	});

	it('a file without overrides reads back with none; bad overrides are a problem', () => {
		const { meta, body } = keptText('你好。');
		const written = exportYaml(meta, body);
		if (!written.ok) throw new Error('not written');
		expect(written.yaml).not.toMatch(/overrides/);
		expect(readDocumentYaml(written.yaml)).not.toHaveProperty('corrections');
		expect(
			readDocumentYaml(
				'title: { zh: 标题 }\nparagraphs: [[{ zh: 你好 }]]\noverrides: { words: [1] }'
			)
		).toMatchObject({ ok: false, problem: 'overrides are not words and readings' });
	});
});
