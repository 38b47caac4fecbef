/**
 * The ids a document and its sentences go by, in URLs and in saved words: one definition for
 * the content schema (build time), imported texts, and what the browser checks before it
 * builds a link.
 */

/** A document id: the file name and the URL (`/read/<id>`): lowercase letters, digits, hyphens. */
export const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A sentence id: lowercase letters, digits and single hyphens, at most 64 characters, not
 * ending in `-en` (the English of sentence `x` is the element `x-en`). The seed's sentences are
 * named `p3s6` after where they stood when links to them were first made; a sentence with no
 * id of its own gets one from its Chinese (`sentenceIds`).
 */
export const SENTENCE_ID = /^(?=.{1,64}$)(?!.*-en$)[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** FNV-1a (32 bits) of the text's UTF-16 units, as 8 hex digits: a stable short fingerprint. */
export function fingerprint(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

/** `id`, or `id-2`, `id-3`… if it is taken. */
export function uniqueId(id: string, taken: ReadonlySet<string>): string {
	if (!taken.has(id)) return id;
	for (let n = 2; ; n++) if (!taken.has(`${id}-${n}`)) return `${id}-${n}`;
}

/**
 * The ids of a text's sentences, [paragraph][sentence]: a sentence's own `id` where it has one,
 * else `s` and the fingerprint of its Chinese (`s3f9a0b1c`). Such an id does not change when
 * sentences are added, removed or moved around it, only when its own Chinese is edited; a
 * sentence that repeats an earlier one's Chinese takes `-2`, `-3`.
 */
export function sentenceIds(
	paragraphs: readonly (readonly { zh: string; id?: string | undefined }[])[]
): string[][] {
	const taken = new Set(paragraphs.flatMap((p) => p.flatMap((s) => (s.id ? [s.id] : []))));
	return paragraphs.map((p) =>
		p.map((s) => {
			if (s.id) return s.id;
			const id = uniqueId(`s${fingerprint(s.zh.trim())}`, taken);
			taken.add(id);
			return id;
		})
	);
}
