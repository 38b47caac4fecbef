/**
 * A shipped document's text, rendered once at build time as plain markup that the browser
 * never hydrates (the reader's cost must not grow with the text): the reader page leaves an
 * empty container (`data-text="prerendered"`, ReaderView.svelte), and the server hook puts
 * the text into it (src/hooks.server.ts). Svelte renders it, so everything in it is escaped
 * as in any other component; only the hydration markers, useless in markup that is never
 * hydrated, are dropped.
 */
import { render } from 'svelte/server';
import ArticleText from '$lib/reader/ArticleText.svelte';
import type { ParagraphView } from '$lib/model';
import { defaultLanguage, setLanguage, type Language } from '$lib/i18n';
import { hasEnglish } from '$lib/reader/groups';
import { content } from './content';

/** The empty container of a reading page whose text is prerendered (ReaderView.svelte). */
export const PRERENDERED = 'prerendered';
const CONTAINER = new RegExp(`(<div[^>]*\\sdata-text="${PRERENDERED}"[^>]*>)(</div>)`);
/** Svelte's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--[-1-->`, `<!--[!-->`, `<!--]-->`, `<!---->`. */
const MARKER = /<!--(?:\[!?(?:-?\d+)?|\])?-->/g;

export function articleMarkup(paragraphs: readonly ParagraphView[], english: boolean): string {
	return render(ArticleText, { props: { paragraphs, english } }).body.replace(MARKER, '');
}

/**
 * The page `html` of document `id` with its text in the prerendered container, its labels in
 * `lang`. A page without the container, or a document that does not exist, is returned as it is.
 */
export function withArticle(html: string, id: string, lang: Language = defaultLanguage): string {
	const all = content();
	const doc = all.document(id);
	if (!doc || !CONTAINER.test(html)) return html;
	setLanguage(lang);
	const view = all.view(doc);
	const markup = articleMarkup(view.paragraphs, hasEnglish(view.paragraphs));
	return html.replace(CONTAINER, (_, open: string, close: string) => open + markup + close);
}
