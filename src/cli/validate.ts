/**
 * `npm run validate`: check every content file without building. Prints each problem as
 * `file:line: what is wrong` and exits 1 when there is any; then prints the terminology
 * report (sentences whose English lacks a glossary term's rendering), which does not fail.
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
} catch (error) {
	if (error instanceof ContentError) {
		console.error(error.message);
		console.error(`${error.problems.length} problem(s)`);
		process.exit(1);
	}
	throw error;
}
