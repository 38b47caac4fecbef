import { describe, expect, it } from 'vitest';
import { DOCUMENT_ID, documentId, fingerprint, slugify, takeTitle, uniqueId } from './id.ts';

describe('document ids', () => {
	it('a Latin title -> a slug', () => {
		expect(slugify('A Spring Morning')).toBe('a-spring-morning');
		expect(slugify("China's Café — Ünïcode & 2013!")).toBe('chinas-cafe-unicode-2013');
		expect(slugify('--- ?? ---')).toBe('');
		const long = slugify('word '.repeat(30));
		expect(long.length).toBeLessThanOrEqual(60);
		expect(long).toMatch(DOCUMENT_ID);
		expect(slugify('x'.repeat(80))).toBe('x'.repeat(60));
	});

	it('a Chinese title, none, or nothing to slug -> text-<date>-<hash>', () => {
		expect(documentId('A Spring Morning', '2026-12-01')).toBe('a-spring-morning');
		const zh = documentId('春天的早晨', '2026-12-01', '正文');
		expect(zh).toMatch(/^text-2026-12-01-[0-9a-f]{4}$/);
		expect(documentId('春天的早晨', '2026-12-01', '正文')).toBe(zh);
		expect(documentId('春天的早晨', '2026-12-01', '别的正文')).not.toBe(zh);
		expect(documentId('Report 报告', '2026-12-01')).toMatch(/^text-2026-12-01-/);
		expect(documentId(undefined, '2026-12-01', 'x')).toMatch(/^text-2026-12-01-[0-9a-f]{4}$/);
		expect(documentId('!!!', 'not a date')).toMatch(/^text-0000-00-00-[0-9a-f]{4}$/);
		for (const id of [zh, documentId('Ünïcode', 'x'), documentId('', '2026-01-01')]) {
			expect(id).toMatch(DOCUMENT_ID);
		}
	});

	it('fingerprint is FNV-1a', () => {
		expect(fingerprint('')).toBe('811c9dc5');
		expect(fingerprint('a')).toBe('e40c292c');
	});

	it('uniqueId numbers a taken id', () => {
		expect(uniqueId('a', new Set())).toBe('a');
		expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
	});
});

describe('takeTitle', () => {
	const p = (text: string) => ({ text });
	it('a short first paragraph that does not end like a sentence', () => {
		expect(takeTitle([p('春天的早晨'), p('正文。')])).toEqual({
			title: '春天的早晨',
			rest: [p('正文。')]
		});
		expect(takeTitle([p('A Spring Morning'), p('Text.')]).title).toBe('A Spring Morning');
	});

	it('not a sentence, a long line, or the only paragraph', () => {
		expect(takeTitle([p('第一句。'), p('第二句。')]).title).toBeUndefined();
		expect(takeTitle([p('他说：'), p('第二句。')]).title).toBeUndefined();
		expect(takeTitle([p('长'.repeat(41)), p('第二句。')]).title).toBeUndefined();
		expect(takeTitle([p('标题')])).toEqual({ rest: [p('标题')] });
		expect(takeTitle([])).toEqual({ rest: [] });
	});
});
