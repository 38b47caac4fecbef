/**
 * A document's title and id from what a reader imports. Ids are what document file names must
 * be (DOCUMENT_ID, src/lib/ids.ts, the pattern the content schema checks): a slug of
 * a Latin title, or, for a Chinese title (whose pinyin would need the engine), `text-` with the
 * date and a short hash of the title and text: `text-2026-12-01-3f9a`.
 */
import { DOCUMENT_ID, fingerprint, uniqueId } from '../ids.ts';
import { trimText, type Paragraph } from './text.ts';

export { DOCUMENT_ID, fingerprint, uniqueId };

const HAN = /\p{Script=Han}/u;
const MAX_SLUG = 60;

/**
 * Lowercase letters, digits and single hyphens, from a Latin title: accents dropped (é -> e),
 * apostrophes dropped (China's -> chinas), everything else a word break; at most 60 characters,
 * cut at a hyphen. Empty when nothing is left.
 */
export function slugify(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/ß/g, 'ss')
		.replace(/[æ]/gi, 'ae')
		.replace(/[ø]/gi, 'o')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > MAX_SLUG) {
			if (!slug) slug = word.slice(0, MAX_SLUG);
			break;
		}
		slug = next;
	}
	return slug;
}

/**
 * The id for a new document: the slug of a Latin title; else (a Chinese title, or none, or one
 * with nothing to slug) `text-<date>-<4 hex digits>` from the title and text. `date` is
 * YYYY-MM-DD (the import's day).
 */
export function documentId(title: string | undefined, date: string, text = ''): string {
	const slug = title && !HAN.test(title) ? slugify(title) : '';
	if (slug) return slug;
	const day = /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : '0000-00-00';
	return `text-${day}-${fingerprint(`${title ?? ''}\n${text}`).slice(0, 4)}`;
}

/** A sentence ends in one of these: such a first paragraph is text, not a title. */
const SENTENCE_END = /[。！？!?.…；;：:，,]["'”’」』）)]*$/u;

/**
 * A title-like first paragraph: short (at most 40 characters of Chinese, 120 of other text),
 * not ending like a sentence, and followed by more text. Returns it and the paragraphs after it.
 */
export function takeTitle(paragraphs: readonly Paragraph[]): {
	title?: string;
	rest: Paragraph[];
} {
	const [first, ...rest] = paragraphs;
	if (!first || rest.length === 0) return { rest: [...paragraphs] };
	const text = trimText(first.text);
	const limit = HAN.test(text) ? 40 : 120;
	if (Array.from(text).length > limit || SENTENCE_END.test(text)) return { rest: [...paragraphs] };
	return { title: text, rest };
}
