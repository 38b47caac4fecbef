/**
 * `npm run validate`: check every content file without building. Prints each problem as
 * `file:line: what is wrong` and exits 1 when there is any; then prints two reports, which do
 * not fail: the terminology report (sentences whose English lacks a glossary term's rendering)
 * and the consistency report (how each document renders each term it uses more than once).
 */
import { formatProblem, ContentError } from '../lib/server/content-error.ts';
import { Content } from '../lib/server/content.ts';

try {
	const content = Content.load();
	const sentences = content.documents.reduce((n, d) => n + d.paragraphs.flat().length, 0);
	console.log(
		`ok: ${content.documents.length} document(s), ${sentences} sentence pair(s), ${content.glossary.length} glossary entries`
	);
	const report = content.terminologyReport();
	console.log(
		`\nTerminology report: ${report.length} sentence(s) where a term's English rendering is missing`
	);
	for (const problem of report) console.log(formatProblem(problem));

	for (const doc of content.documents) {
		const { terms, hints } = content.consistency(doc);
		const flagged = terms.filter((t) => t.problem);
		console.log(
			`\nConsistency report, ${doc.file}: ${terms.length} term(s) used more than once, ${flagged.length} rendered in more than one way`
		);
		for (const t of flagged) {
			const line = t.uses[0]?.line ?? 1;
			console.log(
				formatProblem({ file: doc.file, line, message: `${t.headword} (${t.term}): ${t.problem}` })
			);
		}
		for (const t of terms.filter((t) => !t.problem)) {
			const ways = [...new Set(t.uses.flatMap((u) => u.found))].map((r) => `"${r}"`);
			console.log(
				`  ok  ${t.headword} (${t.term}) ×${t.count}: ${ways.join(' / ') || '(no rendering found)'}`
			);
		}
		console.log(
			`\nHints, ${doc.file}: ${hints.length} repeated word(s), not glossary terms, whose dictionary senses in the English differ`
		);
		for (const h of hints) {
			const uses = h.uses.map((u) => `${u.sentence} ${u.senses.map((s) => `"${s}"`).join(', ')}`);
			console.log(
				formatProblem({
					file: doc.file,
					line: h.uses[0]?.line ?? 1,
					message: `hint: ${h.word}: ${uses.join('; ')}`
				})
			);
		}
	}
} catch (error) {
	if (error instanceof ContentError) {
		console.error(error.message);
		console.error(`${error.problems.length} problem(s)`);
		process.exit(1);
	}
	throw error;
}
