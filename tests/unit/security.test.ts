import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../svelte.config.js';
import { parseHostHeaders } from '../../src/lib/server/host-headers.ts';

/** Every file under a folder, by path. */
function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)]
	);
}

/** The ways text becomes markup in a browser; none may appear in the source. */
const MARKUP_SINKS = /\{@html\b|\.innerHTML\b|\.outerHTML\b|insertAdjacentHTML|document\.write/;

/** The lines of `text` that hold a markup sink, as `file:line: line`. */
const sinks = (file: string, text: string) =>
	text
		.split('\n')
		.flatMap((line, i) => (MARKUP_SINKS.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : []));

describe('nothing is ever rendered as markup', () => {
	it('no {@html}, innerHTML, outerHTML, insertAdjacentHTML or document.write in src/ or app.html', () => {
		const files = filesUnder('src').filter((f) => /\.(ts|js|svelte|html)$/.test(f));
		expect(files.length).toBeGreaterThan(50);
		expect(files.flatMap((f) => sinks(f, readFileSync(f, 'utf8')))).toEqual([]);
	});

	it('the guard sees each sink', () => {
		for (const line of [
			'{@html text}',
			'el.innerHTML = x',
			'el.outerHTML = x',
			'el.insertAdjacentHTML("beforeend", x)',
			'document.write(x)'
		]) {
			expect(sinks('x.ts', `ok\n${line}`), line).toEqual([`x.ts:2: ${line}`]);
		}
	});
});

describe('the Content-Security-Policy', () => {
	const directives = config.kit?.csp?.directives ?? {};
	const sources = Object.values(directives).flat().map(String);

	it('is in hash mode, for prerendered pages', () => {
		expect(config.kit?.csp?.mode).toBe('hash');
	});

	it('allows no eval, no inline script or style, and no other origin', () => {
		expect(sources.filter((s) => /unsafe-(eval|inline)|:|\*/.test(s))).toEqual([]);
		expect(directives['script-src']?.[0]).toBe('self');
		expect(directives['default-src']).toEqual(['self']);
		expect(directives['object-src']).toEqual(['none']);
		expect(directives['base-uri']).toEqual(['self']);
	});

	it('hashes the pre-paint script of app.html as it stands', async () => {
		const { createHash } = await import('node:crypto');
		const script = /<script>([\s\S]*?)<\/script>/.exec(readFileSync('src/app.html', 'utf8'))?.[1];
		expect(script).toBeTruthy();
		const hash = `sha256-${createHash('sha256')
			.update(script ?? '')
			.digest('base64')}`;
		expect(directives['script-src']).toContain(hash);
	});
});

describe('static/_headers', () => {
	const all = parseHostHeaders(readFileSync('static/_headers', 'utf8')).get('/*') ?? {};

	it('asks the host for nosniff, a referrer policy and no framing', () => {
		expect(all['X-Content-Type-Options']).toBe('nosniff');
		expect(all['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
		expect(all['Content-Security-Policy']).toContain("frame-ancestors 'none'");
		expect(all['Content-Security-Policy']).toContain("object-src 'none'");
	});

	it('is read as a host reads it, and a line that is not a header is an error', () => {
		const rules = parseHostHeaders('# a comment\n/*\n  A: 1\n  B: two: three\n/x\n  C: 3\n');
		expect([...rules]).toEqual([
			['/*', { A: '1', B: 'two: three' }],
			['/x', { C: '3' }]
		]);
		expect(() => parseHostHeaders('/*\n  no colon here\n')).toThrow('_headers:2:');
		expect(() => parseHostHeaders('  A: 1\n')).toThrow('_headers:1:');
	});
});
