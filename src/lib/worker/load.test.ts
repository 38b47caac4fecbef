import { describe, expect, it } from 'vitest';
import { annotatorFiles } from '../server/annotator-files.ts';
import { content } from '../server/content.ts';
import { staticDictionaryFiles } from '../server/dictionary-files.ts';
import { SENTENCE_ID } from '../ids.ts';
import {
	annotateParagraph,
	annotateTitle,
	importedSentenceId,
	pageTerms
} from './annotate-text.ts';
import { loadEngine, type Get } from './load.ts';

/** The site's static files, as the Worker fetches them. */
const files: Get = async (url) => {
	const [, dir, name = ''] = /^\/(dictionary|annotator)\/(.+)$/.exec(url) ?? [];
	const body = (dir === 'dictionary' ? staticDictionaryFiles() : annotatorFiles()).get(name);
	return {
		ok: body !== undefined,
		status: body === undefined ? 404 : 200,
		text: async () => body ?? ''
	};
};

describe('the annotation Worker’s engine', () => {
	it(
		'reads the seed sentence by sentence exactly as its prerendered page',
		{ timeout: 60_000 },
		async () => {
			const { annotator, glossary, bytes, version } = await loadEngine(files);
			expect(bytes).toBeGreaterThan(1_000_000);
			// What each annotation it makes is kept with (src/lib/texts/open.ts).
			expect(version).toBe(
				(JSON.parse(annotatorFiles().get('version.json') ?? '{}') as { version?: string }).version
			);
			expect(version).toMatch(/^e\w+\.d\w+$/);
			const all = content();
			const doc = all.documents.find((d) => d.id === 'certification-conference-2013');
			if (!doc) throw new Error('no seed');
			const view = all.view(doc);
			const term = pageTerms(glossary);
			let compared = 0;
			doc.paragraphs.forEach((pairs, p) => {
				const mine = annotateParagraph(annotator, term, pairs, p);
				mine.sentences.forEach((s, k) => {
					const shipped = view.paragraphs[p]?.sentences[k];
					// Words, pinyin (both ways of writing neutral tones) and terms; not the senses a
					// document chooses for terms of several, which a pasted text has not chosen.
					const strip = (tokens: typeof s.zh) =>
						tokens.map((t) => Object.fromEntries(Object.entries(t).filter(([k]) => k !== 'sense')));
					// The words the document's `overrides.words` cut as one (作出, 大好) are the only
					// difference: an imported text has no overrides, and the engine cuts them in two
					// with the same readings.
					const joined = (tokens: typeof s.zh) =>
						JSON.stringify(strip(tokens))
							.replace(
								/"作","pinyin":\["zuò"\]\},\{"text":"出","pinyin":\["chū"\]/g,
								'"作出","pinyin":["zuò","chū"]'
							)
							.replace(
								/"大","pinyin":\["dà"\]\},\{"text":"好","pinyin":\["hǎo"\]/g,
								'"大好","pinyin":["dà","hǎo"]'
							);
					expect(joined(s.zh)).toBe(JSON.stringify(strip(shipped?.zh ?? [])));
					compared++;
				});
			});
			expect(compared).toBe(doc.paragraphs.flat().length);
			expect(
				annotateTitle(annotator, term, doc.title.zh)
					.map((t) => t.text)
					.join('')
			).toBe(doc.title.zh);
		}
	);

	it('gives sentence ids the reader takes', () => {
		expect(importedSentenceId(0, 0)).toBe('p1s1');
		expect(importedSentenceId(11, 2)).toMatch(SENTENCE_ID);
	});

	it('says which file it could not load', async () => {
		const missing: Get = async (url) =>
			url.endsWith('readings.txt') ? { ok: false, status: 404, text: async () => '' } : files(url);
		await expect(loadEngine(missing)).rejects.toThrow(/readings\.txt: HTTP 404/);
		const broken: Get = async (url) =>
			url.endsWith('glossary.json') ? { ok: true, status: 200, text: async () => '{' } : files(url);
		await expect(loadEngine(broken)).rejects.toThrow(/glossary\.json: not JSON/);
		const unversioned: Get = async (url) =>
			url.endsWith('version.json') ? { ok: true, status: 200, text: async () => '{}' } : files(url);
		await expect(loadEngine(unversioned)).rejects.toThrow(/version\.json: not a version file/);
	});
});
