import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadCpp, type CppItem } from '../../src/cli/cpp-data.ts';
import { learn } from '../../src/cli/learn-polyphones.ts';

/** A tested character in a made-up sentence, as the engine saw it. */
function seen(sentence: string, at: number, gold: string, predicted: string, alone = true) {
	const item: CppItem = {
		line: 1,
		sentence,
		at,
		char: Array.from(sentence)[at] ?? '',
		gold,
		heldOut: false
	};
	return { item, alone, predicted };
}

describe('learn', () => {
	it('learns a lone reading from two agreeing examples the engine reads wrong', () => {
		const model = learn([seen('王垛站', 1, 'duo3', 'duo4'), seen('三垛镇', 1, 'duo3', 'duo4')]);
		expect(model.alone).toEqual({ 垛: 'duǒ' });
	});
	it('learns nothing from one example, from disagreement, or where the engine is right', () => {
		expect(learn([seen('王垛站', 1, 'duo3', 'duo4')]).alone).toEqual({});
		const split = learn([
			seen('王垛站', 1, 'duo3', 'duo4'),
			seen('三垛镇', 1, 'duo3', 'duo4'),
			seen('草垛上', 1, 'duo4', 'duo4')
		]);
		expect(split.alone).toEqual({}); // 2 of 3 is below 3 in 4
		expect(learn([seen('草垛上', 1, 'duo4', 'duo4'), seen('麦垛边', 1, 'duo4', 'duo4')])).toEqual(
			expect.objectContaining({ alone: {}, after: {}, before: {} })
		);
	});
	it('learns pairs with the neighbouring character when all their examples agree', () => {
		const model = learn([
			seen('徙阆州', 1, 'lang2', 'lang4'),
			seen('于阆州', 1, 'lang2', 'lang4'),
			seen('阆中县', 0, 'lang4', 'lang4')
		]);
		expect(model.before).toEqual({ 阆州: 'láng' });
		expect(model.after).toEqual({});
	});
	it('ignores characters inside words', () => {
		const model = learn([
			seen('黄陂区', 1, 'bei1', 'pi2', false),
			seen('黄陂县', 1, 'bei1', 'pi2', false)
		]);
		expect(model).toEqual(expect.objectContaining({ alone: {}, after: {}, before: {} }));
	});
});

describe('loadCpp', () => {
	const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-cpp-'));
	afterAll(() => rmSync(dir, { recursive: true, force: true }));
	it('reads the marked character and its gold, every 5th line held out', () => {
		const lines = ['甲▁了▁乙', '丙▁长▁丁', '戊▁为▁己', '庚▁行▁辛', '壬▁重▁癸'];
		writeFileSync(path.join(dir, 'dev.sent'), lines.join('\n') + '\n');
		writeFileSync(path.join(dir, 'dev.lb'), 'le5\nzhang3\nwei2\nhang2\nchong2\n');
		const items = loadCpp(dir);
		expect(items.map((i) => [i.char, i.gold, i.at, i.heldOut])).toEqual([
			['了', 'le5', 1, false],
			['长', 'zhang3', 1, false],
			['为', 'wei2', 1, false],
			['行', 'hang2', 1, false],
			['重', 'chong2', 1, true]
		]);
		expect(items[0]?.sentence).toBe('甲了乙');
	});
	it('names the file and line of a malformed sentence, and a missing folder', () => {
		writeFileSync(path.join(dir, 'dev.sent'), '甲▁了▁乙\n没有标记\n');
		writeFileSync(path.join(dir, 'dev.lb'), 'le5\nle5\n');
		expect(() => loadCpp(dir)).toThrow(`${path.join(dir, 'dev.sent')}:2: expected one character`);
		expect(() => loadCpp(path.join(dir, 'nowhere'))).toThrow(
			`no CPP polyphone data in ${path.join(dir, 'nowhere')} (no such folder)`
		);
		rmSync(path.join(dir, 'dev.lb'));
		expect(() => loadCpp(dir)).toThrow(`no CPP polyphone data in ${dir} (no dev.lb in it)`);
	});
});
