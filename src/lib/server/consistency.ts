/**
 * The terminology consistency report: how a document's English renders each glossary term it
 * uses more than once, and where one term is rendered in more than one way. Repeated words that
 * are not glossary terms are checked against their dictionary senses, as hints.
 */
import { alignRenderings } from '../engine/align.ts';
import { termSpans } from '../engine/spans.ts';
import type { Token } from '../engine/types.ts';

/** What the report needs of a glossary entry. */
export interface TermRenderings {
	id: string;
	headword: string;
	renderings: readonly string[];
	/** Groups of renderings meant to alternate (a full name on first use, then its abbreviation). */
	alternating?: readonly (readonly string[])[];
	/** Forms with English of their own (工作方针 "working principle"), checked apart from the rest. */
	formRenderings?: ReadonlyMap<string, readonly string[]>;
}

/** What the report needs of a sentence. */
export interface ReportSentence {
	id: string;
	en: string;
	tokens: readonly Token[];
	/** Where its English is, for `file:line`. */
	line: number;
	/** The sense chosen for a term's form here, where its entry has several. */
	senses?: Readonly<Record<string, string>>;
}

/** One sentence where a term is used, and the entry's renderings its English has. */
export interface TermUse {
	sentence: string;
	line: number;
	/** The Chinese form used there (a headword or an alias). */
	form: string;
	/** The sense it has there, where the entry has several. */
	sense?: string;
	/** The renderings found, as the entry spells them, in the order the English has them. */
	found: string[];
}

export interface TermConsistency {
	term: string;
	headword: string;
	/** How many times the term is used (a sentence may use it twice). */
	count: number;
	uses: TermUse[];
	/** Why the uses disagree; absent where they agree. */
	problem?: string;
}

/** The renderings of one term that `en` has, as the entry spells them, in order. */
export function renderingsIn(en: string, entry: TermRenderings): string[] {
	const spelling = new Map(entry.renderings.map((r) => [r.toLowerCase(), r]));
	return alignRenderings(en, [{ term: entry.id, texts: entry.renderings }]).flatMap((piece) =>
		piece.term ? [spelling.get(piece.text.toLowerCase()) ?? piece.text] : []
	);
}

/** The glossary terms of a sentence: for each, the forms used and how often each is. */
function termsOf(tokens: readonly Token[]): Map<string, Map<string, number>> {
	const terms = new Map<string, Map<string, number>>();
	for (const span of termSpans(tokens)) {
		const forms = terms.get(span.term) ?? new Map<string, number>();
		forms.set(span.text, (forms.get(span.text) ?? 0) + 1);
		terms.set(span.term, forms);
	}
	return terms;
}

/**
 * The renderings of a sentence that belong to one form used in it: a form with English of its
 * own takes those, the other forms take the rest.
 */
function renderingsOfForm(
	found: readonly string[],
	form: string,
	forms: Iterable<string>,
	entry: TermRenderings
): string[] {
	const own = entry.formRenderings?.get(form);
	const lower = (list: readonly string[]) => list.map((r) => r.toLowerCase());
	if (own) return found.filter((r) => lower(own).includes(r.toLowerCase()));
	const others = [...forms].flatMap((f) => lower(entry.formRenderings?.get(f) ?? []));
	return found.filter((r) => !others.includes(r.toLowerCase()));
}

/**
 * For each term used more than once in a document's sentences: the renderings at each use, and
 * a problem where the document renders it in more than one way. Renderings of one `alternating`
 * group count as one way, as long as the group's first rendering comes first.
 */
export function termConsistency(
	sentences: readonly ReportSentence[],
	entries: ReadonlyMap<string, TermRenderings>
): TermConsistency[] {
	const byTerm = new Map<string, TermConsistency>();
	for (const sentence of sentences) {
		for (const [term, forms] of termsOf(sentence.tokens)) {
			const entry = entries.get(term);
			if (!entry) continue;
			let report = byTerm.get(term);
			if (!report) {
				report = { term, headword: entry.headword, count: 0, uses: [] };
				byTerm.set(term, report);
			}
			const found = renderingsIn(sentence.en, entry);
			for (const [form, count] of forms) {
				report.count += count;
				const sense = sentence.senses?.[form];
				report.uses.push({
					sentence: sentence.id,
					line: sentence.line,
					form,
					...(sense ? { sense } : {}),
					found: renderingsOfForm(found, form, forms.keys(), entry)
				});
			}
		}
	}
	const reports = [...byTerm.values()].filter((r) => r.count > 1);
	for (const report of reports) {
		const entry = entries.get(report.term);
		if (!entry) continue;
		// Uses are compared within a scope: one sense, and apart from forms with English of their own.
		const scopes = new Map<string, TermUse[]>();
		for (const use of report.uses) {
			const own = entry.formRenderings?.has(use.form) ? use.form : '';
			const key = `${use.sense ?? ''}\n${own}`;
			scopes.set(key, [...(scopes.get(key) ?? []), use]);
		}
		const problems = [...scopes.values()].flatMap((uses) => disagreement(uses, entry) ?? []);
		if (problems.length) report.problem = problems.join('; and ');
	}
	return reports;
}

