import type { Sentence } from './rules.ts';

/**
 * Readings of polyphonic characters learned from example sentences with gold readings (see
 * src/cli/learn-polyphones.ts, which writes them from the CPP data's tuning slice). They
 * decide only what nothing else has: a character that stands alone (no dictionary word, no
 * glossary term holds it) and that no grammar rule has read.
 */
export interface PolyphoneModel {
	/** Where the statistics came from, for the credits. */
	source: string;
	/** The character before and the character itself (`阆` after `庙`: `庙阆`) -> its reading. */
	after: Readonly<Record<string, string>>;
	/** The character itself and the one after it (`阆州`) -> the first one's reading. */
	before: Readonly<Record<string, string>>;
	/** The usual reading of a character that stands alone, where the examples agree. */
	alone: Readonly<Record<string, string>>;
}

/**
 * The model's reading for character `i` of `s`: the pair with the character before it, else
 * the pair with the character after it, else the character's usual reading alone.
 */
export function learnedReading(
	s: Pick<Sentence, 'chars'>,
	i: number,
	model: PolyphoneModel
): string | undefined {
	const ch = s.chars[i] ?? '';
	return (
		model.after[(s.chars[i - 1] ?? '') + ch] ??
		model.before[ch + (s.chars[i + 1] ?? '')] ??
		model.alone[ch]
	);
}

/** Per model: the characters it can read (to pass over the rest without building keys). */
const known = new WeakMap<PolyphoneModel, Set<string>>();
function knownChars(model: PolyphoneModel): Set<string> {
	let set = known.get(model);
	if (!set) {
		const chars = [
			...Object.keys(model.after).map((k) => Array.from(k)[1] ?? ''),
			...Object.keys(model.before).map((k) => Array.from(k)[0] ?? ''),
			...Object.keys(model.alone)
		];
		known.set(model, (set = new Set(chars)));
	}
	return set;
}

/** Read each undecided lone character by the model; changes `s.readings` in place. */
export function applyLearned(
	s: Sentence,
	decided: readonly boolean[],
	model: PolyphoneModel
): void {
	const chars = knownChars(model);
	s.chars.forEach((ch, i) => {
		if (!s.alone[i] || decided[i] || !chars.has(ch)) return;
		const reading = learnedReading(s, i, model);
		if (reading) s.readings[i] = reading;
	});
}
