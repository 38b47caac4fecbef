/**
 * The ids a document and its sentences go by, in URLs and in saved words: one definition for
 * the content schema (build time) and for what the browser checks before it builds a link.
 */

/** A document id: the file name and the URL (`/read/<id>`): lowercase letters, digits, hyphens. */
export const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A sentence id: `p3s6`, the 6th sentence of the 3rd paragraph. */
export const SENTENCE_ID = /^p(\d+)s(\d+)$/;
