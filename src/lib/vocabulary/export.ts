import { definitionText } from '../engine/definition.ts';
import { FORMAT_VERSION, isSavedWord, readerTarget, targetPath, type SavedWord } from './word.ts';

const HTML_ESCAPES: Record<string, string> = {
	'&': '&amp;',
	'<': '&lt;',
	'>': '&gt;',
	'"': '&quot;',
	"'": '&#39;'
};

/** Text as HTML text or attribute value: nothing in it can open a tag or end an attribute. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Control characters, and the bidi embeddings, overrides and isolates that would reorder
 * whatever is shown after a field (in Anki's card, a spreadsheet's row): exports for other
 * programs leave them out (the JSON backup keeps them, escaped).
 */
const INVISIBLE =
	// eslint-disable-next-line no-control-regex -- control characters are what it looks for
	/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Line and field breaks, of every kind a program may split on. */
const BREAKS = /[\t\r\n\u0085\u2028\u2029]+/g;

/** One line of plain text for a TSV field: breaks folded into spaces, the invisible dropped. */
function plain(text: string): string {
	return text.replace(BREAKS, ' ').replace(INVISIBLE, '');
}

/** The sentence with the word in bold (HTML, for Anki), everything else escaped. */
function highlighted(sentence: string, word: string): string {
	const at = word ? sentence.indexOf(word) : -1;
	if (at < 0) return escapeHtml(sentence);
	return (
		escapeHtml(sentence.slice(0, at)) +
		`<b>${escapeHtml(word)}</b>` +
		escapeHtml(sentence.slice(at + word.length))
	);
}

/** The reader's URL of the sentence a word comes from; none unless its ids are the reader's. */
function link(w: SavedWord, origin: string): string | null {
	const target = readerTarget(w.source);
	return target ? `${origin}${targetPath(target)}` : null;
}

/** Anki's tags of a word: its HSK level and the document it was saved from (ids only). */
function ankiTags(w: SavedWord): string {
	const target = readerTarget(w.source);
	return [...(w.hsk === undefined ? [] : [`hsk${w.hsk}`]), ...(target ? [target.doc] : [])].join(
		' '
	);
}

/** The note type, deck and tag Anki is told to use (header lines; the user may change them). */
export const ANKI_NOTETYPE = 'Duizhao';
export const ANKI_DECK = 'Duizhao';

/**
 * Anki import file: tab-separated, with Anki's header lines (separator, HTML, note type, deck,
 * tags, columns). Columns: key (the word and its reading: Anki tells notes apart by their
 * first field, and 着 zhe and 着 zhuó are two notes), hanzi, pinyin, definition, example
 * sentence (word in bold, with its English), source (title and link back to the sentence),
 * tags (HSK level, document). With `#html:true` Anki reads every field as HTML, so every
 * field is escaped; the header lines are ours and a row never starts with `#` (Anki's comment
 * and header lines).
 */
