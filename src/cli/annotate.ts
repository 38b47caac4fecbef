/**
 * `duizhao annotate [file]`: the engine as a command. Reads UTF-8 text from the file (or
 * standard input), annotates it line by line as the reader pages do (CC-CEDICT words and the
 * project's glossary), and streams the result to standard output as JSON lines, pinyin text
 * or an HTML page with <ruby>.
 */
import { createReadStream, fstatSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Readable, Writable } from 'node:stream';
import { termIndex } from '../lib/engine/annotate.ts';
import type { AnnotateOptions, TermIndex } from '../lib/engine/types.ts';
import { readerAnnotator, readerData } from '../lib/server/annotator.ts';
import { ContentError } from '../lib/server/content-error.ts';
import { loadGlossary } from '../lib/server/content.ts';
import { formsOf } from '../lib/server/glossary.ts';
import { TermForms } from '../lib/server/term-forms.ts';
import { FORMATS, HTML_FOOT, RENDER, htmlHead, type Format } from './formats.ts';
import { InputError, LineSplitter } from './lines.ts';

export const ANNOTATE_USAGE = `Usage: duizhao annotate [options] [file]

Annotate Chinese text with pinyin, read in context. Reads UTF-8 text from file, or from
standard input when no file (or -) is given, and writes to standard output, line by line.

Options:
  -f, --format FORMAT  jsonl (default): one {"tokens":[...]} object per input line
                       text: the pinyin, words separated by spaces, punctuation kept,
                       a character with no reading as itself
                       html: a standalone HTML page with <ruby> annotation
      --no-glossary    do not read glossary terms with the glossary's pinyin
      --citation-tones write 一 and 不 in their citation tones (yī, bù), not with
                       their tone changes (yí bù, bú duàn; the default)
      --full-tones     write a word's neutral tones with the character's own tone
                       (知识 zhī shí, as in Taiwan), not as heard in Beijing
                       (zhī shi; the default); particles and suffixes (的, 了,
                       桌子) stay neutral
  -h, --help           show this help

Exit status: 0 on success, 1 when the input cannot be read (missing file, directory,
binary file, invalid UTF-8), 2 on a usage error.
`;

/** A failure to report as one line on standard error, with an exit status. */
export class CliError extends Error {
	readonly status: number;
	constructor(message: string, status: number) {
		super(message);
		this.name = 'CliError';
		this.status = status;
	}
}

/** Where the project's content lives: `DUIZHAO_CONTENT`, else beside this source tree. */
function projectContent(): string {
	return (
		process.env.DUIZHAO_CONTENT ??
		path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../translations')
	);
}

/** The glossary's forms, indexed as the reader pages use them. */
export function glossaryTerms(root = projectContent()): TermIndex {
	try {
		const entries = loadGlossary(root);
		// Said as the reader pages say them (五位一体 wǔ wèi yì tǐ).
		const forms = new TermForms(readerData());
		return termIndex(
			entries.flatMap((e) =>
				formsOf(e).map((f) => ({ text: f.zh, pinyin: forms.spoken(f.zh, f.pinyin), term: e.id }))
			)
		);
	} catch (error) {
		const detail =
			error instanceof ContentError
				? `${error.problems.length} problem(s), first: ${error.message.split('\n')[0] ?? ''}`
				: error instanceof Error
					? error.message
					: String(error);
		throw new CliError(`cannot load the glossary (${detail}); use --no-glossary to skip it`, 1);
	}
}

interface Parsed {
	format: Format;
	glossary: boolean;
	/** 一 and 不 with their tone changes (false: citation tones). */
	toneChanges: boolean;
	/** Lexical neutral tones as heard (false: the character's full tone). */
	neutralTones: boolean;
	help: boolean;
	file: string | undefined;
}

