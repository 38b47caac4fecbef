/**
 * The import modules run in a Web Worker as well as in Node: no node: modules, no DOM beyond
 * TextDecoder, no server code (SvelteKit refuses $lib/server in the browser).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DIR = 'src/lib/import';
const modules = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));

describe('src/lib/import is browser-safe', () => {
	it('has its modules', () => {
		expect(modules).toEqual(
			expect.arrayContaining(['decode.ts', 'formats.ts', 'pair.ts', 'id.ts', 'document-yaml.ts'])
		);
	});

	it.each(modules)(
		'%s imports only its siblings, ../ids.ts, fflate and yaml, and uses no DOM',
		(file) => {
			const source = readFileSync(`${DIR}/${file}`, 'utf8');
			const imports = [...source.matchAll(/^import[^;]*?from '([^']+)'/gms)].map((m) => m[1]);
			for (const spec of imports) {
				expect(spec, file).toMatch(/^(?:\.\/[a-z-]+\.ts|\.\.\/ids\.ts|fflate|yaml)$/);
			}
			expect(source).not.toMatch(
				/\b(?:document|window|localStorage|process)\.|\bnew DOMParser\b|\brequire\(/
			);
		}
	);
});
