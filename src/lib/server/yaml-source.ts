import { LineCounter, parseDocument, visit, type Document } from 'yaml';
import { z } from 'zod';
import { YamlLines, type ContentProblem } from './content-error.ts';
import { describeIssue, issuePath } from './schema-issues.ts';

/**
 * A content file's bytes as text: UTF-8 (a byte-order mark is fine), or the line of the
 * first bytes that are not UTF-8 (the file was saved in another encoding, e.g. GB18030).
 * A line can be decoded on its own: the newline byte never occurs inside a UTF-8 sequence.
 */
export function decodeUtf8(
	file: string,
	bytes: Uint8Array
): { text: string; problem?: undefined } | { text?: undefined; problem: ContentProblem } {
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
	} catch {
		let start = 0;
		let line = 1;
		for (;;) {
			const end = bytes.indexOf(0x0a, start);
			const stop = end < 0 ? bytes.length : end;
			try {
				new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start, stop));
			} catch {
				break;
			}
			if (end < 0) break;
			start = end + 1;
			line++;
		}
		return {
			problem: { file, line, message: 'the file is not UTF-8 text; save it as UTF-8' }
		};
	}
}

/** The line of the first alias (`*name`) in a document, if it has one. */
function firstAliasLine(doc: Document, counter: LineCounter): number | undefined {
	let offset: number | undefined;
	visit(doc, {
		Alias(_, node) {
			offset = node.range?.[0];
			return visit.BREAK;
		}
	});
	return offset === undefined ? undefined : counter.linePos(offset).line;
}

/**
 * Parse a content file's YAML (its text, or its bytes, which must be UTF-8) and check it
 * against its schema. Returns the data with a way to find any value's line, or every
 * problem as file:line (never throws for bad input).
 */
export function parseYaml<T>(
	file: string,
	source: string | Uint8Array,
	schema: z.ZodType<T>
): { data: T; lines: YamlLines; problems: [] } | { data?: undefined; problems: ContentProblem[] } {
	let text: string;
	if (typeof source === 'string') {
		text = source;
	} else {
		const decoded = decodeUtf8(file, source);
		if (decoded.problem) return { problems: [decoded.problem] };
		text = decoded.text;
	}
	const counter = new LineCounter();
	const yaml = parseDocument(text, {
		lineCounter: counter,
		prettyErrors: false,
		uniqueKeys: true
	});
	if (yaml.errors.length > 0) {
		return {
			problems: yaml.errors.map((e) => ({
				file,
				line: counter.linePos(e.pos[0]).line,
				message: `bad YAML: ${e.message.split('\n')[0] ?? ''}`
			}))
		};
	}
	let value: unknown;
	try {
		// Refuses aliases that would expand to far more than the file holds (maxAliasCount).
		value = yaml.toJS();
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		const aliasLine = firstAliasLine(yaml, counter);
		const hint = aliasLine ? ' (aliases, *name, that expand too far; write the values out)' : '';
		return {
			problems: [{ file, line: aliasLine ?? 1, message: `bad YAML: ${reason}${hint}` }]
		};
	}
	const lines = new YamlLines(yaml, counter);
	const parsed = schema.safeParse(value, { reportInput: true });
	if (!parsed.success) {
		return {
			problems: parsed.error.issues.map((issue) => ({
				file,
				line: lines.lineOf(issuePath(issue)),
				message: describeIssue(issue)
			}))
		};
	}
	return { data: parsed.data, lines, problems: [] };
}
