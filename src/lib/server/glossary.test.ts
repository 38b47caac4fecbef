import { describe, expect, it } from 'vitest';
import { formatProblem, ContentError } from './content-error.ts';
import { Content } from './content.ts';
import { parseDocuments } from './documents.ts';
import { parseGlossary, parseGlossaryFile } from './glossary.ts';

const ENTRY = `- id: two-bureaus
  category: institution
  headword: 两局
  pinyin: liǎng jú
  aliases:
    - zh: 地方两局
      pinyin: dì fāng liǎng jú
  english:
    name: the two local bureaus
    provenance: ours
    source: Our rendering.
  senses:
    - id: main
      en: Local quality supervision and inspection-quarantine bureaus.
  renderings: [two bureaus]
  related: [five-in-one]
- id: five-in-one
  category: policy
  headword: 五位一体
  pinyin: wǔ wèi yī tǐ
  english:
    name: five-in-one
    provenance: ours
    source: Literal.
  senses:
    - id: sector
      en: A five-part formula of the certification sector.
    - id: overall-plan
      en: The Party's five-sphere plan.
  renderings: [five-in-one, five-sphere integrated plan]
`;

const DOC = `title:
  zh: 会议
  en: Meeting
source:
  date: "2013-01-18"
  language: zh
senses:
  p1s2:
    五位一体: overall-plan
paragraphs:
  - - id: p1s1
      zh: 地方两局要形成“五位一体”的体系。
      en: The two bureaus must build a five-in-one system.
    - id: p1s2
      zh: 围绕“五位一体”总布局。
      en: Around the overall plan.
`;

const problems = (source: string) =>
	parseGlossaryFile('glossary/test.yaml', source).problems.map(formatProblem);

function contentOf(doc: string, glossary = ENTRY): Content {
	return new Content(
		parseDocuments([{ file: 'documents/d.yaml', id: 'd', source: doc }]),
		parseGlossary([{ file: 'glossary/test.yaml', source: glossary }])
	);
}

function errorOf(run: () => unknown): string[] {
	try {
		run();
	} catch (error) {
		if (error instanceof ContentError) return error.problems.map(formatProblem);
		throw error;
	}
	return [];
}

describe('glossary validation', () => {
	it('accepts good entries', () => {
		expect(problems(ENTRY)).toEqual([]);
	});
	it('names the file and line of schema problems', () => {
		expect(problems(ENTRY.replace('category: institution', 'category: agency'))).toEqual([
			'glossary/test.yaml:2: "category" must be one of institution, office, person, policy, concept, event, not text ("agency")'
		]);
		expect(
			problems(
				ENTRY.replace(
					'    provenance: ours\n    source: Our rendering.\n',
					'    provenance: ours\n'
				)
			)
		).toEqual(['glossary/test.yaml:8: missing "source"']);
	});
	it('checks that pinyin fits the characters', () => {
		expect(problems(ENTRY.replace('pinyin: dì fāng liǎng jú', 'pinyin: dì fāng liǎng'))).toEqual([
			'glossary/test.yaml:7: pinyin of "地方两局": 4 characters but 3 syllables ("dì fāng liǎng")'
		]);
	});
	it('checks that every pinyin field is real syllables: headword, aliases, expansion', () => {
		const expansion = ENTRY.replace(
			'  english:\n    name: the two local bureaus',
			'  expansion:\n    zh: 两个局\n    pinyin: liǎng gè jú\n    en: two bureaus\n  english:\n    name: the two local bureaus'
		);
		expect(problems(expansion)).toEqual([]);
		expect(problems(ENTRY.replace('pinyin: liǎng jú', 'pinyin: xxx yyy'))).toEqual([
			'glossary/test.yaml:4: pinyin of "两局": not pinyin: xxx (no such syllable), yyy (no such syllable)'
		]);
		expect(problems(ENTRY.replace('pinyin: dì fāng liǎng jú', 'pinyin: dì fāng lǐang jú'))).toEqual(
			[
				'glossary/test.yaml:7: pinyin of "地方两局": not pinyin: lǐang (tone mark on the wrong vowel, write liǎng)'
			]
		);
		expect(problems(expansion.replace('liǎng gè jú', 'liǎng gè jv'))).toEqual([
			'glossary/test.yaml:10: pinyin of "两个局": not pinyin: jv (no such syllable)'
		]);
		expect(problems(ENTRY.replace('pinyin: wǔ wèi yī tǐ', 'pinyin: wu3 wei4 yi1 ti3'))).toEqual([]);
	});
	it('rejects duplicate ids, a form of two entries, and unknown related entries', () => {
		const twice =
			ENTRY +
			ENTRY.split('- id: five-in-one')[0]?.replace('related: [five-in-one]', 'related: [nowhere]');
		expect(errorOf(() => parseGlossary([{ file: 'glossary/test.yaml', source: twice }]))).toEqual([
			'glossary/test.yaml:31: duplicate glossary id "two-bureaus" (also glossary/test.yaml:1)',
			'glossary/test.yaml:31: "两局" is a form of both "two-bureaus" and "two-bureaus"',
			'glossary/test.yaml:31: "地方两局" is a form of both "two-bureaus" and "two-bureaus"',
			'glossary/test.yaml:31: "two-bureaus" is related to "nowhere", which is not in the glossary'
		]);
	});
});

