/**
 * What an imported text's annotation was made with, as one short string the browser can
 * compare cheaply: a hash of the engine's code (its sources and the pinyin-pro release it
 * bundles) and a hash of the data files the annotation Worker loads. The build writes it to
 * /annotator/version.json; the Worker reports it with each annotation, and a stored text
 * annotated with another is annotated again when it is opened (src/lib/texts/open.ts).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageVersion } from './dictionary.ts';

/** The code the Worker runs the engine with, from the repository's root. */
const ENGINE_SOURCES = ['src/lib/engine', 'src/lib/worker', 'src/lib/model.ts', 'src/lib/ids.ts'];

/** The dictionary files the Worker loads (src/lib/worker/load.ts): not the entry shards. */
export const WORKER_DICTIONARY_FILES = ['meta.json', 'words.txt', 'readings.txt', 'tones.json'];

const isSource = (name: string) => /\.ts$/.test(name) && !/\.(test|fixture)\.ts$/.test(name);

function sourceFiles(root: string): string[] {
	return ENGINE_SOURCES.flatMap((entry) => {
		const full = path.join(root, entry);
		if (!entry.endsWith('.ts'))
			return readdirSync(full)
				.filter(isSource)
				.map((name) => path.join(entry, name));
		return [entry];
	}).sort();
}

function digest(parts: Iterable<readonly [string, string | Buffer]>): string {
	const hash = createHash('sha256');
	for (const [name, body] of parts) hash.update(`${name}\0`).update(body).update('\0');
	return hash.digest('hex').slice(0, 12);
}

/** The engine's part: its sources (read from `root`) and pinyin-pro's release. */
export function engineHash(root = process.cwd()): string {
	return digest([
		['pinyin-pro', packageVersion('pinyin-pro')],
		...sourceFiles(root).map((file) => [file, readFileSync(path.join(root, file))] as const)
	]);
}

/** The data's part: the files the Worker loads, by name, in name order. */
export function dataHash(files: ReadonlyMap<string, string>): string {
	return digest([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

export function annotationVersion(engine: string, data: string): string {
	return `e${engine}.d${data}`;
}
