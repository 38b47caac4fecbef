/**
 * `npm run bench:annotate [-- --mb N] [-- --format F]`: how fast `duizhao annotate` streams
 * a large file. Writes about N MB (default 1) of Chinese, the project's document sentences
 * repeated a paragraph per line, to a temporary file; runs the command on it as a user
 * would (a child process, output read and counted); prints MB/s and the child's peak
 * memory. Prints; asserts nothing, except that every input line came out.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDocuments } from '../lib/server/content.ts';

const { values } = parseArgs({
	options: {
		mb: { type: 'string', default: '1' },
		format: { type: 'string', default: 'jsonl' }
	}
});
const targetBytes = Number(values.mb) * 1024 * 1024;
if (!(targetBytes > 0)) throw new Error(`--mb must be a positive number, not ${values.mb}`);

const here = path.dirname(fileURLToPath(import.meta.url));
const cli = path.join(here, 'duizhao.ts');
const root = path.resolve(here, '../..');

// --- The input: every paragraph of every document, one per line, repeated.
const paragraphs = loadDocuments(path.join(root, 'translations')).flatMap((d) =>
	d.paragraphs.map((pairs) => pairs.map((p) => p.zh).join(''))
);
const block = paragraphs.join('\n') + '\n';
const copies = Math.max(1, Math.round(targetBytes / Buffer.byteLength(block)));
const dir = mkdtempSync(path.join(tmpdir(), 'duizhao-bench-'));
const file = path.join(dir, 'input.txt');
writeFileSync(file, block.repeat(copies));
const bytes = statSync(file).size;
const lines = paragraphs.length * copies;
const chars = Array.from(block).length * copies;

// --- One run of the command: wall time, output size and lines, peak memory (maxRSS).
function runOnce(): Promise<{
	seconds: number;
	outBytes: number;
	outLines: number;
	rssKb: number;
}> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, [cli, 'annotate', '--format', values.format, file], {
			env: { ...process.env, DUIZHAO_STATS: '1' },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let outBytes = 0;
		let outLines = 0;
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => {
			outBytes += chunk.length;
			for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) outLines++;
		});
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => {
			const seconds = (performance.now() - start) / 1000;
			const rss = /maxRSS (\d+) KB/.exec(stderr);
			if (code !== 0 || !rss) {
				reject(new Error(`duizhao annotate exited ${code}: ${stderr.trim()}`));
				return;
			}
			resolve({ seconds, outBytes, outLines, rssKb: Number(rss[1]) });
		});
	});
}

try {
	console.log(
		`input: ${(bytes / 1024 / 1024).toFixed(2)} MB, ${lines.toLocaleString('en')} lines, ${chars.toLocaleString('en')} characters (${paragraphs.length} paragraphs x ${copies})`
	);
	const runs = [];
	for (let i = 0; i < 3; i++) runs.push(await runOnce());
	const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
	const expectedLines = values.format === 'html' ? lines + 17 : lines;
	if (best.outLines !== expectedLines) {
		throw new Error(`expected ${expectedLines} output lines, got ${best.outLines}`);
	}
	console.log(
		`duizhao annotate --format ${values.format}: best of ${runs.length} ${best.seconds.toFixed(2)} s ` +
			`(runs: ${runs.map((r) => r.seconds.toFixed(2)).join(', ')} s, process start and glossary included)`
	);
	console.log(
		`speed: ${(bytes / 1024 / 1024 / best.seconds).toFixed(2)} MB/s, ${Math.round(chars / best.seconds).toLocaleString('en')} characters/s`
	);
	console.log(
		`output: ${(best.outBytes / 1024 / 1024).toFixed(1)} MB; peak RSS of the child: ${(Math.max(...runs.map((r) => r.rssKb)) / 1024).toFixed(0)} MB`
	);
	console.log(
		`target: 1 MB in under 5 s: ${(best.seconds / (bytes / 1024 / 1024)).toFixed(2)} s per MB`
	);
} finally {
	rmSync(dir, { recursive: true, force: true });
}
