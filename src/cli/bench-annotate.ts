/**
 * `npm run bench:annotate [-- --mb N] [-- --format F]`: how fast `duizhao annotate` streams
 * a large file. Writes about N MB (default 1) of Chinese, the project's document sentences
 * repeated a paragraph per line, to a temporary file; runs the command on it as a user
 * would (a child process, output read and counted); prints MB/s and the child's peak
 * memory. Then the same for about N MB on one line without punctuation (the documents'
 * Chinese characters only), in each format: its time should stay near the punctuated
 * text's, as annotation is linear in its input. Prints; asserts nothing, except that every
 * input line came out.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadDocuments } from '../lib/server/content.ts';
import { isHan } from '../lib/engine/han.ts';
import { FORMATS, HTML_FOOT, htmlHead, type Format } from './formats.ts';

const { values } = parseArgs({
	options: {
		mb: { type: 'string', default: '1' },
		format: { type: 'string', default: 'jsonl' }
	}
});
const targetBytes = Number(values.mb) * 1024 * 1024;
if (!(targetBytes > 0)) throw new Error(`--mb must be a positive number, not ${values.mb}`);
if (!(FORMATS as readonly string[]).includes(values.format)) {
	throw new Error(`--format must be one of ${FORMATS.join(', ')}, not ${values.format}`);
}
const format = values.format as Format;

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

// The long line: the same Chinese without punctuation, digits, Latin or line ends.
const han = Array.from(paragraphs.join('')).filter(isHan);
const longChars = Math.round((targetBytes / Buffer.byteLength(han.join(''))) * han.length);
const longLine = Array.from({ length: longChars }, (_, i) => han[i % han.length]).join('');
const longFile = path.join(dir, 'long-line.txt');
writeFileSync(longFile, longLine + '\n');
const longBytes = statSync(longFile).size;

// --- One run of the command: wall time, output size and lines, peak memory (maxRSS).
function runOnce(
	input: string,
	as: Format
): Promise<{
	seconds: number;
	outBytes: number;
	outLines: number;
	rssKb: number;
}> {
	return new Promise((resolve, reject) => {
		const start = performance.now();
		const child = spawn(process.execPath, [cli, 'annotate', '--format', as, input], {
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

/** The lines of an HTML page around its paragraphs. */
const HTML_LINES = (htmlHead('input.txt') + HTML_FOOT).split('\n').length - 1;

/** The best of three runs, after checking that every input line came out. */
async function bestOf(input: string, as: Format, inputLines: number) {
	const runs = [];
	for (let i = 0; i < 3; i++) runs.push(await runOnce(input, as));
	const best = runs.reduce((a, b) => (b.seconds < a.seconds ? b : a));
	const expectedLines = as === 'html' ? inputLines + HTML_LINES : inputLines;
	if (best.outLines !== expectedLines) {
		throw new Error(`expected ${expectedLines} output lines, got ${best.outLines}`);
	}
	const rssMb = Math.max(...runs.map((r) => r.rssKb)) / 1024;
	return { ...best, runs: runs.map((r) => r.seconds), rssMb };
}

const mb = (n: number) => n / 1024 / 1024;

try {
	console.log(
		`input: ${mb(bytes).toFixed(2)} MB, ${lines.toLocaleString('en')} lines, ${chars.toLocaleString('en')} characters (${paragraphs.length} paragraphs x ${copies})`
	);
	const best = await bestOf(file, format, lines);
	console.log(
		`duizhao annotate --format ${format}: best of ${best.runs.length} ${best.seconds.toFixed(2)} s ` +
			`(runs: ${best.runs.map((s) => s.toFixed(2)).join(', ')} s, process start and glossary included)`
	);
	console.log(
		`speed: ${(mb(bytes) / best.seconds).toFixed(2)} MB/s, ${Math.round(chars / best.seconds).toLocaleString('en')} characters/s`
	);
	console.log(
		`output: ${mb(best.outBytes).toFixed(1)} MB; peak RSS of the child: ${best.rssMb.toFixed(0)} MB`
	);
	console.log(`target: 1 MB in under 5 s: ${(best.seconds / mb(bytes)).toFixed(2)} s per MB`);

	console.log(
		`\none line without punctuation: ${mb(longBytes).toFixed(2)} MB, ${longChars.toLocaleString('en')} characters (the same Chinese, no punctuation, digits, Latin or line ends)`
	);
	for (const as of FORMATS) {
		const long = await bestOf(longFile, as, 1);
		// Per MB, against the text above where it was read in the same format.
		const ratio =
			as === format
				? `; ${(long.seconds / mb(longBytes) / (best.seconds / mb(bytes))).toFixed(2)}x the time per MB of the text above`
				: '';
		console.log(
			`--format ${as.padEnd(5)} best of ${long.runs.length} ${long.seconds.toFixed(2)} s ` +
				`(runs: ${long.runs.map((s) => s.toFixed(2)).join(', ')} s), ` +
				`${(mb(longBytes) / long.seconds).toFixed(2)} MB/s, peak RSS ${long.rssMb.toFixed(0)} MB${ratio}`
		);
	}
} finally {
	rmSync(dir, { recursive: true, force: true });
}
