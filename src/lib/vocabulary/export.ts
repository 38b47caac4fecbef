import { FORMAT_VERSION, isSavedWord, type SavedWord } from './word.ts';

/** The sentence with the word in bold (HTML, for Anki), everything else escaped. */
function highlighted(sentence: string, word: string): string {
	const at = sentence.indexOf(word);
	if (at < 0) return escapeHtml(sentence);
	return (
		escapeHtml(sentence.slice(0, at)) +
		`<b>${escapeHtml(word)}</b>` +
		escapeHtml(sentence.slice(at + word.length))
	);
}

function escapeHtml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Tabs and line breaks would break a TSV row: fold them into spaces. */
function field(text: string): string {
	return text.replace(/[\t\r\n]+/g, ' ').trim();
}

function link(w: SavedWord, origin: string): string {
	return `${origin}/read/${w.source.doc}#${w.source.sentence}`;
}

/**
 * Anki import file: tab-separated, with Anki's header lines (separator, HTML, columns).
 * Columns: hanzi, pinyin, definition, example sentence (word in bold, with its English),
 * source (title and link back to the sentence).
 */
export function toAnkiTsv(words: readonly SavedWord[], origin: string): string {
	const rows = words.map((w) =>
		[
			w.hanzi,
			w.pinyin,
			escapeHtml(w.definition),
			`${highlighted(w.source.zh, w.hanzi)}<br>${escapeHtml(w.source.en)}`,
			`<a href="${escapeHtml(link(w, origin))}">${escapeHtml(w.source.title)}</a>`
		]
			.map(field)
			.join('\t')
	);
	return (
		[
			'#separator:tab',
			'#html:true',
			'#columns:Hanzi\tPinyin\tDefinition\tExample\tSource',
			...rows
		].join('\n') + '\n'
	);
}

function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 CSV with a header row and CRLF line ends (what spreadsheets expect). */
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
			w.definition,
			w.traditional ?? '',
			w.hsk === undefined ? '' : String(w.hsk),
			w.source.zh,
			w.source.en,
			w.source.title,
			link(w, origin),
			w.savedAt
		]
			.map(csvField)
			.join(',')
	);
	return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

export interface Backup {
	format: 'duizhao-vocabulary';
	version: number;
	exported: string;
	words: SavedWord[];
}

/** A complete JSON backup: importing it back loses nothing. */
export function toBackup(words: readonly SavedWord[], exported: string): string {
	const backup: Backup = {
		format: 'duizhao-vocabulary',
		version: FORMAT_VERSION,
		exported,
		words: [...words]
	};
	return JSON.stringify(backup, null, 2) + '\n';
}

/** Read a backup file: its valid words, and a message for everything that is not. */
export function parseBackup(text: string): {
	words: SavedWord[];
	rejected: number;
	error?: string;
} {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { words: [], rejected: 0, error: 'not-json' };
	}
	const backup = data as Partial<Backup> | null;
	if (!backup || backup.format !== 'duizhao-vocabulary' || !Array.isArray(backup.words)) {
		return { words: [], rejected: 0, error: 'not-backup' };
	}
	if (typeof backup.version !== 'number' || backup.version > FORMAT_VERSION) {
		return { words: [], rejected: 0, error: 'newer-version' };
	}
	const words = backup.words.filter(isSavedWord);
	return { words, rejected: backup.words.length - words.length };
}
