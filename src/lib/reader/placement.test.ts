import { describe, expect, it } from 'vitest';
import { place, withAnnotations, type Box } from './placement';

const box = (top: number, left: number, bottom: number, right: number): Box => ({
	top,
	left,
	bottom,
	right
});

describe('withAnnotations', () => {
	it('takes a word’s pinyin, above its box, into its first line', () => {
		const word = box(400, 20, 429, 76);
		const pinyin = [box(393, 20, 405, 48), box(393, 48, 405, 76)];
		const { first, last } = withAnnotations([word], pinyin);
		expect(first.top).toBe(393);
		expect(last.bottom).toBe(429);
	});

	it('reaches from the highest pinyin of a term’s first line to the foot of its last', () => {
		const lines = [box(400, 300, 429, 380), box(460, 16, 489, 60)];
		const pinyin = [box(393, 300, 405, 380), box(453, 16, 465, 60)];
		const { first, last } = withAnnotations(lines, pinyin);
		expect(first).toEqual(box(393, 300, 429, 380));
		expect(last).toEqual(box(460, 16, 489, 60));
	});

	it('leaves out pinyin that is not shown (no height)', () => {
		const { first } = withAnnotations([box(400, 20, 429, 76)], [box(0, 0, 0, 0)]);
		expect(first.top).toBe(400);
	});
});

describe('place', () => {
	const viewport = { width: 390, height: 844 };

	it('puts the popover above a word near the foot of the screen, clear of its pinyin', () => {
		const { first, last } = withAnnotations([box(780, 20, 809, 76)], [box(773, 20, 785, 76)]);
		const at = place(first, last, { width: 374, height: 300 }, viewport);
		expect(at.side).toBe('above');
		expect(at.top + 300).toBeLessThanOrEqual(773);
	});

	it('caps the height to the room on the side it opens, and keeps it inside the screen', () => {
		const word = box(400, 350, 429, 388);
		const at = place(word, word, { width: 374, height: 2000 }, viewport);
		expect(at.maxHeight).toBeLessThan(844);
		expect(at.left).toBeGreaterThanOrEqual(8);
		expect(at.left + 374).toBeLessThanOrEqual(390 - 8);
	});
});
