/**
 * A text -> a document file in the translations/documents/ format (see README "Adding a
 * document"), written with the `yaml` package so that any text is quoted right, and shaped so
 * that `npm run validate` accepts it (src/lib/server/documents.ts is the schema).
 *
 * Chinese-only text: a sentence without English is written without `en` (the schema takes
 * that; the reader shows no English for it). The schema requires an English title, so a
 * missing one is written as `UNTRANSLATED`, a visible marker that a translator searches for
 * and replaces.
 *
 * A sentence the schema would refuse for having no Chinese characters ("2013", "——") is joined
 * to the sentence before it (or after it, if it comes first); a paragraph with no Chinese at
 * all is left out. Both are reported.
 */
import { Document, Scalar } from 'yaml';
import { problem, type ImportProblem } from './problems.ts';
import type { Pairing } from './pair.ts';
import { joinLines, trimText, withoutControls } from './text.ts';

/** Written where the title has no English yet. */
export const UNTRANSLATED = '(not yet translated)';

export interface DraftSentence {
	zh: string;
	en?: string;
}

export interface DocumentDraft {
	title: { zh: string; en?: string };
	/** The source's date, YYYY-MM-DD (the schema requires one; use the import's day if unknown). */
	date: string;
	publisher?: string;
	url?: string;
	note?: string;
	licence?: string;
	translator?: string;
	/** The translator's notes on the text. */
	notes?: readonly string[];
	paragraphs: readonly (readonly DraftSentence[])[];
	overrides?: { pinyin?: Readonly<Record<string, string>>; words?: readonly string[] };
	/** Comment lines at the top of the file (where the text came from). */
	comment?: string;
}

export type DocumentYamlResult =
	| {
			ok: true;
			yaml: string;
			/** How many sentence pairs, and how many of them have no English. */
			sentences: number;
			untranslated: number;
			warnings: ImportProblem[];
	  }
	| { ok: false; problems: ImportProblem[] };

const HAN = /\p{Script=Han}/u;

/** Pairs as the schema takes them: trimmed, each with Chinese characters. */
function cleanParagraph(
	sentences: readonly DraftSentence[],
	paragraph: number,
	warnings: ImportProblem[]
): DraftSentence[] {
	const out: DraftSentence[] = [];
	let pending: DraftSentence | undefined;
	const join = (a: DraftSentence, b: DraftSentence): DraftSentence => {
		const en = [a.en, b.en].map((e) => trimText(e ?? '')).filter(Boolean);
		return { zh: joinLines([a.zh, b.zh]), ...(en.length ? { en: en.join(' ') } : {}) };
	};
	for (const raw of sentences) {
		const s: DraftSentence = {
			zh: trimText(raw.zh),
			...(raw.en !== undefined && trimText(raw.en) ? { en: trimText(raw.en) } : {})
		};
		if (!s.zh) continue;
		if (HAN.test(s.zh)) {
			out.push(pending ? join(pending, s) : s);
			pending = undefined;
			continue;
		}
		warnings.push(problem('no-chinese-sentence', { paragraph, text: s.zh }));
		const last = out.at(-1);
		if (last) out[out.length - 1] = join(last, s);
		else pending = pending ? join(pending, s) : s;
	}
	if (pending) warnings.push(problem('no-chinese-paragraph', { paragraph }));
	return out;
}

/** A string the YAML writes in double quotes, whatever it holds (dates, as the seed has them). */
function quoted(value: string): Scalar {
	const s = new Scalar(value);
	s.type = Scalar.QUOTE_DOUBLE;
	return s;
}

/** Write a document file's YAML. Bad input (no title, no date, no Chinese) gives problems. */
export function documentYaml(draft: DocumentDraft): DocumentYamlResult {
	const problems: ImportProblem[] = [];
	const titleZh = trimText(draft.title.zh);
	if (!titleZh) problems.push(problem('no-title'));
	if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date))
		problems.push(problem('bad-date', { date: draft.date }));
	const warnings: ImportProblem[] = [];
	const paragraphs = draft.paragraphs
		.map((p, i) => cleanParagraph(p, i + 1, warnings))
		.filter((p) => p.length > 0);
	if (paragraphs.length === 0) problems.push(problem('no-chinese'));
	if (problems.length > 0) return { ok: false, problems };

	let untranslated = 0;
	const pairs = paragraphs.map((p) =>
		p.map((s) => {
			if (s.en === undefined) untranslated++;
			return s.en === undefined ? { zh: s.zh } : { zh: s.zh, en: s.en };
		})
	);
	if (untranslated > 0) warnings.push(problem('untranslated', { count: untranslated }));
	const optional = (key: string, value: string | undefined) => {
		const v = trimText(value ?? '');
		return v ? { [key]: v } : {};
	};
	const overrides = {
		...(draft.overrides?.pinyin && Object.keys(draft.overrides.pinyin).length > 0
			? { pinyin: { ...draft.overrides.pinyin } }
			: {}),
		...(draft.overrides?.words && draft.overrides.words.length > 0
			? { words: [...draft.overrides.words] }
			: {})
	};
	const notes = (draft.notes ?? []).map((n) => trimText(n)).filter(Boolean);
	const content = {
		title: { zh: titleZh, en: trimText(draft.title.en ?? '') || UNTRANSLATED },
		source: {
			...optional('publisher', draft.publisher),
			date: quoted(draft.date),
			language: 'zh',
			...optional('url', draft.url),
			...optional('note', draft.note)
		},
		...optional('licence', draft.licence),
		...optional('translator', draft.translator),
		...(notes.length > 0 ? { notes } : {}),
		...(Object.keys(overrides).length > 0 ? { overrides } : {}),
		paragraphs: pairs
	};
	const doc = new Document(content);
	if (draft.comment) {
		// One comment line per line; no control characters (a comment cannot hold them).
		doc.commentBefore = withoutControls(draft.comment, ' ')
			.replace(/[\t\r\u0080-\u009f\u2028\u2029]/g, ' ')
			.split('\n')
			.map((line) => ` ${line.trim()}`)
			.join('\n');
	}
	const yaml = doc.toString({ lineWidth: 0, indent: 2 });
	const sentences = pairs.reduce((n, p) => n + p.length, 0);
	return { ok: true, yaml, sentences, untranslated, warnings };
}

/** The paragraphs of a pairing as a draft's paragraphs. */
export function draftParagraphs(pairing: Pairing): DraftSentence[][] {
	return pairing.paragraphs.map((p) => p.pairs.map((s) => ({ ...s })));
}
