/**
 * The CPP polyphone data (Park & Lee 2020, Apache-2.0; see ../shared/data/cpp-dev/README.md):
 * dev.sent has the tested character between U+2581 markers, dev.lb its gold reading in tone
 * numbers with ü as `u:`. One split for everything that reads it: every 5th line (line
 * numbers 5, 10, 15, …) is the held-out slice, kept for the final accuracy line only; the
 * rest is the tuning slice, the only part rules were studied on and statistics learned from.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const MARK = '\u2581';
export const HELD_OUT_EVERY = 5;

export interface CppItem {
	/** 1-based line number in dev.sent. */
	line: number;
	sentence: string;
	/** Index of the tested character, in code points. */
	at: number;
	char: string;
	/** The gold reading, normalised (tone numbers, neutral 5, ü as v). */
	gold: string;
	heldOut: boolean;
}

/** Where the data is unless `--data DIR` says otherwise: ../shared/data/cpp-dev beside the project. */
export const DEFAULT_DATA_DIR = path.resolve(
	path.dirname(fileURLToPath(import.meta.url)),
	'../../../shared/data/cpp-dev'
);

/** Tone numbers, neutral 5, ü as v: how both the gold and our output are compared. */
export function normalise(reading: string): string {
	return reading.trim().toLowerCase().replaceAll('u:', 'v').replaceAll('ü', 'v');
}

/** Why `dataDir` holds no readable CPP data, or undefined if it is a folder. */
function folderProblem(dataDir: string): string | undefined {
	try {
		return statSync(dataDir).isDirectory() ? undefined : 'not a folder';
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		return code === 'ENOENT' ? 'no such folder' : `cannot read it: ${code ?? String(error)}`;
	}
}

/**
 * The data is missing or unreadable: one line that says what is needed, where it is looked
 * for and how to give another folder (the commands print it as it is, without a stack trace).
 */
export function missingData(dataDir: string, problem: string): Error {
	return new Error(
		`no CPP polyphone data in ${dataDir} (${problem}): it needs the folder that holds dev.sent ` +
			`and dev.lb, by default ${DEFAULT_DATA_DIR} (../shared/data/cpp-dev beside the project); ` +
			'give another with --data DIR'
	);
}

function readData(dataDir: string, name: string): string {
	try {
		return readFileSync(path.join(dataDir, name), 'utf8');
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		throw missingData(dataDir, code === 'ENOENT' ? `no ${name} in it` : `${name}: ${code}`);
	}
}

/** Both slices, in file order. Throws an Error naming the file and line on malformed data. */
export function loadCpp(dataDir: string, limit = Infinity): CppItem[] {
	const problem = folderProblem(dataDir);
	if (problem) throw missingData(dataDir, problem);
	const sentences = readData(dataDir, 'dev.sent').split('\n');
	const labels = readData(dataDir, 'dev.lb').split('\n');
	const items: CppItem[] = [];
	for (let i = 0; i < sentences.length && i < limit; i++) {
		const marked = Array.from(sentences[i] ?? '');
		if (marked.length === 0) continue;
		const at = marked.indexOf(MARK);
		const gold = labels[i]?.trim() ?? '';
		if (at < 0 || marked[at + 2] !== MARK || !gold) {
			throw new Error(
				`${path.join(dataDir, 'dev.sent')}:${i + 1}: expected one character between two ${MARK} markers and a reading on the same line of dev.lb`
			);
		}
		items.push({
			line: i + 1,
			sentence: marked.filter((c) => c !== MARK).join(''),
			at,
			char: marked[at + 1] ?? '',
			gold: normalise(gold),
			heldOut: (i + 1) % HELD_OUT_EVERY === 0
		});
	}
	return items;
}
