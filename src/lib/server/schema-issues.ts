import type { z } from 'zod';

/** Where a schema issue is: an unknown key is reported at its own line, not its parent's. */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
	return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
}

const KINDS: Record<string, string> = {
	string: 'text',
	array: 'a list',
	object: 'fields (key: value)',
	record: 'fields (key: value)'
};

/** What a YAML value is, in an editor's words: `a number (12345)`, `a list`. */
function kindOf(value: unknown): string {
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	switch (typeof value) {
		case 'string':
			return `text (${JSON.stringify(value)})`;
		case 'number':
		case 'bigint':
			return `a number (${String(value)})`;
		case 'boolean':
			return `${String(value)} (a yes/no value)`;
		case 'object':
			return 'fields (key: value)';
		default:
			return typeof value;
	}
}

/** How to name the value at `path`: `"en"`, `item 2 of "notes"`, or the file itself. */
function nameOf(path: readonly PropertyKey[]): string {
	const key = path.at(-1);
	if (key === undefined) return 'the file';
	if (typeof key === 'number') {
		const parent = path.at(-2);
		return `item ${key + 1}${typeof parent === 'string' ? ` of "${parent}"` : ''}`;
	}
	return `"${String(key)}"`;
}

/**
 * A schema issue in words an editor understands. Parse with `reportInput: true`: the
 * value the issue is about tells a missing field from one of the wrong kind.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
	const name = nameOf(issue.path);
	const top = issue.path.length === 0;
	switch (issue.code) {
		case 'invalid_type': {
			if (top && (issue.input === undefined || issue.input === null)) return 'the file is empty';
			if (issue.input === undefined) return `missing ${name}`;
			if (issue.input === null) return `${name} is empty`;
			const given = kindOf(issue.input);
			if (!issue.message.startsWith('Invalid input')) return `${issue.message}, not ${given}`;
			return `${name} must be ${KINDS[issue.expected] ?? issue.expected}, not ${given}`;
		}
		case 'unrecognized_keys':
			return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
		case 'invalid_value': {
			const allowed = issue.values.map((v) => String(v)).join(', ');
			const given = issue.input === undefined ? '' : `, not ${kindOf(issue.input)}`;
			return `${name} must be one of ${allowed}${given}`;
		}
		case 'invalid_key': {
			const key = issue.path.at(-1);
			const why = issue.issues.map((i) => i.message).join('; ');
			const parent = nameOf(issue.path.slice(0, -1));
			return key === '' ? `${parent} has an empty key` : `key ${name} of ${parent} ${why}`;
		}
		case 'too_small':
			if (issue.message.startsWith('Too small')) {
				return issue.origin === 'array'
					? `${name} needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`
					: `${name} is too short`;
			}
			return `${name} ${issue.message}`;
		default:
			return `${top ? '' : `${name} `}${issue.message}`.trim();
	}
}
