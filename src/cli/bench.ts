/**
 * `npm run bench`: speed and size numbers for the reader and the import page (run `npm run
 * build` first for the size part and the browser benches, which it runs against `vite preview`
 * on a free port, stopped afterwards). Prints; asserts nothing, so numbers are read, not flaked
 * on.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAnnotator, type Annotator } from '../lib/engine/annotator.ts';
import { shardName, shardOf } from '../lib/engine/dictionary-files.ts';
import type { AnnotateOptions } from '../lib/engine/types.ts';
import { WORKER_DICTIONARY_FILES } from '../lib/server/annotation-version.ts';
import { PINYIN_WORDS } from '../lib/server/annotator.ts';
import { Content } from '../lib/server/content.ts';

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

// --- Annotation speed over every shipped document's Chinese.
const all = Content.load();
const text = all.documents
	.flatMap((d) => [d.title.zh, ...d.paragraphs.flat().map((p) => p.zh)])
	.join('\n');
const chars = Array.from(text).length;
const firstDoc = all.documents[0];
const configurations: [string, Annotator, AnnotateOptions][] = [
	['pinyin-pro + rules only', createAnnotator({ pinyinWords: PINYIN_WORDS }), {}],
	['reader (dictionary, glossary, overrides)', all.annotator, firstDoc ? all.options(firstDoc) : {}]
];
for (const [name, annotator, options] of configurations) {
	annotator.annotate(text, options); // warm up
	const rounds = 20;
	const start = performance.now();
	for (let i = 0; i < rounds; i++) annotator.annotate(text, options);
	const seconds = (performance.now() - start) / 1000;
	console.log(
		`annotate, ${name}: ${chars} characters x ${rounds} in ${seconds.toFixed(2)} s = ${Math.round((chars * rounds) / seconds).toLocaleString('en')} characters/s`
	);
}

// --- What a reader downloads for each document page.
const build = 'build';
if (!existsSync(build)) {
	console.log('sizes: no build/ folder; run `npm run build` first');
	process.exit(0);
}
const sizes = (file: string) => {
	const body = readFileSync(file);
	return { raw: body.length, gz: gzipSync(body).length };
};
for (const name of readdirSync(path.join(build, 'read')).filter((f) => f.endsWith('.html'))) {
	const html = readFileSync(path.join(build, 'read', name), 'utf8');
	const js = [...new Set(html.match(/_app\/immutable\/[^"')]+\.js/g) ?? [])].map((f) =>
		path.join(build, f)
	);
	const page = sizes(path.join(build, 'read', name));
	const scripts = js
		.map(sizes)
		.reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
	const lookupFile = path.join(build, 'read', name.replace(/\.html$/, ''), 'lookup.json');
	const lookup = existsSync(lookupFile) ? sizes(lookupFile) : { raw: 0, gz: 0 };
	console.log(
		`${name}: HTML ${kb(page.raw)} (${kb(page.gz)} gzip); JavaScript ${js.length} files ${kb(scripts.raw)} (${kb(scripts.gz)} gzip); lookup.json (fetched on first use) ${kb(lookup.raw)} (${kb(lookup.gz)} gzip)`
	);
}

// --- The import page (issue 11's numbers): what an imported text's annotation fetches.
const inBuild = (file: string) => path.join(build, file);
const workerData = [
	...WORKER_DICTIONARY_FILES.map((f) => `dictionary/${f}`),
	...readdirSync(inBuild('annotator')).map((f) => `annotator/${f}`)
].map((f) => sizes(inBuild(f)));
const total = (list: { raw: number; gz: number }[]) =>
	list.reduce((a, b) => ({ raw: a.raw + b.raw, gz: a.gz + b.gz }), { raw: 0, gz: 0 });
const data = total(workerData);
console.log(
	`import, the Worker's data (word list, readings, tones, word lists, glossary): ${workerData.length} files ${kb(data.raw)} (${kb(data.gz)} gzip), the same for the seed and for a 10,000-character text`
);
const meta = JSON.parse(readFileSync(inBuild('dictionary/meta.json'), 'utf8')) as {
	shards: number;
};
const seedDoc = all.documents.find((d) => d.id === 'certification-conference-2013') ?? firstDoc;
if (seedDoc) {
	const words = new Set(
		seedDoc.paragraphs
			.flat()
			.flatMap((p) => all.annotator.annotate(p.zh))
			.filter((t) => /\p{Script=Han}/u.test(t.text))
			.map((t) => t.text)
	);
	const shards = new Set([...words].map((w) => shardName(shardOf(w, meta.shards))));
	const looked = total([...shards].map((s) => sizes(inBuild(`dictionary/${s}`))));
	console.log(
		`import, dictionary entries (fetched on lookup) for every one of the seed's ${words.size} words: ${shards.size} of ${meta.shards} shards, ${kb(looked.raw)} (${kb(looked.gz)} gzip); one lookup fetches one shard`
	);
}

// --- In Chromium, against the build served by `vite preview` on a free port: the import
// Worker's bench (tests/bench/import-worker.ts) and, where it exists, the reader's load.
const freePort = () =>
	new Promise<number>((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as AddressInfo;
			server.close(() => resolve(port));
		});
	});

async function served(url: string, preview: ChildProcess): Promise<boolean> {
	for (let i = 0; i < 120; i++) {
		if (preview.exitCode !== null) return false;
		try {
			if ((await fetch(url)).ok) return true;
		} catch {
			// Not yet.
		}
		await new Promise((r) => setTimeout(r, 250));
	}
	return false;
}

const run = (args: string[]) =>
	new Promise<number | null>((resolve) => {
		const child = spawn(process.execPath, args, { stdio: 'inherit' });
		child.on('exit', (code) => resolve(code));
		child.on('error', () => resolve(null));
	});

const port = await freePort();
const url = `http://localhost:${port}`;
// Its own process group, so that it and its children are stopped together by its id.
const preview = spawn(
	process.execPath,
	['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'],
	{ detached: true, stdio: 'ignore' }
);
const stop = () => {
	if (preview.pid !== undefined && preview.exitCode === null) {
		try {
			process.kill(-preview.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	}
};
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
try {
	if (!(await served(`${url}/import`, preview))) {
		console.log(`browser benches: vite preview did not serve ${url}`);
	} else {
		console.log(`import, in Chromium (${url}): 10,000 characters`);
		await run(['tests/bench/import-worker.ts', url, '10000']);
		if (existsSync('tests/bench/reader-load.ts')) {
			console.log('reader, in Chromium at 4x CPU slowdown:');
			await run(['tests/bench/reader-load.ts', url]);
		}
	}
} finally {
	stop();
}
