/**
 * `npm run new-document -- text.txt [--translation en.txt] [--id ID] [--title TITLE] …`: write a
 * document file (translations/documents/<id>.yaml) from a Chinese text and, optionally, its
 * English translation, in any encoding src/lib/import/decode.ts reads. Sentences pair as
 * src/lib/import/pair.ts pairs them. Prints the encodings found and a warning for every
 * mismatch; refuses to overwrite a file without --force. Errors are one line each
 * (`file:line: what is wrong` where there is a line) and a non-zero exit status.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ENCODING_NAMES, ENCODINGS, isEncoding, type Encoding } from '../lib/import/decode.ts';
import { documentYaml, draftParagraphs } from '../lib/import/document-yaml.ts';
import { importFile, type ImportedText } from '../lib/import/formats.ts';
import { DOCUMENT_ID, documentId, takeTitle } from '../lib/import/id.ts';
import { pairTexts } from '../lib/import/pair.ts';
import { formatImportProblem, type ImportProblem } from '../lib/import/problems.ts';

const USAGE = `Usage: npm run new-document -- <text> [options]

Write translations/documents/<id>.yaml from a Chinese text (.txt, .md, .srt, .vtt or
.epub; UTF-8, UTF-16 with a byte-order mark, GB18030/GBK or Big5, detected) and,
optionally, its English translation. Paragraphs are separated by blank lines (a text
with none has a paragraph a line). Each Chinese sentence is paired with its English
where a paragraph has as many sentences in both; otherwise the paragraph is one pair.

Options:
  -t, --translation FILE   the English translation, paragraph for paragraph
      --id ID              the document id and file name (lowercase letters, digits,
                           hyphens); default: from the English title, else
                           text-<date>-<hash>
      --title TITLE        the Chinese title (default: a heading-like first paragraph,
                           a Markdown heading or an EPUB title, else the first sentence)
      --title-en TITLE     the English title (default: the translation's heading)
      --date YYYY-MM-DD    the source's date (default: today)
      --encoding ENC       read the text in ENC, not the one detected
      --translation-encoding ENC
                           the same for the translation
                           (ENC: ${ENCODINGS.join(', ')})
      --out FILE           write FILE instead of translations/documents/<id>.yaml
      --force              overwrite an existing file
  -h, --help               show this help

Then run \`npm run validate\`. Exit status: 0 when the file is written (warnings are
printed to standard error), 1 when an input cannot be read or the file exists, 2 on a
usage error.
`;

class CliError extends Error {
	readonly status: number;
	constructor(message: string, status = 1) {
		super(message);
		this.status = status;
	}
}

/** Where documents go: `DUIZHAO_CONTENT`/documents, else translations/documents. */
function documentsDir(): string {
	return path.join(process.env.DUIZHAO_CONTENT ?? 'translations', 'documents');
}

