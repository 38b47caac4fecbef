import { describe, expect, it } from 'vitest';
import { fetchedLookup } from './lookup-source.ts';

const respond = (body: unknown, status = 200): typeof fetch => {
	return () => Promise.resolve(new Response(JSON.stringify(body), { status }));
};

describe('fetchedLookup', () => {
	it('gives the lookup data of the file', async () => {
		const data = { terms: { cnca: { headword: '国家认监委' } }, words: {}, chars: {} };
		const asked: string[] = [];
		const get: typeof fetch = (url) => {
			asked.push(String(url));
			return respond(data)(url);
		};
		await expect(fetchedLookup('/read/d/lookup.json', get).load()).resolves.toEqual(data);
		expect(asked).toEqual(['/read/d/lookup.json']);
	});
	it('rejects a file that is missing or not lookup data', async () => {
		await expect(fetchedLookup('/x', respond({}, 404)).load()).rejects.toThrow('404');
		await expect(fetchedLookup('/x', respond({ terms: {} })).load()).rejects.toThrow(
			'bad lookup data'
		);
		// A Traditional page's forms must be strings (reader/script.ts).
		const traditional = { terms: {}, words: {}, chars: {}, hant: { 认监委: '認監委' } };
		await expect(fetchedLookup('/x', respond(traditional)).load()).resolves.toEqual(traditional);
		for (const hant of [null, 'x', { 认监委: 1 }])
			await expect(fetchedLookup('/x', respond({ ...traditional, hant })).load()).rejects.toThrow(
				'bad lookup data'
			);
	});
});
