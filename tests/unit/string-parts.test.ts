import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	READING_SECTIONS,
	STRINGS_ID,
	stringsBlock,
	readingStrings
} from '../../src/lib/string-parts.ts';

/**
 * What a shipped document's reading page runs in the browser: its page, the root layout and
 * the error page, and everything they import (statically or on demand), followed file by file.
 */
const ENTRIES = [
	'src/routes/+layout.svelte',
	'src/routes/+layout.ts',
	'src/routes/+error.svelte',
	'src/routes/[[lang=lang]]/read/[id]/+page.svelte',
	'src/routes/[[lang=lang]]/read/[id]/hant/+page.svelte'
];

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
	let base: string;
	if (spec.startsWith('$lib/')) base = join('src/lib', spec.slice('$lib/'.length));
	else if (spec.startsWith('.')) base = normalize(join(dirname(from), spec));
	else return null; // a package, $app/…, a virtual module
	for (const ext of ['', '.ts', '.js', '.svelte.ts', '/index.ts']) {
		const file = base + ext;
		if (existsSync(file) && /\.(ts|js|svelte)$/.test(file)) return file;
	}
	return null;
}

function reachable(): Set<string> {
	const seen = new Set<string>();
	const queue = [...ENTRIES];
	while (queue.length) {
		const file = queue.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const next = resolve(file, spec!);
			if (next && !next.includes('.test.')) queue.push(next);
		}
	}
	return seen;
}

/** The sections of the keys each file passes to `t` (a key's first part, literal or template). */
function sectionsUsed(files: Iterable<string>): Map<string, string[]> {
	const used = new Map<string, string[]>();
	for (const file of files) {
		for (const [, section] of readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"`]([A-Za-z]+)\./g)) {
			used.set(section!, [...(used.get(section!) ?? []), file]);
		}
	}
	return used;
}

describe('the strings a reading page loads', () => {
	const files = reachable();

	it('follows the reading page into its components, the popover and reading aloud', () => {
		for (const file of [
			'src/lib/reader/ReaderView.svelte',
			'src/lib/reader/PopoverBody.svelte',
			'src/lib/reader/ListenControls.svelte',
			'src/lib/reader/WordSection.svelte',
			'src/lib/language/LanguageSwitch.svelte'
		]) {
			expect(files, file).toContain(file);
		}
		expect([...files].some((f) => f.startsWith('src/lib/server/'))).toBe(false);
	});

	it('has every section the page uses in its part', () => {
		const used = sectionsUsed(files);
		expect(used.size).toBeGreaterThan(5);
		const missing = [...used].filter(
			([section]) => !(READING_SECTIONS as readonly string[]).includes(section)
		);
		expect(missing, 'sections used by the reading page but not in READING_SECTIONS').toEqual([]);
	});

	it('calls t only with keys whose section can be read from the call', () => {
		for (const file of files) {
			const calls = readFileSync(file, 'utf8').match(/\bt\(\s*[^'"`\s)]/g) ?? [];
			expect(calls, file).toEqual([]);
		}
	});

	it('takes the reading sections of a language whole, and no other', () => {
		for (const lang of ['en', 'zh-Hans']) {
			const all = JSON.parse(readFileSync(`translations/interface/${lang}.json`, 'utf8')) as Record<
				string,
				unknown
			>;
			const reading = readingStrings(all);
			expect(Object.keys(reading).sort()).toEqual([...READING_SECTIONS].sort());
			for (const section of READING_SECTIONS) expect(reading[section]).toEqual(all[section]);
			expect(Object.keys(all)).toContain('import');
			expect(Object.keys(reading)).not.toContain('import');
		}
	});

	it('writes them as data that nothing in a string can end or turn into markup', () => {
		const strings = { a: { b: '</script><script>alert(1)</script>', c: '<!-- x' } };
		const block = stringsBlock(strings);
		const inner = block.slice(block.indexOf('>') + 1, block.lastIndexOf('</script>'));
		expect(block.startsWith(`<script type="application/json" id="${STRINGS_ID}">`)).toBe(true);
		expect(inner).not.toContain('<');
		expect(JSON.parse(inner)).toEqual(strings);
	});
});
