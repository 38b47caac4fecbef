/**
 * What the import page's boxes hold, paired (prepare.ts): the report the page shows of it, and
 * the text to annotate. Run in a Worker (src/lib/worker/draft.worker.ts) so that pairing a long
 * text never holds up the page; plain data in and out, as it crosses `postMessage`.
 */
import { documentId } from '../import/id.ts';
import { parseText } from '../import/formats.ts';
import type { PairStatus } from '../import/pair.ts';
import { problem, type ImportProblem } from '../import/problems.ts';
import type { Paragraph } from '../import/text.ts';
import type { TextInput } from '../worker/protocol.ts';
import { leftOut, prepare, textInput } from './prepare.ts';

export interface DraftRequest {
	zh: string;
	en: string;
	title: string;
	/** Pair with the English (false: go on with the Chinese alone). */
	withEnglish: boolean;
	/** YYYY-MM-DD, for the id the text would be kept by. */
	today: string;
	/** How many paragraphs' statuses the report lists. */
	listed: number;
	/** Whether to send back the text to annotate too (only to read it: it is the whole text). */
	withInput: boolean;
}

export interface DraftReport {
	title: { zh: string; en?: string };
	titleFromText: boolean;
	paragraphs: number;
	/** Paragraphs paired sentence by sentence, as a whole, Chinese only; and sentence pairs. */
	counts: { sentences: number; paragraph: number; chinese: number; pairs: number };
	/** The first `listed` paragraphs' statuses. */
	listed: { status: PairStatus; zhSentences: number; enSentences?: number; semicolons: boolean }[];
	/** The paragraph counts differ. */
	mismatch: ImportProblem | null;
	/** Paragraphs (1-based) with no Chinese, left out. */
	leftOut: number[];
	/** The id the text would be kept by (another, -2…, if it is taken). */
	id: string;
}

export type DraftResult =
	{ ok: false; problems: ImportProblem[] } | { ok: true; report: DraftReport; input?: TextInput };

const HAN = /\p{Script=Han}/u;

/** The Chinese as paragraphs, or why it cannot be read. */
function chineseParagraphs(
	text: string
): { paragraphs: Paragraph[] } | { problems: ImportProblem[] } {
	const result = parseText(text, 'txt');
	if (!result.ok) return { problems: result.problems };
	if (!result.text.paragraphs.some((p) => HAN.test(p.text)))
		return { problems: [problem('no-chinese')] };
	return { paragraphs: result.text.paragraphs };
}

function englishParagraphs(text: string): Paragraph[] | undefined {
	const result = parseText(text, 'txt');
	return result.ok ? result.text.paragraphs : undefined;
}

export function draft(request: DraftRequest): DraftResult {
	const read = chineseParagraphs(request.zh);
	if ('problems' in read) return { ok: false, problems: read.problems };
	const english =
		request.withEnglish && request.en.trim() ? englishParagraphs(request.en) : undefined;
	const prepared = prepare(read.paragraphs, english, request.title);
	const { paragraphs, warnings } = prepared.pairing;
	const counts = { sentences: 0, paragraph: 0, chinese: 0, pairs: 0 };
	for (const p of paragraphs) {
		if (p.status === 'sentences') counts.sentences++;
		else if (p.status === 'paragraph') counts.paragraph++;
		else counts.chinese++;
		counts.pairs += p.pairs.length;
	}
	const report: DraftReport = {
		title: prepared.title,
		titleFromText: prepared.titleFromText,
		paragraphs: paragraphs.length,
		counts,
		listed: paragraphs.slice(0, request.listed).map((p) => ({
			status: p.status,
			zhSentences: p.zhSentences,
			...(p.enSentences === undefined ? {} : { enSentences: p.enSentences }),
			semicolons: p.semicolons
		})),
		mismatch: warnings.find((w) => w.code === 'paragraph-count') ?? null,
		leftOut: leftOut(prepared),
		id:
			paragraphs.length > 0
				? documentId(
						prepared.title.en ?? prepared.title.zh,
						request.today,
						paragraphs.flatMap((p) => p.pairs.map((s) => s.zh)).join('\n')
					)
				: ''
	};
	return request.withInput
		? { ok: true, report, input: textInput(prepared) }
		: { ok: true, report };
}
