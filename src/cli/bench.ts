/**
 * `npm run bench`: speed and size numbers for the reader (run `npm run build` first for
 * the size part). Prints; asserts nothing, so numbers are read, not flaked on.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createAnnotator, type Annotator } from '../lib/engine/annotator.ts';
import type { AnnotateOptions } from '../lib/engine/types.ts';
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
