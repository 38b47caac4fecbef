import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
			'scratch/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.ts', '**/*.svelte', '**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				projectService: { allowDefaultProject: ['playwright.config.ts'] },
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		},
		rules: {
			'@typescript-eslint/no-floating-promises': 'error',
			'@typescript-eslint/no-misused-promises': 'error'
		}
	},
	{
		// The engine runs in Node, in a Worker and in tests alike: it takes its data as
		// arguments and touches no file system, DOM, browser storage or network.
		files: ['src/lib/engine/**/*.ts'],
		ignores: ['src/lib/engine/**/*.test.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					paths: [
						...['fs', 'path', 'os', 'url', 'module', 'child_process', 'crypto', 'zlib'].map(
							(name) => ({ name, message: 'The engine is pure: no Node modules.' })
						),
						{ name: 'svelte', message: 'The engine is plain TypeScript: no Svelte.' }
					],
					patterns: [
						{ group: ['node:*'], message: 'The engine is pure: no Node modules.' },
						{ group: ['$app/*'], message: 'The engine knows nothing of SvelteKit.' },
						{ group: ['svelte/*'], message: 'The engine is plain TypeScript: no Svelte.' },
						{
							group: ['$lib/server', '$lib/server/*', '**/server', '**/server/*'],
							message: 'The engine takes its data as arguments: it never imports the server.'
						}
					]
				}
			],
			'no-restricted-globals': [
				'error',
				...[
					'window',
					'document',
					'navigator',
					'location',
					'localStorage',
					'sessionStorage',
					'indexedDB',
					'fetch',
					'XMLHttpRequest',
					'self',
					'process',
					'Buffer',
					'require',
					'__dirname',
					'__filename'
				].map((name) => ({
					name,
					message: 'The engine is pure: it takes what it needs as arguments.'
				}))
			]
		}
	}
);
