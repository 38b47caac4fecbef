import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { YamlLines, type ContentProblem } from './content-error.ts';
import { describeIssue, issuePath } from './schema-issues.ts';

/**
 * Parse a content file's YAML and check it against its schema. Returns the data with a
 * way to find any value's line, or every problem as file:line (never throws for bad input).
 */
export function parseYaml<T>(
	file: string,
	source: string,
	schema: z.ZodType<T>
): { data: T; lines: YamlLines; problems: [] } | { data?: undefined; problems: ContentProblem[] } {
	const counter = new LineCounter();
	const yaml = parseDocument(source, {
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
	const lines = new YamlLines(yaml, counter);
	const parsed = schema.safeParse(yaml.toJS());
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
