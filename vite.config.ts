import { readFileSync } from 'node:fs';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { parseHostHeaders } from './src/lib/server/host-headers.ts';

/** The preview server sends the headers static/_headers asks a host for, on every response. */
function hostHeaders(): Plugin {
	const headers = parseHostHeaders(readFileSync('static/_headers', 'utf8')).get('/*') ?? {};
	return {
		name: 'duizhao-host-headers',
		configurePreviewServer(server) {
			server.middlewares.use((_request, response, next) => {
				for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
				next();
			});
		}
	};
}

export default defineConfig({
	plugins: [hostHeaders(), sveltekit()],
	server: { fs: { allow: ['translations'] } },
	// The import page's annotation Worker is a module Worker.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
		environment: 'node',
		// Some tests run the CLI or the whole engine over the seed: seconds on a busy 2-core machine.
		testTimeout: 30_000,
		// Components render with i18next, as at build time.
		setupFiles: ['src/lib/server/i18next.ts']
	}
});
