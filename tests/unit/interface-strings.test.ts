import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALLOWED, hardCodedStrings } from './hardcoded-strings.ts';

type Resource = { [key: string]: string | Resource };

const read = (lang: string): Resource =>
	JSON.parse(readFileSync(`translations/interface/${lang}.json`, 'utf8')) as Resource;

/** Every string of a resource, by dotted key. */
function flatten(resource: Resource, prefix = ''): Map<string, string> {
	const out = new Map<string, string>();
	for (const [key, value] of Object.entries(resource)) {
		if (typeof value === 'string') out.set(prefix + key, value);
		else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
	}
	return out;
}

/** i18next's plural suffixes: English has `_one` and `_other`, Chinese only `_other`. */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKey = (key: string) => key.replace(PLURAL, '');

/** The strings of a resource by key without plural suffix (each key's forms together). */
function byBaseKey(resource: Resource): Map<string, string[]> {
	const out = new Map<string, string[]>();
	for (const [key, value] of flatten(resource)) {
		out.set(baseKey(key), [...(out.get(baseKey(key)) ?? []), value]);
	}
	return out;
}

/** The interpolation variables of `text`: `{{count, number}}` is `count`. */
const variables = (text: string) =>
	new Set([...text.matchAll(/\{\{\s*([^,}\s]+)[^}]*\}\}/g)].map((m) => m[1] ?? ''));

const en = read('en');
const zh = read('zh-Hans');

describe('the Chinese interface strings', () => {
	it('have every key of the English ones, and no other (plural forms aside)', () => {
		const enKeys = [...byBaseKey(en).keys()].sort();
		const zhKeys = [...byBaseKey(zh).keys()].sort();
		expect(enKeys.length).toBeGreaterThan(250);
		expect(zhKeys).toEqual(enKeys);
	});

	it('have only the plural form Chinese has (_other) where English has _one and _other', () => {
		const zhFlat = flatten(zh);
		for (const key of flatten(en).keys()) {
			if (!PLURAL.test(key)) continue;
			expect(zhFlat.has(`${baseKey(key)}_other`), `${baseKey(key)}_other`).toBe(true);
		}
		expect([...zhFlat.keys()].filter((k) => PLURAL.test(k) && !k.endsWith('_other'))).toEqual([]);
	});

	it('use every interpolation variable of the English, and no other', () => {
		// The English forms of a key together (its `_one` may say "1" where `_other` has {{count}})
		// against the Chinese one.
		const zhStrings = byBaseKey(zh);
		const problems: string[] = [];
		for (const [key, forms] of byBaseKey(en)) {
			const wanted = [...new Set(forms.flatMap((f) => [...variables(f)]))].sort();
			for (const form of zhStrings.get(key) ?? []) {
				const got = [...variables(form)].sort();
				if (got.join() !== wanted.join()) problems.push(`${key}: {{${got}}}, not {{${wanted}}}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it('are written in Chinese: none is the English left as it was, but names that stay', () => {
		const same = new Set([
			'site.name',
			'site.nameZh',
			'vocabulary.hskColumn',
			'listen.rate', // a number and ×
			...Object.keys((en.import as Resource).encodingName as Resource)
				.filter((k) => k !== 'gb18030')
				.map((k) => `import.encodingName.${k}`)
		]);
		const zhFlat = flatten(zh);
		const untranslated = [...flatten(en)]
			.filter(
				([key, text]) => !same.has(key) && zhFlat.get(key.replace(/_one$/, '_other')) === text
			)
			.map(([key]) => key);
		expect(untranslated).toEqual([]);
		const empty = [...zhFlat].filter(([, text]) => !text.trim()).map(([key]) => key);
		expect(empty).toEqual([]);
	});
});

/** Every .svelte file under a folder. */
function components(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? components(join(dir, entry.name))
			: entry.name.endsWith('.svelte')
				? [join(dir, entry.name)]
				: []
	);
}

describe('no component holds a hard-coded UI string', () => {
	it('every text and every read-out attribute in src/ comes from t()', () => {
		const files = components('src');
		expect(files.length).toBeGreaterThan(15);
		const found = files.flatMap((f) => hardCodedStrings(f, readFileSync(f, 'utf8')));
		expect(found.map((h) => `${h.file}:${h.line}: ${h.text}`)).toEqual([]);
	});

	it('the guard sees a planted literal in text, in an attribute and in an expression', () => {
		const planted = [
			'<script lang="ts">let saved = $state(false);</script>',
			'<h1>{t("title")}</h1>',
			'<p>Saved words</p>',
			'<button aria-label="Close">×</button>',
			'<input placeholder="Search" title={t("x")} />',
			'<img alt="Logo" src="a.svg" />',
			'{#if saved}<span title={saved ? "Saved" : t("save")}>{saved ? t("saved") : "Save"}</span>{/if}',
			'<p>{kind === "shown" ? t("shown") : t("hidden")}</p>',
			'<a href="/" lang="zh-Hans">对照</a>',
			'<p>{"Hard-coded"}</p>',
			'<style>p { color: red; }</style>'
		].join('\n');
		expect(hardCodedStrings('planted.svelte', planted)).toEqual([
			{ file: 'planted.svelte', line: 3, text: 'Saved words' },
			{ file: 'planted.svelte', line: 4, text: 'Close' },
			{ file: 'planted.svelte', line: 5, text: 'Search' },
			{ file: 'planted.svelte', line: 6, text: 'Logo' },
			{ file: 'planted.svelte', line: 7, text: 'Saved' },
			{ file: 'planted.svelte', line: 7, text: 'Save' },
			{ file: 'planted.svelte', line: 10, text: 'Hard-coded' }
		]);
		expect(ALLOWED.has('×')).toBe(false); // no letter in it: allowed without a list
	});
});
