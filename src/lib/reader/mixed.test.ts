import { describe, expect, it } from 'vitest';
import { chineseIn, chineseRuns } from './mixed';

describe('English prose with Chinese in it', () => {
	it('is cut into its Chinese runs and the rest, nothing lost', () => {
		const text = 'In ordinary Chinese 认可 just means “approve” (认证认可事业, 2013).';
		const runs = chineseRuns(text);
		expect(runs).toEqual([
			{ text: 'In ordinary Chinese ', zh: false },
			{ text: '认可', zh: true },
			{ text: ' just means “approve” (', zh: false },
			{ text: '认证认可事业', zh: true },
			{ text: ', 2013).', zh: false }
		]);
		expect(runs.map((r) => r.text).join('')).toBe(text);
	});

	it('starts and ends with Chinese, takes astral characters and 〇, and leaves punctuation out', () => {
		expect(chineseRuns('两局: 𠮷〇')).toEqual([
			{ text: '两局', zh: true },
			{ text: ': ', zh: false },
			{ text: '𠮷〇', zh: true }
		]);
		// Chinese punctuation is not a character of the run: 、 and “” stay in the prose.
		expect(chineseIn('认证、认可“公信”')).toEqual(['认证', '认可', '公信']);
	});

	it('has no runs for an empty text, and one for a text without Chinese', () => {
		expect(chineseRuns('')).toEqual([]);
		expect(chineseRuns('CNCA')).toEqual([{ text: 'CNCA', zh: false }]);
		expect(chineseIn('CNCA')).toEqual([]);
	});
});
