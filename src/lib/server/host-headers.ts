/**
 * Reads a `_headers` file (the format Netlify and Cloudflare Pages read): a path pattern on a
 * line of its own, then indented `Name: value` lines. `npm run preview` sends the headers of the
 * `/*` rule, so the end-to-end tests see what a host would send.
 */
export function parseHostHeaders(text: string): Map<string, Record<string, string>> {
	const rules = new Map<string, Record<string, string>>();
	let current: Record<string, string> | null = null;
	for (const [index, line] of text.split(/\r?\n/).entries()) {
		if (!line.trim() || line.trimStart().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = {};
			rules.set(line.trim(), current);
			continue;
		}
		const colon = line.indexOf(':');
		if (!current || colon < 0) throw new Error(`_headers:${index + 1}: expected "Name: value"`);
		current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
	}
	return rules;
}
