/** Reading the content files: the documents and the glossary, parsed and validated per file. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocuments, type LoadedDocument } from './documents.ts';
import { parseGlossary, type GlossaryEntry } from './glossary.ts';

/** Where the human-edited content lives; `DUIZHAO_CONTENT` points elsewhere (tests, CLI). */
export function contentRoot(): string {
	return path.resolve(process.env.DUIZHAO_CONTENT ?? 'translations');
}

/** A folder's YAML files, as bytes: the parser checks they are UTF-8 (not read as if they were). */
function readYamlFiles(dir: string): { file: string; name: string; source: Uint8Array }[] {
	return readdirSync(dir)
		.filter((name) => /\.ya?ml$/.test(name))
		.sort()
		.map((name) => ({
			file: path.relative(process.cwd(), path.join(dir, name)),
			name,
			source: readFileSync(path.join(dir, name))
		}));
}

/** Read and validate every document file; throws a ContentError listing every problem. */
export function loadDocuments(root = contentRoot()): LoadedDocument[] {
	const files = readYamlFiles(path.join(root, 'documents'));
	return parseDocuments(files.map((f) => ({ ...f, id: f.name.replace(/\.ya?ml$/, '') })));
}

export function loadGlossary(root = contentRoot()): GlossaryEntry[] {
	return parseGlossary(readYamlFiles(path.join(root, 'glossary')));
}
