import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import {
	PREPAINT_PLACEHOLDER,
	prepaintScript,
	READINGS_PLACEHOLDER,
	readingsScript
} from './src/lib/reader/preference-schema.js';

/**
 * A CSP hash source for `text`.
 * @param {string} text
 * @returns {`sha256-${string}`}
 */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

/**
 * The hash of every inline script in `src/app.html` (the pre-paint preference script and the
 * readings script, as the server hook fills them in from src/lib/reader/preference-schema.js).
 * SvelteKit hashes the scripts it writes itself; the template's own it leaves to us, so it is
 * worked out here from the file as it stands and a change to the script cannot be forgotten.
 */
function templateScriptHashes() {
	const template = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...template.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, body]) =>
		sha256(
			(body ?? '')
				.replace(PREPAINT_PLACEHOLDER, prepaintScript())
				.replace(READINGS_PLACEHOLDER, readingsScript())
		)
	);
}

/**
 * The hash of the one style attribute SvelteKit writes itself: the hidden route announcer in
 * its generated root component. Without it the policy would block the announcer's styles and
 * it would show on screen; with `'unsafe-hashes'`, that exact attribute is allowed and no
 * other. Read from SvelteKit's source, so an upgrade that changes the styles changes the hash.
 */
function announcerStyleHash() {
	const root = readFileSync(
		new URL('./node_modules/@sveltejs/kit/src/core/sync/write_root.js', import.meta.url),
		'utf8'
	);
	const style = root.match(/id="svelte-announcer"[^>]*?style="([^"]*)"/)?.[1];
	if (!style) throw new Error('svelte.config.js: SvelteKit’s route announcer has no style to hash');
	return sha256(style);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// 404.html: static hosts serve it for unknown paths, and it shows the error page.
		adapter: adapter({ strict: true, fallback: '404.html' }),
		// Every page is prerendered, so the policy goes into each page as a <meta> tag with the
		// hashes of that page's inline scripts. Directives a <meta> cannot carry
		// (frame-ancestors) are sent by the host: static/_headers.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', ...templateScriptHashes()],
				'style-src': ['self'],
				'style-src-attr': ['unsafe-hashes', announcerStyleHash()],
				'img-src': ['self'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// A broken internal link or a missing #fragment target fails the build.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		}
	}
};

export default config;
