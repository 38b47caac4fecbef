/**
 * For the texts' unit tests: a text as /import keeps it (its records), from Chinese, an
 * optional translation and title, with a plain annotation (each sentence one token).
 */
import { splitParagraphs } from '../import/text.ts';
import { prepare, textInput, textRecords } from './prepare.ts';

const now = new Date('2026-12-01T10:00:00.000Z');

export function kept(zh: string, english?: string, title = '') {
	const prepared = prepare(
		splitParagraphs(zh),
		english ? splitParagraphs(english) : undefined,
		title
	);
	const input = textInput(prepared);
	const annotated = {
		titleTokens: [{ text: prepared.title.zh }],
		paragraphs: input.paragraphs.map((p, i) => ({
			sentences: p.map((s, k) => ({ id: `p${i + 1}s${k + 1}`, zh: [{ text: s.zh }], en: [] }))
		})),
		cards: {}
	};
	return { prepared, input, ...textRecords('a-text', prepared.title, input, annotated, now) };
}
