/**
 * `npm run learn:polyphones [-- --data DIR] [-- --folds N]`: learns the readings of lone
 * polyphonic characters from the CPP data's tuning slice and writes
 * src/lib/server/polyphones.json, which the reader and the CLI read with (learned.ts). The
 * held-out slice is dropped before anything else is done with the data, so the accuracy
 * `npm run bench:pinyin` reports on it stays a measurement of text the model never saw.
 *
 * What is learned, from the sentences where our engine (CC-CEDICT, rules, no model) leaves
 * the tested character standing alone, and kept only where the examples agree:
 * - pairs: the character with the one before it (庙阆 → láng) or after it (阆州): at least
 *   2 examples, all with the same reading, at least one of them read wrong without it;
 * - the character's usual reading alone: at least 2 examples and 3 in 4 with that reading,
 *   and more of them right with it than as the engine reads them now.
 * With --folds N it first prints an N-fold cross-validated accuracy on the tuning slice
 * (learn on N−1 parts, read the last), the estimate to trust before the held-out slice;
 * --full reads lexical neutral tones in full, as the data writes them; --errors lists the
 * sentences read wrong (a study aid: tuning slice only).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createAnnotator, type Annotator, type AnnotatorData } from '../lib/engine/annotator.ts';
import type { PolyphoneModel } from '../lib/engine/learned.ts';
import { toMarked } from '../lib/engine/syllable.ts';
import type { AnnotateOptions } from '../lib/engine/types.ts';
import { readerData } from '../lib/server/annotator.ts';
import { DEFAULT_DATA_DIR, loadCpp, normalise, type CppItem } from './cpp-data.ts';
import { writeServerJson } from './write-json.ts';

const MIN_EXAMPLES = 2;
const MIN_SHARE = 0.75;

export const MODEL_SOURCE =
	'CPP polyphone data (Park & Lee 2020, kakaobrain/g2pM, Apache-2.0), dev split, tuning slice';

/** What the engine does with one tested character, without a model. */
export interface Seen {
	item: CppItem;
	alone: boolean;
	predicted: string;
}

/** The tested character's token and its reading (tone numbers) as `annotator` reads the sentence. */
function read(
	item: CppItem,
	annotator: Annotator,
	options: AnnotateOptions = {}
): { alone: boolean; predicted: string } {
	let at = 0;
	for (const token of annotator.annotate(item.sentence, options)) {
		const width = Array.from(token.text).length;
		if (item.at < at + width) {
			return {
				alone: width === 1 && token.kind === 'word' && !token.term,
				predicted: normalise(token.pinyinNum?.[item.at - at] ?? '')
			};
		}
		at += width;
	}
	return { alone: false, predicted: '' };
}

/** Count readings per key. */
function tally(seen: readonly Seen[], key: (s: Seen) => string): Map<string, Seen[]> {
	const groups = new Map<string, Seen[]>();
	for (const s of seen) {
		const k = key(s);
		groups.set(k, [...(groups.get(k) ?? []), s]);
	}
	return groups;
}

