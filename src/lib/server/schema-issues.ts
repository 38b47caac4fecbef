import type { z } from 'zod';

/** Where a schema issue is: an unknown key is reported at its own line, not its parent's. */
export function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
	return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
}

/** A schema issue in words an editor understands. */
export function describeIssue(issue: z.core.$ZodIssue): string {
	const key = issue.path.at(-1);
	if (issue.code === 'invalid_type' && issue.input === undefined) {
		return `missing "${String(key)}"`;
	}
	if (issue.code === 'unrecognized_keys') {
		return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
	}
	const where = typeof key === 'string' ? `"${key}" ` : '';
	return `${where}${issue.message}`.trim();
}
