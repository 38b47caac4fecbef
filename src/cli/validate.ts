/**
 * `npm run validate`: check every content file without building. Prints each problem as
 * `file:line: what is wrong` and exits 1 when there is any.
 */
import { ContentError } from '../lib/server/content-error.ts';
import { loadDocuments } from '../lib/server/content.ts';

try {
	const docs = loadDocuments();
	const sentences = docs.reduce((n, d) => n + d.paragraphs.flat().length, 0);
	console.log(`ok: ${docs.length} document(s), ${sentences} sentence pair(s)`);
} catch (error) {
	if (error instanceof ContentError) {
		console.error(error.message);
		console.error(`${error.problems.length} problem(s)`);
		process.exit(1);
	}
	throw error;
}
