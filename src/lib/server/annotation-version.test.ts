import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isVersionFile } from '../worker/load.ts';
import { annotationVersion, dataHash, engineHash } from './annotation-version.ts';
import { annotatorFiles } from './annotator-files.ts';

const roots: string[] = [];
afterEach(() => {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A repository with just the engine's sources. */
function sources(files: Record<string, string>): string {
	const root = mkdtempSync(path.join(tmpdir(), 'duizhao-engine-'));
	roots.push(root);
	for (const dir of ['src/lib/engine', 'src/lib/worker'])
		mkdirSync(path.join(root, dir), { recursive: true });
	const all = {
		'src/lib/model.ts': 'model',
		'src/lib/ids.ts': 'ids',
		'src/lib/engine/annotate.ts': 'annotate',
		'src/lib/worker/load.ts': 'load',
		...files
	};
	for (const [file, body] of Object.entries(all)) writeFileSync(path.join(root, file), body);
	return root;
}

describe('the annotation version', () => {
	it('is written for the Worker beside the annotator’s data', () => {
		const file: unknown = JSON.parse(annotatorFiles().get('version.json') ?? 'null');
		expect(isVersionFile(file)).toBe(true);
		expect((file as { version: string }).version).toMatch(/^e[0-9a-f]{12}\.d[0-9a-f]{12}$/);
		// It builds the whole annotator's data (the dictionary read and packed): seconds.
	}, 60_000);

	it('changes with any file of the data the Worker loads', () => {
		const files = new Map([
			['annotator/glossary.json', '{"forms":[]}'],
			['dictionary/words.txt', '中国\n']
		]);
		const before = dataHash(files);
		expect(dataHash(new Map([...files].reverse()))).toBe(before);
		expect(dataHash(new Map([...files, ['dictionary/words.txt', '中国\n人\n']]))).not.toBe(before);
		expect(dataHash(new Map([...files, ['annotator/said-words.json', '{}']]))).not.toBe(before);
		// Contents moved from one file to the next are another version.
		expect(
			dataHash(
				new Map([
					['a', 'xy'],
					['b', '']
				])
			)
		).not.toBe(
			dataHash(
				new Map([
					['a', 'x'],
					['b', 'y']
				])
			)
		);
	});

	it('changes with the engine’s code, not with its tests', () => {
		const before = engineHash(sources({}));
		expect(engineHash(sources({}))).toBe(before);
		expect(engineHash(sources({ 'src/lib/engine/annotate.ts': 'annotate!' }))).not.toBe(before);
		expect(engineHash(sources({ 'src/lib/worker/client.ts': 'client' }))).not.toBe(before);
		expect(engineHash(sources({ 'src/lib/ids.ts': 'ids!' }))).not.toBe(before);
		expect(engineHash(sources({ 'src/lib/engine/annotate.test.ts': 'test' }))).toBe(before);
		expect(annotationVersion('a', 'b')).toBe('ea.db');
	});
});
