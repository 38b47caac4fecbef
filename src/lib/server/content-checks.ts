/**
 * Checks of the content as a whole, after annotation: the senses a document must choose, the
 * terminology report and the consistency report (see README, "Adding a document").
 */
import { hasRendering } from '../engine/align.ts';
import { termSpans } from '../engine/spans.ts';
import type { ContentProblem } from './content-error.ts';
import type { Content } from './content.ts';
import { termConsistency, wordHints, type TermConsistency, type WordHint } from './consistency.ts';
import { sentencePath, type LoadedDocument } from './documents.ts';

/** Ambiguous terms need a sense chosen in the document; chosen senses must exist. */
export function senseProblems(content: Content, doc: LoadedDocument): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const chosen = doc.senses ?? {};
	const sentenceIds = new Set<string>();
	for (const { id, tokens } of content.annotated.sentences(doc)) {
		sentenceIds.add(id);
		const line = doc.lines.lineOf([...(sentencePath(doc, id) ?? []), 'zh']);
		const termsHere = new Map(termSpans(tokens).map((span) => [span.text, span.term]));
		for (const [form, term] of termsHere) {
			const entry = content.entry(term);
			if (!entry || entry.senses.length < 2 || chosen[id]?.[form]) continue;
			problems.push({
				file: doc.file,
				line,
				message: `${id}: "${form}" has ${entry.senses.length} senses (${entry.senses.map((s) => s.id).join(', ')}); choose one under senses: ${id}: ${form}: <sense>`
			});
		}
		for (const [form, sense] of Object.entries(chosen[id] ?? {})) {
			const at = doc.lines.lineOf(['senses', id, form]);
			const entry = content.entry(termsHere.get(form) ?? '');
			if (!entry) {
				problems.push({
					file: doc.file,
					line: at,
					message: `${id} has no glossary term "${form}"`
				});
			} else if (!entry.senses.some((s) => s.id === sense)) {
				problems.push({
					file: doc.file,
					line: at,
					message: `${id}: "${form}" (${entry.id}) has no sense "${sense}"; it has ${entry.senses.map((s) => s.id).join(', ')}`
				});
			}
		}
	}
	for (const id of Object.keys(chosen)) {
		if (!sentenceIds.has(id)) {
			problems.push({
				file: doc.file,
				line: doc.lines.lineOf(['senses', id]),
				message: `senses: the document has no sentence ${id}`
			});
		}
	}
	return problems;
}

/** Sentences whose Chinese has a term but whose English has none of its renderings. */
export function terminologyReport(content: Content): ContentProblem[] {
	const report: ContentProblem[] = [];
	for (const doc of content.documents) {
		for (const { id, pair, tokens } of content.annotated.sentences(doc)) {
			// A sentence not translated yet has no renderings to miss.
			if (!pair.en) continue;
			const seen = new Set<string>();
			for (const t of tokens) {
				const entry = t.term ? content.entry(t.term) : undefined;
				if (!entry || seen.has(entry.id)) continue;
				seen.add(entry.id);
				if (hasRendering(pair.en, entry.renderings)) continue;
				report.push({
					file: doc.file,
					line: doc.lines.lineOf([...(sentencePath(doc, id) ?? []), 'en']),
					message: `${id}: ${t.text} (${entry.id}): the English has none of ${entry.renderings.map((r) => `"${r}"`).join(', ')}`
				});
			}
		}
	}
	return report;
}

/**
 * The consistency report of a document: each glossary term used more than once, with the
 * rendering at each use and a problem where they disagree; and, as hints, repeated words
 * that are not terms whose dictionary senses in the English plainly differ.
 */
export function consistencyReport(
	content: Content,
	doc: LoadedDocument
): { terms: TermConsistency[]; hints: WordHint[] } {
	const sentences = [...content.annotated.sentences(doc)].map(({ id, pair, tokens }) => ({
		id,
		en: pair.en,
		tokens,
		line: doc.lines.lineOf([...(sentencePath(doc, id) ?? []), 'en']),
		...(doc.senses?.[id] ? { senses: doc.senses[id] } : {})
	}));
	const dict = content.dictionary;
	const sensesOf = (word: string) => (dict ? dict.lookup(word).flatMap((e) => e.senses) : []);
	return {
		terms: termConsistency(sentences, content.renderings),
		hints: wordHints(sentences, sensesOf)
	};
}
