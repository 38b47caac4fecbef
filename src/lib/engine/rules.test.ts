import { describe, expect, it } from 'vitest';
import { CLAUSE_WINDOW, applyRules, type Sentence } from './rules.ts';

/**
 * Rules that look along a clause (以…为, 为…所, 被…调到, 睡…一觉) look `CLAUSE_WINDOW`
 * characters far at most, so that a clause without punctuation, however long, is read in
 * linear time: what stands further away cannot change a reading. 山 fills the clause (no
 * rule reads it or looks for it).
 */
function sentence(text: string, readings: Record<number, string> = {}): Sentence {
	const chars = Array.from(text);
	return {
		chars,
		readings: chars.map((_, i) => readings[i] ?? ''),
		alone: chars.map(() => true)
	};
}

const fill = (n: number) => '山'.repeat(n);

/** The reading the rules give character `at` of `text`, which starts as `before`. */
function readAt(text: string, at: number, before: string): string {
	const s = sentence(text, { [at]: before });
	applyRules(s);
	return s.readings[at] ?? '';
}

describe('clause rules look CLAUSE_WINDOW characters far, no further', () => {
	it('以…为: 以 up to CLAUSE_WINDOW characters before 为', () => {
		const near = `以${fill(CLAUSE_WINDOW - 1)}为山`;
		expect(readAt(near, CLAUSE_WINDOW, 'wèi')).toBe('wéi');
		// One character further: as if there were no 以 at all.
		const far = `以${fill(CLAUSE_WINDOW)}为山`;
		expect(readAt(far, CLAUSE_WINDOW + 1, 'wèi')).toBe('wèi');
		expect(readAt(`山${fill(CLAUSE_WINDOW)}为山`, CLAUSE_WINDOW + 1, 'wèi')).toBe('wèi');
	});

	it('为…所: 所 up to CLAUSE_WINDOW characters after 为', () => {
		expect(readAt(`为${fill(CLAUSE_WINDOW - 1)}所知`, 0, 'wèi')).toBe('wéi');
		expect(readAt(`为${fill(CLAUSE_WINDOW)}所知`, 0, 'wèi')).toBe('wèi');
	});

	it('被…调到 and 睡…一觉', () => {
		expect(readAt(`被${fill(CLAUSE_WINDOW - 1)}调到`, CLAUSE_WINDOW, 'tiáo')).toBe('diào');
		expect(readAt(`被${fill(CLAUSE_WINDOW)}调到`, CLAUSE_WINDOW + 1, 'tiáo')).toBe('tiáo');
		expect(readAt(`睡${fill(CLAUSE_WINDOW - 2)}一觉`, CLAUSE_WINDOW, 'jué')).toBe('jiào');
		expect(readAt(`睡${fill(CLAUSE_WINDOW - 1)}一觉`, CLAUSE_WINDOW + 1, 'jué')).toBe('jué');
	});
});
