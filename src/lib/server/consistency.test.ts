import { describe, expect, it } from 'vitest';
import type { Token } from '../engine/types.ts';
import {
	oneWord,
	renderingsIn,
	sameRendering,
	senseTexts,
	wordHints,
	type ReportSentence
} from './consistency.ts';
import { Content, loadDocuments, loadGlossary } from './content.ts';
import { ContentError } from './content-error.ts';
import { parseGlossaryFile } from './glossary.ts';

const ROOT = 'tests/fixtures/consistency';
// Without the dictionary: the report needs only the glossary's terms, and it loads fast.
const content = new Content(loadDocuments(ROOT), loadGlossary(ROOT));
const report = (id: string) => {
	const doc = content.document(id);
	if (!doc) throw new Error(`no fixture document ${id}`);
	return content.consistency(doc);
};

describe('the consistency report', () => {
	it('a consistent document: each term used more than once, with its rendering at each use, no flag', () => {
		const { terms } = report('consistent');
		expect(
			terms.map((t) => [t.term, t.count, t.uses.map((u) => [u.sentence, u.found]), t.problem])
		).toEqual([
			[
				'wto',
				2,
				[
					['p1s1', ['World Trade Organization', 'WTO']],
					['p1s2', ['WTO']]
				],
				undefined
			],
			[
				'reform',
				2,
				[
					['p1s1', ['reform']],
					['p1s2', ['reform']]
				],
				undefined
			],
			[
				'guideline',
				3,
				[
					['p1s3', ['guiding principle']],
					['p1s3', ['working principle']],
					['p1s4', ['guiding principle']]
				],
				undefined
			]
		]);
	});

	it('an inconsistent document: a term rendered two ways is flagged with its sentence ids', () => {
		const reform = report('inconsistent').terms.find((t) => t.term === 'reform');
		expect(reform?.problem).toBe('rendered 2 ways: "reform" (p1s1); "restructuring" (p1s2)');
	});

	it('a declared alternating pair is one way, but its abbreviation may not come first', () => {
		expect(report('consistent').terms.find((t) => t.term === 'wto')?.problem).toBeUndefined();
		expect(report('inconsistent').terms.find((t) => t.term === 'wto')?.problem).toBe(
			'first used (p1s1) as "WTO", before "World Trade Organization"'
		);
	});

	it('the pair, undeclared, is two ways', () => {
		const root = loadGlossary(ROOT).map((e) => (e.id === 'wto' ? { ...e, alternating: [] } : e));
		const undeclared = new Content(loadDocuments(ROOT), root);
		const doc = undeclared.document('consistent');
		const wto = doc ? undeclared.consistency(doc).terms.find((t) => t.term === 'wto') : undefined;
		expect(wto?.problem).toBe(
			'rendered 2 ways: "World Trade Organization" (p1s1); "WTO" (p1s1, p1s2)'
		);
	});

	it('the glossary page shows the rendering used at each occurrence', () => {
		expect(content.occurrences('reform').map((o) => [o.doc, o.sentence, o.renderings])).toEqual([
			['inconsistent', 'p1s1', ['reform']],
			['inconsistent', 'p1s2', ['restructuring']],
			['consistent', 'p1s1', ['reform']],
			['consistent', 'p1s2', ['reform']]
		]);
	});
});

describe('renderings', () => {
	const entry = { id: 'x', headword: 'X', renderings: ['World Trade Organization', 'WTO'] };

	it('are found as whole words, in the order of the English, spelt as the entry spells them', () => {
		expect(renderingsIn('wto rules: the world trade organization', entry)).toEqual([
			'WTO',
			'World Trade Organization'
		]);
		expect(renderingsIn('WTOs and TWTO', entry)).toEqual([]);
	});

	it('differing only by case, hyphens or a plural -s are one rendering', () => {
		expect(sameRendering('Quality-Inspection')).toBe(sameRendering('quality inspection'));
		expect(sameRendering('leadership teams')).toBe(sameRendering('leadership team'));
		expect(sameRendering('process')).toBe('process');
		expect(sameRendering('reform')).not.toBe(sameRendering('restructuring'));
	});

	it('a glossary entry may declare only its own renderings as alternating or as an alias’s', () => {
		const yaml = `- id: x
  category: concept
  headword: 改革
  pinyin: gǎi gé
  aliases:
    - { zh: 改革开放, pinyin: gǎi gé kāi fàng, renderings: [opening up] }
  english: { name: reform, provenance: ours, source: test }
  senses: [{ id: main, en: reform }]
  renderings: [reform]
  alternating:
    - [reform, restructuring]
`;
		const { problems } = parseGlossaryFile('g.yaml', yaml);
		expect(problems.map((p) => `${p.file}:${p.line}: ${p.message}`)).toEqual([
			'g.yaml:11: alternating: "restructuring" is not one of the entry\'s renderings',
			'g.yaml:6: renderings of "改革开放": "opening up" is not one of the entry\'s renderings'
		]);
		expect(() => new Content([], [])).not.toThrow(ContentError);
	});
});

describe('hints for words that are not glossary terms', () => {
	const word = (text: string): Token => ({ text, kind: 'word', pinyin: [], pinyinNum: [] });
	const sentence = (id: string, en: string, ...words: string[]): ReportSentence => ({
		id,
		en,
		line: 1,
		tokens: words.map(word)
	});
	const senses: Record<string, string[]> = {
		监管: ['to supervise', 'to control', 'supervision'],
		发展: ['development', 'growth', 'to develop'],
		协同: ['to cooperate', 'in coordination with', 'coordinated', 'collaborative']
	};
	const sensesOf = (w: string) => senses[w] ?? [];

	it('flag a word whose uses have dictionary senses with none in common', () => {
		const hints = wordHints(
			[
				sentence('a', 'Coordinated development.', '协同', '发展'),
				sentence('b', 'Collaborative growth and development.', '协同', '发展')
			],
			sensesOf
		);
		expect(hints).toEqual([
			{
				word: '协同',
				uses: [
					{ sentence: 'a', line: 1, senses: ['coordinated'] },
					{ sentence: 'b', line: 1, senses: ['collaborative'] }
				]
			}
		]);
	});

	it('take forms of one word as one sense, and leave out uses the English has no sense for', () => {
		const hints = wordHints(
			[
				sentence('a', 'Supervision matters.', '监管'),
				sentence('b', 'The supervisory role.', '监管'),
				sentence('c', 'Oversight.', '监管')
			],
			(w) => [...sensesOf(w), 'supervisory']
		);
		expect(hints).toEqual([]);
		expect(oneWord('develop', 'development')).toBe(true);
		expect(oneWord('supervision', 'supervisory')).toBe(true);
		expect(oneWord('state', 'nation')).toBe(false);
		expect(oneWord('coordinated', 'collaborative')).toBe(false);
	});

	it('read dictionary senses as plain English', () => {
		expect(senseTexts(['to supervise; supervision (of)', 'CL:個|个[ge4]', 'a', 'U.S.'])).toEqual([
			'supervise',
			'supervision'
		]);
	});

	it('skip a word used once, and a one-character word', () => {
		expect(
			wordHints([sentence('a', 'Coordinated.', '协同'), sentence('b', 'x', '好')], sensesOf)
		).toEqual([]);
	});
});