/**
 * Two spellings of one rendering: case, hyphens and a plural -s aside ("quality-inspection"
 * and "quality inspection", "leadership team" and "leadership teams").
 */
export function sameRendering(rendering: string): string {
	return rendering
		.toLowerCase()
		.split(/[\s-]+/)
		.map((word) => (word.length > 3 ? word.replace(/(?<!s)s$/, '') : word))
		.join(' ');
}

/** Why a term's uses disagree, if they do. */
function disagreement(uses: readonly TermUse[], entry: TermRenderings): string | undefined {
	const groupOf = new Map<string, number>();
	(entry.alternating ?? []).forEach((group, g) => {
		for (const r of group) groupOf.set(sameRendering(r), g);
	});
	const spelt = new Map<string, string>();
	const way = (rendering: string) => {
		const g = groupOf.get(sameRendering(rendering));
		if (g !== undefined) return `group ${g}`;
		const key = `"${sameRendering(rendering)}"`;
		if (!spelt.has(key)) spelt.set(key, `"${rendering}"`);
		return key;
	};
	const ways = new Map<string, string[]>();
	for (const use of uses) {
		for (const key of new Set(use.found.map(way))) {
			ways.set(key, [...(ways.get(key) ?? []), use.sentence]);
		}
	}
	if (ways.size > 1) {
		const list = [...ways].map(
			([key, sids]) => `${spelt.get(key) ?? describe(key, entry)} (${sids.join(', ')})`
		);
		return `rendered ${ways.size} ways: ${list.join('; ')}`;
	}
	// An alternating pair: its first rendering (the full name) must come first.
	const first = uses.find((u) => u.found.length > 0);
	const group = first ? groupOf.get(sameRendering(first.found[0] ?? '')) : undefined;
	const lead = group === undefined ? undefined : entry.alternating?.[group]?.[0];
	if (first && lead && sameRendering(first.found[0] ?? '') !== sameRendering(lead)) {
		return `first used (${first.sentence}) as "${first.found[0]}", before "${lead}"`;
	}
	return undefined;
}

function describe(key: string, entry: TermRenderings): string {
	if (!key.startsWith('group ')) return key;
	const group = entry.alternating?.[Number(key.slice(6))] ?? [];
	return group.map((r) => `"${r}"`).join(' / ');
}

/** A repeated word, not a glossary term, whose English plainly differs between two uses. */
export interface WordHint {
	word: string;
	/** Each use with the dictionary senses its sentence's English has. */
	uses: { sentence: string; line: number; senses: string[] }[];
}

/**
 * The English a dictionary sense can appear as: "to supervise; supervision (of)" gives
 * "supervise" and "supervision". Bracketed notes and a leading "to " are dropped, and only
 * senses of letters, spaces and hyphens are kept, so that matching stays plain.
 */
export function senseTexts(senses: readonly string[]): string[] {
	const texts = senses
		.flatMap((s) => s.split(/[;,]/))
		.map((s) =>
			s
				.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
				.replace(/^\s*(?:to|a|an|the)\s+/i, '')
				.replace(/\s+/g, ' ')
				.trim()
				.toLowerCase()
		)
		.filter((s) => /^[a-z][a-z -]*[a-z]$/.test(s) && s.length >= 3);
	return [...new Set(texts)];
}

/**
 * Hints: a multi-character word that is not a glossary term, used in at least two sentences,
 * where two uses' English each has some of the word's dictionary senses and no sense in common.
 * `sensesOf` gives a word's dictionary senses (empty for a word the dictionary lacks).
 */
export function wordHints(
	sentences: readonly ReportSentence[],
	sensesOf: (word: string) => readonly string[]
): WordHint[] {
	const uses = new Map<string, ReportSentence[]>();
	for (const sentence of sentences) {
		const words = new Set(
			sentence.tokens
				.filter((t) => t.kind === 'word' && !t.term && Array.from(t.text).length > 1)
				.map((t) => t.text)
		);
		for (const word of words) uses.set(word, [...(uses.get(word) ?? []), sentence]);
	}
	const hints: WordHint[] = [];
	for (const [word, where] of uses) {
		if (where.length < 2) continue;
		const texts = senseTexts(sensesOf(word));
		if (texts.length === 0) continue;
		const found = where.map((s) => ({
			sentence: s.id,
			line: s.line,
			senses: renderingsIn(s.en, { id: word, headword: word, renderings: texts })
		}));
		const withSenses = found.filter((f) => f.senses.length > 0);
		const differ = withSenses.some((a) =>
			withSenses.some((b) => !a.senses.some((x) => b.senses.some((y) => oneWord(x, y))))
		);
		if (differ) hints.push({ word, uses: withSenses });
	}
	return hints;
}

/**
 * Whether two English senses are forms of one word ("develop" and "development",
 * "supervision" and "supervisory"): they share a beginning of at least five letters that is
 * at least 70% of the shorter one.
 */
export function oneWord(a: string, b: string): boolean {
	if (a === b) return true;
	let common = 0;
	while (common < a.length && a[common] === b[common]) common += 1;
	return common >= 5 && common >= 0.7 * Math.min(a.length, b.length);
}
