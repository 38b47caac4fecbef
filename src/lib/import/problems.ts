/**
 * What can go wrong when a text is imported, as codes with values, so that the UI can say it in
 * its own words (`t(\`import.problem.${code}\`, values)`) and the CLI in English (`message`).
 * The English templates below are the ones to copy into translations/interface/en.json.
 */
export const PROBLEM_MESSAGES = {
	empty: 'the file is empty',
	'no-text': 'the file has no text',
	'no-chinese': 'the text has no Chinese characters',
	binary: 'this is not a text file (it has NUL or control bytes)',
	encoding: 'this is not text in UTF-8, UTF-16, GB18030 or Big5',
	'wrong-encoding': 'this is not valid {{encoding}}',
	format: 'cannot read {{name}}: use a .txt, .md, .srt, .vtt or .epub file',
	'srt-time': 'expected a cue time such as 00:00:01,000 --> 00:00:04,000, found "{{found}}"',
	'srt-continued': 'text with no cue number or time: joined to the cue before',
	'subtitle-order': 'the cue ends ({{end}}) before it starts ({{start}})',
	'no-cues': 'no subtitles found',
	'vtt-header': 'a WebVTT file starts with the line WEBVTT',
	'vtt-time': 'expected a cue time such as 00:01.000 --> 00:04.000, found "{{found}}"',
	'epub-not-zip': 'this is not an EPUB: an EPUB is a ZIP archive, and this file is not one',
	'epub-broken': 'the EPUB (ZIP) archive is damaged: {{reason}}',
	'epub-container': 'the EPUB has no META-INF/container.xml naming its package file',
	'epub-package': 'the EPUB names its package file {{path}}, but has no such file',
	'epub-drm': 'the EPUB is encrypted (DRM): its text cannot be read',
	'epub-too-large': 'the EPUB unpacks to more than {{limit}} MB',
	'epub-missing': 'the EPUB lists {{path}} among its chapters but has no such file',
	'epub-no-text': 'the EPUB has no chapter text',
	'paragraph-count':
		'the Chinese has {{zh}} paragraphs and the English {{en}}: they are paired in order, as far as both go',
	'no-english': 'Chinese paragraph {{paragraph}} has no English paragraph to pair with',
	'english-left-over':
		'English paragraph {{paragraph}} has no Chinese paragraph to pair with, and is left out',
	'sentence-count':
		'paragraph {{paragraph}}: {{zh}} Chinese sentences but {{en}} English ones, so the paragraph is one pair',
	'no-chinese-sentence':
		'paragraph {{paragraph}}: "{{text}}" has no Chinese characters, so it is joined to the sentence next to it',
	'no-chinese-paragraph': 'paragraph {{paragraph}} has no Chinese characters and is left out',
	untranslated:
		'{{count}} sentence(s) have no English: written without en, for a translator to add',
	'no-title': 'the document needs a title',
	'bad-date': 'the date must be written YYYY-MM-DD, not "{{date}}"',
	semicolons:
		'paragraph {{paragraph}}: split after ； as well, where the English has a sentence for each part'
} as const;

export type ProblemCode = keyof typeof PROBLEM_MESSAGES;

export interface ImportProblem {
	code: ProblemCode;
	values: Record<string, string | number>;
	/** The problem in English, for the CLI (the UI translates `code` with `values`). */
	message: string;
	/** 1-based line of the file, where there is one. */
	line?: number;
	/** The line is in the translation, not in the Chinese text. */
	inTranslation?: true;
}

export function problem(
	code: ProblemCode,
	values: Record<string, string | number> = {},
	line?: number
): ImportProblem {
	const message = PROBLEM_MESSAGES[code].replace(/\{\{(\w+)\}\}/g, (_, key: string) =>
		String(values[key] ?? '')
	);
	return line === undefined ? { code, values, message } : { code, values, message, line };
}

/** `file:line: message`, or `file: message` where no line is known. */
export function formatImportProblem(file: string, p: ImportProblem): string {
	return p.line === undefined ? `${file}: ${p.message}` : `${file}:${p.line}: ${p.message}`;
}