function majority(group: readonly Seen[]): [string, number] {
	const counts = new Map<string, number>();
	for (const { item } of group) counts.set(item.gold, (counts.get(item.gold) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ['', 0];
}

const chars = (item: CppItem) => Array.from(item.sentence);

/** Learn a model from the tuning examples the engine leaves alone. */
export function learn(seen: readonly Seen[]): PolyphoneModel {
	const alone = seen.filter((s) => s.alone);
	const pairs = (key: (s: Seen) => string): Record<string, string> => {
		const out: Record<string, string> = {};
		for (const [k, group] of tally(alone, key)) {
			const [reading, n] = majority(group);
			if (n >= MIN_EXAMPLES && n === group.length && group.some((s) => s.predicted !== reading)) {
				out[k] = toMarked(reading);
			}
		}
		return out;
	};
	const after = pairs((s) => (chars(s.item)[s.item.at - 1] ?? '') + s.item.char);
	const before = pairs((s) => s.item.char + (chars(s.item)[s.item.at + 1] ?? ''));
	const usual: Record<string, string> = {};
	for (const [ch, group] of tally(alone, (s) => s.item.char)) {
		const [reading, n] = majority(group);
		const rightNow = group.filter((s) => s.predicted === s.item.gold).length;
		if (n >= MIN_EXAMPLES && n / group.length >= MIN_SHARE && n > rightNow) {
			usual[ch] = toMarked(reading);
		}
	}
	const sorted = (r: Record<string, string>) =>
		Object.fromEntries(Object.entries(r).sort(([a], [b]) => a.localeCompare(b)));
	return {
		source: MODEL_SOURCE,
		after: sorted(after),
		before: sorted(before),
		alone: sorted(usual)
	};
}

/** What the engine (CC-CEDICT, rules, no model) does with each tuning sentence's tested character. */
export function observe(tuning: readonly CppItem[], base: Annotator): Seen[] {
	return tuning.map((item) => ({ item, ...read(item, base) }));
}

/**
 * N-fold cross-validation: learn on N−1 parts of the tuning slice, read the last with an
 * annotator of `data` plus that model, and `options`. Returns how many sentences were right,
 * and the ones read wrong.
 */
export function crossValidate(
	seen: readonly Seen[],
	folds: number,
	data: AnnotatorData,
	options: AnnotateOptions = {}
): { right: number; wrong: { item: CppItem; predicted: string }[] } {
	let right = 0;
	const wrong: { item: CppItem; predicted: string }[] = [];
	for (let f = 0; f < folds; f++) {
		const annotator = createAnnotator({
			...data,
			polyphones: learn(seen.filter((_, i) => i % folds !== f))
		});
		for (const s of seen.filter((_, i) => i % folds === f)) {
			const { predicted } = read(s.item, annotator, options);
			if (predicted === s.item.gold) right++;
			else wrong.push({ item: s.item, predicted });
		}
	}
	return { right, wrong };
}

const isMain = process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
	let values;
	try {
		({ values } = parseArgs({
			options: {
				data: { type: 'string' },
				folds: { type: 'string' },
				full: { type: 'boolean' },
				errors: { type: 'boolean' }
			}
		}));
	} catch (error) {
		console.error(
			`learn:polyphones: ${(error as Error).message} (options: --data DIR, --folds N, --full, --errors)`
		);
		process.exit(2);
	}
	let tuning: CppItem[];
	try {
		tuning = loadCpp(path.resolve(values.data ?? DEFAULT_DATA_DIR)).filter((i) => !i.heldOut);
	} catch (error) {
		console.error(`learn:polyphones: ${(error as Error).message}`);
		process.exit(1);
	}
	const data = readerData({ polyphones: false });
	const base = createAnnotator(data);
	const seen = observe(tuning, base);
	// Full tones change only syllables inside words, never a lone character's: the model is
	// the same either way, only the accuracy it is judged by differs.
	const judged: AnnotateOptions = values.full ? { neutralTones: false } : {};

	const folds = Number(values.folds ?? 0);
	if (folds > 1) {
		const before = tuning.filter((item) => read(item, base, judged).predicted === item.gold).length;
		const { right, wrong } = crossValidate(seen, folds, data, judged);
		if (values.errors) {
			for (const { item, predicted } of wrong) {
				console.log(`${item.line}\t${item.char} ${item.gold} → ${predicted}\t${item.sentence}`);
			}
		}
		const pct = (n: number) => `${((100 * n) / seen.length).toFixed(2)}%`;
		console.log(
			`${folds}-fold cross-validation on the tuning slice (${seen.length} sentences): ` +
				`${pct(before)} without the model, ${pct(right)} with it`
		);
	}

	const model = learn(seen);
	const out = await writeServerJson('polyphones.json', model);
	console.log(
		`${Object.keys(model.after).length + Object.keys(model.before).length} pairs and ` +
			`${Object.keys(model.alone).length} lone readings from ${seen.length} tuning sentences written to ${out}`
	);
}
