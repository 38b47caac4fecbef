/**
 * The CPP polyphone data (Park & Lee 2020, Apache-2.0; see ../shared/data/cpp-dev/README.md):
 * dev.sent has the tested character between U+2581 markers, dev.lb its gold reading in tone
 * numbers with ü as `u:`. One split for everything that reads it: every 5th line (line
 * numbers 5, 10, 15, …) is the held-out slice, kept for the final accuracy line only; the
 * rest is the tuning slice, the only part rules were studied on and statistics learned from.
 */
import { readFileSync } from 'node:fs';
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

/** Both slices, in file order. Throws an Error naming the file and line on malformed data. */
export function loadCpp(dataDir: string, limit = Infinity): CppItem[] {
	let sentences: string[], labels: string[];
	try {
		sentences = readFileSync(path.join(dataDir, 'dev.sent'), 'utf8').split('\n');
		labels = readFileSync(path.join(dataDir, 'dev.lb'), 'utf8').split('\n');
	} catch (error) {
		throw new Error(
			`cannot read the CPP data in ${dataDir} (${(error as Error).message}); ` +
				'give its folder with --data DIR (it holds dev.sent and dev.lb)',
			{ cause: error }
		);
	}
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
