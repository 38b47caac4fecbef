/**
 * A component rendered once at build time as markup the browser never hydrates (a shipped
 * document's text, its title and notes: article.ts; the static host's not-found page:
 * not-found.ts). Svelte renders it, so everything in it is escaped as in any other component;
 * only the hydration markers, useless in markup that is never hydrated, are dropped.
 */
import type { Component } from 'svelte';
import { render } from 'svelte/server';

/** Svelte's hydration markers: `<!--[-->`, `<!--[0-->`, `<!--[-1-->`, `<!--[!-->`, `<!--]-->`, `<!---->`. */
const MARKER = /<!--(?:\[!?(?:-?\d+)?|\])?-->/g;

export function staticMarkup<Props extends Record<string, unknown>>(
	component: Component<Props>,
	props: Props
): string {
	return render(component, { props }).body.replace(MARKER, '');
}
