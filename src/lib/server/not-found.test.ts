import { describe, expect, it } from 'vitest';
import { isFallback, withNotFound } from './not-found';

/** A fallback page as SvelteKit writes it: nothing in the body but the start script. */
const EMPTY = `<!doctype html><html lang="en"><head><meta charset="utf-8" /></head><body><div class="app"><div style="display: contents"><script>start()</script></div></div></body></html>`;

describe('the static host’s not-found page', () => {
	it('is the page SvelteKit renders for its fallback, and no other', () => {
		expect(isFallback(new URL('http://sveltekit-prerender/[fallback]'))).toBe(true);
		expect(isFallback(new URL('http://localhost/no-such-page'))).toBe(false);
		expect(isFallback(new URL('http://localhost/zh/fallback'))).toBe(false);
	});

	it('says there is no page in both languages, each with its way home, without JavaScript', () => {
		const html = withNotFound(EMPTY);
		const noscript = html.match(/<noscript>([\s\S]*)<\/noscript>/)?.[1] ?? '';
		expect(noscript).toContain('<section lang="en"><h1>There is no page here.</h1>');
		expect(noscript).toContain('<a href="/">Go to the library</a>');
		expect(noscript).toContain('<section lang="zh-Hans"><h1>此页面不存在。</h1>');
		expect(noscript).toContain('<a href="/zh">返回文库</a>');
		// Before the start script, inside the app's container; the script is still there.
		expect(html.indexOf('<noscript>')).toBeLessThan(html.indexOf('<script>start()'));
		expect(html).toContain('<script>start()</script>');
		expect(html).not.toMatch(/<!--/);
	});

	it('has a title in both languages', () => {
		const head = withNotFound(EMPTY).split('</head>')[0] ?? '';
		expect(head).toContain('<title>Page not found · 找不到页面 · Duizhao</title>');
	});
});