function today(): string {
	const d = new Date();
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function encodingOption(value: string | undefined, option: string): Encoding | undefined {
	if (value === undefined) return undefined;
	const name = value.toLowerCase();
	const aliases: Record<string, Encoding> = {
		utf8: 'utf-8',
		gbk: 'gb18030',
		gb2312: 'gb18030',
		'utf-16': 'utf-16le',
		cp1252: 'windows-1252'
	};
	const encoding = aliases[name] ?? name;
	if (!isEncoding(encoding)) {
		throw new CliError(`${option} "${value}": use one of ${ENCODINGS.join(', ')}`, 2);
	}
	return encoding;
}

/** Read and parse one input file, or fail with its problems, one line each. */
function readInput(file: string, encoding: Encoding | undefined): ImportedText {
	let bytes: Uint8Array;
	try {
		if (statSync(file).isDirectory()) throw new CliError(`${file}: is a directory, not a file`);
		bytes = new Uint8Array(readFileSync(file));
	} catch (error) {
		if (error instanceof CliError) throw error;
		const code = (error as NodeJS.ErrnoException).code;
		const why =
			code === 'ENOENT'
				? 'no such file'
				: code === 'EACCES'
					? 'permission denied'
					: String(code ?? error);
		throw new CliError(`${file}: cannot read it: ${why}`);
	}
	const result = importFile(path.basename(file), bytes, encoding ? { encoding } : {});
	if (!result.ok) {
		throw new CliError(result.problems.map((p) => formatImportProblem(file, p)).join('\n'));
	}
	return result.text;
}

/** `GB18030`, with the alternatives and how to choose one. */
function describeDecoding(text: ImportedText, option: string): string {
	const d = text.decoding;
	if (!d) return text.format === 'epub' ? 'EPUB' : 'UTF-8';
	const name = ENCODING_NAMES[d.encoding] + (d.bom ? ' with a byte-order mark' : '');
	const sure = d.confidence === 'guess' ? ' (a guess: the text is short or ambiguous)' : '';
	const others =
		d.alternatives.length > 0
			? `; it also reads as ${d.alternatives.map((e) => ENCODING_NAMES[e]).join(', ')} (${option} to choose)`
			: '';
	return `${name}${sure}${others}`;
}

function main(argv: string[]): number {
	let values, positionals;
	try {
		({ values, positionals } = parseArgs({
			args: argv,
			allowPositionals: true,
			strict: true,
			options: {
				translation: { type: 'string', short: 't' },
				id: { type: 'string' },
				title: { type: 'string' },
				'title-en': { type: 'string' },
				date: { type: 'string' },
				encoding: { type: 'string' },
				'translation-encoding': { type: 'string' },
				out: { type: 'string' },
				force: { type: 'boolean', default: false },
				help: { type: 'boolean', short: 'h', default: false }
			}
		}));
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const option = /^Option '([^']+)' argument is ambiguous/.exec(message)?.[1];
		throw new CliError(
			option
				? `${option} needs a value; one that starts with - goes after = (${option}=-value)`
				: `${message.split('. ')[0] ?? message} (see --help)`,
			2
		);
	}
	if (values.help) {
		process.stdout.write(USAGE);
		return 0;
	}
	if (positionals.length !== 1) {
		throw new CliError(
			positionals.length === 0
				? 'name the Chinese text file (see --help)'
				: `one text file at a time, not ${positionals.length} (the translation goes after --translation)`,
			2
		);
	}
	const date = values.date ?? today();
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) {
		throw new CliError(`--date "${date}": write the date YYYY-MM-DD`, 2);
	}
	if (values.id !== undefined && !DOCUMENT_ID.test(values.id)) {
		throw new CliError(
			`--id "${values.id}": use lowercase letters, digits and single hyphens (as in a-spring-morning)`,
			2
		);
	}
	const textFile = positionals[0] ?? '';
	const encoding = encodingOption(values.encoding, '--encoding');
	const translationEncoding = encodingOption(
		values['translation-encoding'],
		'--translation-encoding'
	);

	const zh = readInput(textFile, encoding);
	console.log(`${textFile}: ${describeDecoding(zh, '--encoding')}`);
	if (!zh.paragraphs.some((p) => /\p{Script=Han}/u.test(p.text))) {
		throw new CliError(`${textFile}: the text has no Chinese characters (is it the translation?)`);
	}
	const enFile = values.translation;
	const en = enFile === undefined ? undefined : readInput(enFile, translationEncoding);
	if (en && enFile) console.log(`${enFile}: ${describeDecoding(en, '--translation-encoding')}`);

	const warnings: string[] = [];
	const warn = (file: string, p: ImportProblem) =>
		warnings.push(formatImportProblem(file, p).replace(/: /, ': warning: '));
	for (const w of zh.warnings) warn(textFile, w);
	if (en && enFile) for (const w of en.warnings) warn(enFile, w);

	// Titles: given, else the file's own (Markdown, EPUB), else a heading-like first paragraph.
	let zhParagraphs = zh.paragraphs;
	let titleZh = values.title ?? zh.title;
	if (titleZh === undefined) {
		const taken = takeTitle(zhParagraphs);
		if (taken.title !== undefined) {
			titleZh = taken.title;
			zhParagraphs = taken.rest;
		}
	}
	let enParagraphs = en?.paragraphs;
	let titleEn = values['title-en'] ?? en?.title;
	if (en && enParagraphs && titleEn === undefined && zhParagraphs !== zh.paragraphs) {
		// The Chinese began with its title: so, most likely, does the translation.
		const taken = takeTitle(enParagraphs);
		if (taken.title !== undefined) {
			titleEn = taken.title;
			enParagraphs = taken.rest;
		}
	}
	const pairing = pairTexts(zhParagraphs, enParagraphs);
	if (titleZh === undefined || titleZh.trim() === '') {
		const first = pairing.paragraphs[0]?.pairs[0]?.zh ?? '';
		const chars = Array.from(first);
		titleZh = chars.length > 30 ? `${chars.slice(0, 30).join('')}…` : first;
		console.log(`title: ${titleZh} (the first sentence; --title to give one)`);
	}
	for (const w of pairing.warnings) warn(w.inTranslation && enFile ? enFile : textFile, w);

	const id =
		values.id ??
		documentId(
			titleEn?.trim() ? titleEn : titleZh,
			date,
			zhParagraphs.map((p) => p.text).join('\n')
		);
	const out = values.out ?? path.join(documentsDir(), `${id}.yaml`);
	if (existsSync(out) && !values.force) {
		throw new CliError(
			`${out}: already exists; use --force to overwrite it, or --id to choose another id`
		);
	}
	const sources = [textFile, enFile]
		.flatMap((f, i) => {
			const text = i === 0 ? zh : en;
			return f && text ? [`${path.basename(f)} (${describeDecoding(text, '').split(';')[0]})`] : [];
		})
		.join(' and ');
	const result = documentYaml({
		title: { zh: titleZh, ...(titleEn ? { en: titleEn } : {}) },
		date,
		paragraphs: draftParagraphs(pairing),
		comment: `Written by npm run new-document from ${sources}. Check the pairs, then run npm run validate.`
	});
	if (!result.ok) {
		throw new CliError(result.problems.map((p) => formatImportProblem(textFile, p)).join('\n'));
	}
	for (const w of result.warnings) warn(out, w);
	for (const w of warnings) console.error(w);
	mkdirSync(path.dirname(out), { recursive: true });
	writeFileSync(out, result.yaml);
	const whole = pairing.paragraphs.filter((p) => p.status === 'paragraph').length;
	const notes = [
		whole > 0 ? `${whole} paragraph(s) paired as a whole` : '',
		result.untranslated > 0 ? `${result.untranslated} sentence(s) without English` : ''
	].filter(Boolean);
	const paragraphCount = result.yaml.match(/^ {2}- - /gm)?.length ?? 0;
	console.log(
		`wrote ${out}: ${paragraphCount} paragraph(s), ${result.sentences} sentence pair(s)${notes.length ? ` (${notes.join(', ')})` : ''}`
	);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (error) {
	if (!(error instanceof CliError)) {
		// A bug, not bad input: still one line, but say so.
		console.error(
			`new-document: internal error: ${error instanceof Error ? error.message : String(error)}`
		);
		process.exitCode = 70;
	} else {
		console.error(error.message);
		process.exitCode = error.status;
	}
}
