/**
 * What of a shipped document's reading page never changes (its text, its Chinese title, where
 * it comes from, the translator's notes, the printed page's glossary appendix), rendered once
 * at build time as markup that the browser never hydrates (static-markup.ts; the reader's cost
 * must not grow with the text): the reading page leaves empty containers
 * (`data-text="prerendered"`, `data-title="prerendered"`…, ReaderView.svelte and the route's
 * page), and the server hook puts them in (src/hooks.server.ts).
 */
import { appendixTerms } from '$lib/reader/appendix';
import ArticleText from '$lib/reader/ArticleText.svelte';
import GlossaryAppendix from '$lib/reader/GlossaryAppendix.svelte';
import ReaderNotes from '$lib/reader/ReaderNotes.svelte';
import Ruby from '$lib/reader/Ruby.svelte';
import SourceInfo from '$lib/reader/SourceInfo.svelte';
import type { ParagraphView } from '$lib/model';
import { defaultLanguage, formatDate, setLanguage, type Language } from '$lib/i18n';
import './i18next';
import { hasEnglish } from '$lib/reader/groups';
import { toTraditional } from '$lib/reader/opencc';
import {
	traditionalParagraphs,
	traditionalTokens,
	traditionalWord,
	type Script
} from '$lib/reader/script';
import { traditionalProse } from '$lib/reader/traditional-lookup';
import { content } from './content';
import { staticMarkup } from './static-markup';

/** The empty container of a reading page whose text is prerendered (ReaderView.svelte). */
export const PRERENDERED = 'prerendered';
/** An empty prerendered container, `data-{what}="prerendered"`: its tag, its name and its end. */
const container = (what: string) =>
	new RegExp(`(<(div|span)[^>]*\\sdata-${what}="${PRERENDERED}"[^>]*>)(</\\2>)`);
const TEXT = container('text');
/** The Chinese title, as ruby (Ruby.svelte). */
const TITLE = container('title');
/** Where the text comes from (SourceInfo.svelte), and the translator's notes (ReaderNotes.svelte). */
const SOURCE = container('source');
const NOTES = container('notes');
/** The printed page's appendix of the glossary terms the text uses (GlossaryAppendix.svelte). */
const APPENDIX = container('appendix');

export function articleMarkup(
	paragraphs: readonly ParagraphView[],
	english: boolean,
	level?: (word: string) => number | undefined,
	script: Script = 'hans'
): string {
	const shown = script === 'hant' ? traditionalParagraphs(paragraphs, toTraditional) : paragraphs;
	return staticMarkup(ArticleText, {
		paragraphs: shown,
		english,
		script,
		...(level ? { level } : {})
	});
}

/**
 * The page `html` of document `id` with its prerendered containers filled: its text, its
 * Chinese title, where it comes from, the translator's notes and the printed page's glossary
 * appendix, their labels in `lang`, the Chinese in `script`'s characters. A page without the containers, or a document that does not exist, is
 * returned as it is.
 */
export function withArticle(
	html: string,
	id: string,
	lang: Language = defaultLanguage,
	script: Script = 'hans'
): string {
	const all = content();
	const doc = all.document(id);
	if (!doc || !TEXT.test(html)) return html;
	setLanguage(lang);
	const view = all.view(doc);
	const dictionary = all.dictionary;
	const level = dictionary ? (word: string) => dictionary.hsk(word) : undefined;
	const markup = articleMarkup(view.paragraphs, hasEnglish(view.paragraphs), level, script);
	const listed = appendixTerms(all.cards(doc), view.paragraphs);
	const hant = (zh: string) => traditionalWord(zh, toTraditional);
	const hantProse = (text: string) => traditionalProse(text, toTraditional);
	const terms =
		script === 'hant'
			? listed.map((term) => ({
					...term,
					headword: hant(term.headword),
					forms: term.forms.map(hant),
					explanations: term.explanations.map(hantProse)
				}))
			: listed;
	const appendix = staticMarkup(GlossaryAppendix, { terms, script });
	const tokens =
		script === 'hant' ? traditionalTokens(view.titleTokens, toTraditional) : view.titleTokens;
	const title = staticMarkup(Ruby, { tokens });
	const source = staticMarkup(SourceInfo, { doc: { ...view, dateText: formatDate(view.date) } });
	const notes = staticMarkup(ReaderNotes, {
		notes: script === 'hant' ? view.notes.map(hantProse) : view.notes,
		script
	});
	const fill = (inside: string) => (_: string, open: string, _tag: string, close: string) =>
		open + inside + close;
	return html
		.replace(TEXT, fill(markup))
		.replace(TITLE, fill(title))
		.replace(SOURCE, fill(source))
		.replace(NOTES, fill(notes))
		.replace(APPENDIX, fill(appendix));
}