describe('senses in documents', () => {
	it('fails when an ambiguous term has no sense chosen, naming the sentence line', () => {
		expect(errorOf(() => contentOf(DOC))).toEqual([
			'documents/d.yaml:12: p1s1: "五位一体" has 2 senses (sector, overall-plan); choose one under senses: p1s1: 五位一体: <sense>'
		]);
	});
	it('passes when every occurrence has a sense, and marks the tokens', () => {
		const content = contentOf(DOC.replace('senses:\n', 'senses:\n  p1s1:\n    五位一体: sector\n'));
		const view = content.view(content.documents[0]!);
		const senses = view.paragraphs[0]?.sentences.map(
			(s) => s.zh.find((t) => t.term === 'five-in-one')?.sense
		);
		expect(senses).toEqual(['sector', 'overall-plan']);
	});
	it('rejects an unknown sense, a term not in the sentence, and an unknown sentence', () => {
		const bad = DOC.replace(
			'senses:\n',
			'senses:\n  p1s1:\n    五位一体: nonsense\n    两局: main\n  p9s9:\n    五位一体: sector\n'
		);
		expect(errorOf(() => contentOf(bad))).toEqual([
			'documents/d.yaml:9: p1s1: "五位一体" (five-in-one) has no sense "nonsense"; it has sector, overall-plan',
			'documents/d.yaml:10: p1s1 has no glossary term "两局"',
			'documents/d.yaml:11: senses: the document has no sentence p9s9'
		]);
	});
});

describe('terminology report', () => {
	it('lists sentences whose English has none of a term’s renderings', () => {
		const content = contentOf(DOC.replace('senses:\n', 'senses:\n  p1s1:\n    五位一体: sector\n'));
		expect(content.terminologyReport().map(formatProblem)).toEqual([
			'documents/d.yaml:18: p1s2: 五位一体 (five-in-one): the English has none of "five-in-one", "five-sphere integrated plan"'
		]);
	});
	it('aligns the renderings it finds in the English', () => {
		const content = contentOf(DOC.replace('senses:\n', 'senses:\n  p1s1:\n    五位一体: sector\n'));
		const en = content.view(content.documents[0]!).paragraphs[0]?.sentences[0]?.en;
		expect(en?.filter((p) => p.term)).toEqual([
			{ text: 'two bureaus', term: 'two-bureaus' },
			{ text: 'five-in-one', term: 'five-in-one' }
		]);
	});
});

describe('the shipped glossary', () => {
	const content = Content.load();
	it('has at least 40 entries and every required term', () => {
		expect(content.glossary.length).toBeGreaterThanOrEqual(40);
		const forms = new Set(
			content.glossary.flatMap((e) => [e.headword, ...(e.aliases ?? []).map((a) => a.zh)])
		);
		for (const required of [
			'认监委',
			'国家认监委',
			'国家质检总局',
			'总局',
			'标准委',
			'两局',
			'地方两局',
			'四大院',
			'直属单位',
			'司局',
			'全国认证认可工作部际联席会议',
			'国务院办公厅',
			'中纪委',
			'人力资源和社会保障部',
			'国务院法制办',
			'国家气象局',
			'总参测绘局',
			'支树平',
			'孙大伟',
			'五位一体',
			'抓质量、保安全、促发展、强质检',
			'中国特色',
			'质量强国',
			'入世承诺',
			'合格评定',
			'第三方认证',
			'互认',
			'倒逼机制',
			'质量红利',
			'行风',
			'顶层设计',
			'检验检测',
			'认证认可服务业',
			'主会场',
			'分会场'
		]) {
			expect(forms, required).toContain(required);
		}
	});
	it('marks the two senses of 五位一体 in the seed differently', () => {
		const doc = content.documents.find((d) => d.id === 'certification-conference-2013')!;
		const view = content.view(doc);
		const senses = view.paragraphs
			.flatMap((p) => p.sentences)
			.flatMap((s) => s.zh.filter((t) => t.text === '五位一体').map((t) => [s.id, t.sense]));
		expect(senses).toEqual([
			['p3s6', 'certification-system'],
			['p4s6', 'overall-plan']
		]);
	});
});

describe('a sense’s own English name', () => {
	it('must be one of the entry’s renderings', () => {
		const named = ENTRY.replace(
			"    - id: overall-plan\n      en: The Party's five-sphere plan.",
			"    - id: overall-plan\n      name: five-sphere plan\n      en: The Party's five-sphere plan."
		);
		expect(named).not.toBe(ENTRY);
		expect(problems(named)).toEqual([
			'glossary/test.yaml:29: name of sense "overall-plan": "five-sphere plan" is not one of the entry\'s renderings'
		]);
		expect(problems(named.replace('five-sphere plan\n', 'five-sphere integrated plan\n'))).toEqual(
			[]
		);
	});
});
