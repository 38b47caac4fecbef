import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/** The rules ESLint breaks for `code` linted as if it were src/lib/engine/x.ts. */
async function brokenRules(code: string, filePath = 'src/lib/engine/x.ts'): Promise<string[]> {
	const eslint = new ESLint({
		// The snippet is no file of the TypeScript project: lint it without type information.
		overrideConfig: {
			languageOptions: { parserOptions: { projectService: false, project: null } },
			rules: {
				'@typescript-eslint/no-floating-promises': 'off',
				'@typescript-eslint/no-misused-promises': 'off'
			}
		}
	});
	const [result] = await eslint.lintText(code, { filePath });
	return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('the engine layer (eslint.config.js)', () => {
	it('lets pure code through', async () => {
		expect(
			await brokenRules("import { isHan } from './han.ts';\nexport const x = isHan('中');\n")
		).toEqual([]);
	});
	it.each([
		"import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n",
		"import path from 'path';\nexport const x = path;\n",
		"import { browser } from '$app/environment';\nexport const x = browser;\n",
		"import { dictionary } from '$lib/server/dictionary';\nexport const x = dictionary;\n",
		"import { dictionary } from '../server/dictionary.ts';\nexport const x = dictionary;\n",
		"import { onMount } from 'svelte';\nexport const x = onMount;\n",
		"import { writable } from 'svelte/store';\nexport const x = writable;\n"
	])('refuses an import: %s', async (code) => {
		expect(await brokenRules(code)).toEqual(['no-restricted-imports']);
	});
	it.each([
		'export const x = document.title;\n',
		'export const x = window.innerWidth;\n',
		"export const x = localStorage.getItem('k');\n",
		"export const x = fetch('/dictionary/meta.json');\n",
		'export const x = process.env.HOME;\n'
	])('refuses a global: %s', async (code) => {
		expect(await brokenRules(code)).toEqual(['no-restricted-globals']);
	});
	it('leaves the rest of src/ and the engine’s tests alone', async () => {
		const code = "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n";
		expect(await brokenRules(code, 'src/lib/server/x.ts')).toEqual([]);
		expect(await brokenRules(code, 'src/lib/engine/x.test.ts')).toEqual([]);
	});
});
