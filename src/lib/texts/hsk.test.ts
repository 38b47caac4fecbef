import { describe, expect, it } from 'vitest';
import { hskLevels, type Get } from './hsk';

const answer =
	(status: number, body: unknown): Get =>
	() =>
		Promise.resolve({ ok: status === 200, status, json: () => Promise.resolve(body) });

describe('an imported text’s HSK levels', () => {
	it('are fetched from the dictionary’s static files, and a failure is tried again', async () => {
		const urls: string[] = [];
		const failing: Get = (url) => (urls.push(url), answer(404, null)(url));
		await expect(hskLevels('/base', failing)).rejects.toThrow(/HTTP 404/);
		await expect(hskLevels('', answer(200, { not: 'levels' }))).rejects.toThrow(/hsk\.json/);
		const level = await hskLevels('', answer(200, ['爱 八', '认识', '', '', '', '']));
		expect(urls).toEqual(['/base/dictionary/hsk.json']);
		expect([level('爱'), level('认识'), level('认监委')]).toEqual([1, 2, undefined]);
		// Fetched once a page.
		expect(await hskLevels('', answer(500, null))).toBe(level);
	});
});