export function parseAnnotateArgs(args: string[]): Parsed {
	let values, positionals;
	try {
		({ values, positionals } = parseArgs({
			args,
			allowPositionals: true,
			strict: true,
			options: {
				format: { type: 'string', short: 'f', default: 'jsonl' },
				'no-glossary': { type: 'boolean', default: false },
				'citation-tones': { type: 'boolean', default: false },
				'full-tones': { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const option = /option '([^']+)'/i.exec(message)?.[1];
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option
				? `unknown option ${option} (see --help)`
				: `${message.split('. ')[0] ?? message} (see --help)`,
			2
		);
	}
	const format = values.format;
	if (!(FORMATS as readonly string[]).includes(format)) {
		throw new CliError(`unknown format "${format}": use one of ${FORMATS.join(', ')}`, 2);
	}
	if (positionals.length > 1) {
		throw new CliError(`one file at a time (got ${positionals.length}: see --help)`, 2);
	}
	return {
		format: format as Format,
		glossary: !values['no-glossary'],
		toneChanges: !values['citation-tones'],
		neutralTones: !values['full-tones'],
		help: values.help,
		file: positionals[0] === '-' ? undefined : positionals[0]
	};
}

/**
 * Whether standard input is a directory (`duizhao annotate < somedir`): Node reads one as an
 * empty stream, without an error.
 */
function stdinIsDirectory(stdin: Readable): boolean {
	const fd = (stdin as Readable & { fd?: unknown }).fd;
	if (typeof fd !== 'number') return false;
	try {
		return fstatSync(fd).isDirectory();
	} catch {
		return false; // not a file descriptor to ask about: read it as it comes
	}
}

/** Open the input, refusing what is not a readable file before any output is written. */
function openInput(file: string | undefined, stdin: Readable): Readable {
	if (file === undefined) {
		if (stdinIsDirectory(stdin)) throw new CliError('standard input: is a directory', 1);
		return stdin;
	}
	let isDirectory: boolean;
	try {
		isDirectory = statSync(file).isDirectory();
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw new CliError(
			`${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`}`,
			1
		);
	}
	if (isDirectory) throw new CliError(`${file}: is a directory`, 1);
	return createReadStream(file, { highWaterMark: 64 * 1024 });
}

/** Write, waiting for the stream to drain when its buffer is full. */
async function write(out: Writable, text: string): Promise<void> {
	if (text === '' || out.write(text)) return;
	await new Promise<void>((resolve, reject) => {
		const done = (error?: Error) => {
			out.off('drain', done);
			out.off('error', done);
			if (error) reject(error);
			else resolve();
		};
		out.on('drain', done);
		out.on('error', done);
	});
}

export interface Io {
	stdin: Readable;
	stdout: Writable;
}

/** Run `annotate` with `args`; throws CliError for anything the user should be told. */
export async function runAnnotate(args: string[], io: Io): Promise<void> {
	const parsed = parseAnnotateArgs(args);
	if (parsed.help) {
		await write(io.stdout, ANNOTATE_USAGE);
		return;
	}
	const name = parsed.file ?? 'standard input';
	const input = openInput(parsed.file, io.stdin);
	// As the reader pages read: CC-CEDICT, the learned readings and the glossary's terms.
	const annotator = readerAnnotator(parsed.glossary ? glossaryTerms() : undefined);
	const options: AnnotateOptions = {
		toneChanges: parsed.toneChanges,
		neutralTones: parsed.neutralTones
	};
	const render = RENDER[parsed.format];
	const lines = new LineSplitter();
	const annotateLines = (batch: string[]) =>
		batch.map((line) => render(annotator.annotate(line, options))).join('');

	let started = false;
	const begin = async () => {
		if (started) return;
		started = true;
		if (parsed.format === 'html') await write(io.stdout, htmlHead(path.basename(name)));
	};
	try {
		for await (const chunk of input) {
			const batch = lines.push(chunk as Uint8Array);
			await begin();
			await write(io.stdout, annotateLines(batch));
		}
		const rest = lines.end();
		await begin();
		await write(io.stdout, annotateLines(rest));
	} catch (error) {
		if (error instanceof InputError) throw new CliError(`${name}: ${error.message}`, 1);
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'EISDIR') throw new CliError(`${name}: is a directory`, 1);
		if (code) throw new CliError(`${name}: cannot read (${code})`, 1);
		throw error;
	}
	if (parsed.format === 'html') await write(io.stdout, HTML_FOOT);
}