export function toAnkiTsv(words: readonly SavedWord[], origin: string): string {
	const rows = words.map((w) => {
		const hanzi = plain(w.hanzi).trim();
		const pinyin = plain(w.pinyin).trim();
		const url = link(w, origin);
		const title = escapeHtml(plain(w.source.title).trim());
		return [
			escapeHtml(pinyin ? `${hanzi} ${pinyin}` : hanzi).replace(/^#/, '&#35;'),
			escapeHtml(hanzi),
			escapeHtml(pinyin),
			escapeHtml(plain(definitionText(w.definition))),
			`${highlighted(plain(w.source.zh), hanzi)}<br>${escapeHtml(plain(w.source.en))}`,
			url ? `<a href="${escapeHtml(url)}">${title}</a>` : title,
			ankiTags(w)
		]
			.map((field) => field.trim())
			.join('\t');
	});
	return (
		[
			'#separator:tab',
			'#html:true',
			`#notetype:${ANKI_NOTETYPE}`,
			`#deck:${ANKI_DECK}`,
			'#tags:duizhao',
			'#tags column:7',
			'#columns:Key\tHanzi\tPinyin\tDefinition\tExample\tSource\tTags',
			...rows
		].join('\n') + '\n'
	);
}

/** What a spreadsheet would read as a formula (after any leading space it ignores). */
const FORMULA = /^[\s\u3000]*[=+\-@\uff1d\uff0b\uff0d\uff20]/;

/**
 * One RFC 4180 cell. A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, also
 * after a tab, line break or space) gets a leading `'`, so it is shown as the text it is.
 */
function csvField(value: string): string {
	const text = value.replace(INVISIBLE, '');
	const cell = FORMULA.test(text) ? `'${text}` : text;
	return /[",\r\n]/.test(cell) || cell !== cell.trim() ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/**
 * RFC 4180 CSV with a header row and CRLF line ends (what spreadsheets expect), starting with
 * a UTF-8 byte-order mark: without it Excel reads the file in the system's code page and shows
 * the Chinese as mojibake.
 */
export function toCsv(words: readonly SavedWord[], origin: string): string {
	const header = [
		'hanzi',
		'pinyin',
		'definition',
		'traditional',
		'hsk',
		'sentence',
		'english',
		'source',
		'link',
		'saved'
	];
	const rows = words.map((w) =>
		[
			w.hanzi,
			w.pinyin,
			definitionText(w.definition),
			w.traditional ?? '',
			w.hsk === undefined ? '' : String(w.hsk),
			w.source.zh,
			w.source.en,
			w.source.title,
			link(w, origin) ?? '',
			w.savedAt
		]
			.map(csvField)
			.join(',')
	);
	return '\uFEFF' + [header.join(','), ...rows].join('\r\n') + '\r\n';
}

export interface Backup {
	format: 'duizhao-vocabulary';
	version: number;
	exported: string;
	words: SavedWord[];
}

/**
 * Characters JSON leaves as they are, escaped: the backup opened in a browser, pasted into
 * a page or shown in an editor has no markup and nothing that reorders lines.
 */
const JSON_UNSAFE = /[<>&\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** A complete JSON backup: importing it back loses nothing. */
export function toBackup(words: readonly SavedWord[], exported: string): string {
	const backup: Backup = {
		format: 'duizhao-vocabulary',
		version: FORMAT_VERSION,
		exported,
		words: [...words]
	};
	const json = JSON.stringify(backup, null, 2);
	return (
		json.replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n'
	);
}

export type BackupError =
	| 'not-json'
	| 'not-backup'
	| 'missing-version'
	| 'version-not-number'
	| 'unknown-version'
	| 'newer-version';

export interface ParsedBackup {
	words: SavedWord[];
	/** Entries that are not words this version can read. */
	rejected: number;
	/** Entries repeating a word earlier in the file (the first one is kept). */
	duplicates: number;
	error?: BackupError;
	/** The version the file gives, as JSON, when it is the problem. */
	version?: string;
}

const failed = (error: BackupError, version?: unknown): ParsedBackup => ({
	words: [],
	rejected: 0,
	duplicates: 0,
	error,
	...(version === undefined ? {} : { version: JSON.stringify(version).slice(0, 40) })
});

/** What is wrong with a parsed file's header, if anything: its format, version, words. */
function headerProblem(data: unknown): ParsedBackup | null {
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return failed('not-backup');
	const backup = data as Record<string, unknown>;
	if (backup.format !== 'duizhao-vocabulary') return failed('not-backup');
	const version = backup.version;
	if (!('version' in backup)) return failed('missing-version');
	if (typeof version !== 'number') return failed('version-not-number', version);
	if (!Number.isInteger(version) || version < 1) return failed('unknown-version', version);
	if (version > FORMAT_VERSION) return failed('newer-version', version);
	if (!Array.isArray(backup.words)) return failed('not-backup');
	return null;
}

/** Sorts a file's entries into words, rejected entries and repeats. */
class Collector {
	readonly words: SavedWord[] = [];
	rejected = 0;
	duplicates = 0;
	readonly #ids = new Set<string>();

	add(entry: unknown): void {
		if (!isSavedWord(entry)) this.rejected++;
		else if (this.#ids.has(entry.id)) this.duplicates++;
		else {
			this.#ids.add(entry.id);
			this.words.push(entry);
		}
	}

	result(): ParsedBackup {
		return { words: this.words, rejected: this.rejected, duplicates: this.duplicates };
	}
}

/** Read a backup file: its valid words, and what is wrong with everything that is not. */
export function parseBackup(text: string): ParsedBackup {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return failed('not-json');
	}
	const problem = headerProblem(data);
	if (problem) return problem;
	const collector = new Collector();
	for (const entry of (data as { words: unknown[] }).words) collector.add(entry);
	return collector.result();
}

/** Let the page handle input and paint before going on. */
export function nextTask(): Promise<void> {
	const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof scheduler?.yield === 'function') return scheduler.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}

const CHARS_PER_STEP = 1_000_000;
const ENTRIES_PER_STEP = 1000;

/** The index of the quote that closes the JSON string opening at `start`, or -1. */
function stringEnd(text: string, start: number): number {
	let q = start;
	for (;;) {
		q = text.indexOf('"', q + 1);
		if (q < 0) return -1;
		let b = q - 1;
		while (text.charCodeAt(b) === 92) b--; // backslashes before it
		if ((q - 1 - b) % 2 === 0) return q;
	}
}

/**
 * Where the entries of a backup's top-level `words` array are in `text`, found by reading
 * only its structure (strings, brackets, commas), a step at a time. Null when the file is
 * not that simple shape (then it is parsed whole). Every entry's text, and the file with
 * the array emptied, are each valid JSON exactly when the whole file is.
 */
async function findEntries(
	text: string,
	pause: () => Promise<void>
): Promise<{ outer: string; entries: [number, number][] } | null> {
	const first = text.search(/\S/);
	if (text[first] !== '{') return null;
	const structure = /["{}[\],:]/g;
	structure.lastIndex = first;
	let depth = 0;
	let expectKey = false;
	let key: unknown = null;
	let valueOf: unknown = null;
	let wordsKeys = 0;
	let arrayStart = -1;
	let arrayEnd = -1;
	let entryStart = -1;
	const entries: [number, number][] = [];
	let pauseAt = first + CHARS_PER_STEP;
	for (let m = structure.exec(text); m; m = structure.exec(text)) {
		const i = m.index;
		if (i > pauseAt) {
			await pause();
			pauseAt = i + CHARS_PER_STEP;
		}
		const c = m[0];
		if (c === '"') {
			const end = stringEnd(text, i);
			if (end < 0) return null;
			if (depth === 1 && expectKey) {
				try {
					key = JSON.parse(text.slice(i, end + 1));
				} catch {
					return null;
				}
				if (key === 'words') wordsKeys++;
				expectKey = false;
			}
			structure.lastIndex = end + 1;
			continue;
		}
		const inWords = arrayStart >= 0 && arrayEnd < 0;
		if (c === '{' || c === '[') {
			if (c === '[' && depth === 1 && valueOf === 'words' && arrayStart < 0) {
				arrayStart = i;
				entryStart = i + 1;
			}
			depth++;
			if (depth === 1) expectKey = true;
		} else if (c === '}' || c === ']') {
			depth--;
			if (inWords && depth === 1) {
				if (c !== ']') return null;
				if (/\S/.test(text.slice(entryStart, i))) entries.push([entryStart, i]);
				else if (entries.length) return null; // a trailing comma
				arrayEnd = i + 1;
			}
		} else if (c === ',') {
			if (inWords && depth === 2) {
				if (!/\S/.test(text.slice(entryStart, i))) return null;
				entries.push([entryStart, i]);
				entryStart = i + 1;
			} else if (depth === 1) {
				expectKey = true;
				valueOf = null;
			}
		} else if (c === ':' && depth === 1) {
			valueOf = key;
		}
	}
	if (arrayStart < 0 || arrayEnd < 0 || wordsKeys !== 1 || depth !== 0) return null;
	return { outer: text.slice(0, arrayStart) + '[]' + text.slice(arrayEnd), entries };
}

/**
 * `parseBackup`, a step at a time: the file's structure is read, and its entries parsed and
 * checked, in steps of a few milliseconds with `pause` between them, so that a file of tens
 * of thousands of words never holds up the page. Same result as `parseBackup`.
 */
export async function readBackup(
	text: string,
	pause: () => Promise<void> = nextTask
): Promise<ParsedBackup> {
	const found = await findEntries(text, pause);
	if (!found) return parseBackup(text);
	let outer: unknown;
	try {
		outer = JSON.parse(found.outer);
	} catch {
		return failed('not-json');
	}
	const collector = new Collector();
	for (let n = 0; n < found.entries.length; n++) {
		if (n > 0 && n % ENTRIES_PER_STEP === 0) await pause();
		const [start, end] = found.entries[n] ?? [0, 0];
		let entry: unknown;
		try {
			entry = JSON.parse(text.slice(start, end));
		} catch {
			return failed('not-json');
		}
		collector.add(entry);
	}
	return headerProblem(outer) ?? collector.result();
}
