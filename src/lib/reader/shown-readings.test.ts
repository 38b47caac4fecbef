import { describe, expect, it } from 'vitest';
import { SYLLABLES } from '$lib/engine/pinyin-syllables';
import { toMarked } from '$lib/engine/syllable';
import { readingsScript } from './preference-schema.js';
import { readingOf, showReadings } from './shown-readings';
import { BUILT_READINGS, toneOf, type ReadingChoice } from './tones';

/** Just enough of an element for the readings script and showReadings. */
class FakeElement {
	readonly attributes = new Map<string, string>();
	readonly tag: string;
	className: string;
	textContent: string;
	constructor(tag: string, className: string, textContent: string, attributes = {}) {
		this.tag = tag;
		this.className = className;
		this.textContent = textContent;
		for (const [k, v] of Object.entries(attributes)) this.attributes.set(k, String(v));
	}
	getAttribute(name: string): string | null {
		return this.attributes.get(name) ?? null;
	}
	setAttribute(name: string, value: string): void {
		this.attributes.set(name, value);
	}
	matches(selector: string): boolean {
		return selector.split(',').some((one) => {
			if (one === this.tag) return true;
			if (one.startsWith('.')) return this.className.split(' ').includes(one.slice(1));
			const attribute = /^\[([a-z-]+)(?:="(.*)")?\]$/.exec(one);
			if (!attribute?.[1]) return false;
			const value = this.attributes.get(attribute[1]);
			return value !== undefined && (attribute[2] === undefined || attribute[2] === value);
		});
	}
}

class FakeRoot extends FakeElement {
	readonly children: FakeElement[];
	constructor(children: FakeElement[]) {
		super('div', 'text', '', { 'data-text': 'prerendered' });
		this.children = children;
	}
	querySelectorAll(selector: string): FakeElement[] {
		return this.children.filter((c) => c.matches(selector));
	}
}

/** A page's syllables: every syllable in every tone, 一 and 不 changed, neutral ones with a full tone. */
function page(): FakeRoot {
	const all = [...SYLLABLES].flatMap((s) => [1, 2, 3, 4, 5].map((t) => toMarked(s + String(t))));
	const rt = (text: string, attributes: Record<string, string> = {}) =>
		new FakeElement('rt', `t${toneOf(text)}`, text, attributes);
	return new FakeRoot([
		...all.map((s) => rt(s)),
		rt('yí', { 'data-citation': 'yī' }),
		rt('bú', { 'data-citation': 'bù' }),
		rt('shi', { 'data-full': 'shí' }),
		rt(''),
		new FakeElement('span', 'syl', 'yì', { 'data-citation': 'yī' }),
		new FakeElement('span', 'syl', 'Xí')
	]);
}

/** Run the page's readings script with `<html>` saying `choice`. */
function runScript(root: FakeRoot, choice: ReadingChoice): void {
	const dataset: Record<string, string> = {};
	for (const [name, value] of Object.entries(choice))
		if (value !== BUILT_READINGS[name as keyof ReadingChoice]) dataset[name] = value;
	const document = {
		documentElement: { dataset },
		// The containers the script marks, then the syllables it rewrites.
		querySelectorAll: (selector: string) =>
			selector.includes('prerendered')
				? [root].filter((r) => r.matches(selector))
				: root.querySelectorAll(selector)
	};
	new Function('document', readingsScript())(document);
}

const state = (root: FakeRoot) =>
	root.children.map((c) => `${c.textContent} ${c.className} ${c.getAttribute('data-py')}`);

const CHOICES: ReadingChoice[] = ['on', 'off'].flatMap((sandhi) =>
	['on', 'off'].flatMap((neutral) =>
		['marks', 'numbers'].map((tones) => ({ sandhi, neutral, tones }) as ReadingChoice)
	)
);

describe('the readings of a page', () => {
	it('are shown before the first paint as the reader code shows them afterwards', () => {
		for (const choice of CHOICES) {
			const [painted, changed] = [page(), page()];
			runScript(painted, choice);
			showReadings(changed, choice);
			expect(state(painted), JSON.stringify(choice)).toEqual(state(changed));
			expect(painted.getAttribute('data-readings')).toBe(changed.getAttribute('data-readings'));
		}
	});

	it('are left as built by the script when the choices are the defaults', () => {
		const root = page();
		const before = state(root);
		runScript(root, BUILT_READINGS);
		expect(state(root)).toEqual(before);
		expect(root.getAttribute('data-readings')).toBeNull();
	});

	it('change from any choice to any other as if drawn with it, and back', () => {
		const shown = (root: FakeRoot) => root.children.map((c) => `${c.textContent} ${c.className}`);
		for (const from of CHOICES)
			for (const to of CHOICES) {
				const [root, fresh, built] = [page(), page(), page()];
				runScript(root, from);
				showReadings(root, to);
				showReadings(fresh, to);
				expect(shown(root), `${JSON.stringify(from)} → ${JSON.stringify(to)}`).toEqual(
					shown(fresh)
				);
				// What was built is kept by every syllable that shows something else.
				root.children.forEach((c, i) => {
					const was = built.children[i]?.textContent;
					if (c.textContent !== was) expect(c.getAttribute('data-py')).toBe(was);
				});
			}
	});

	it('give 一 its tone colour with its reading, and the popover the reading shown', () => {
		const root = page();
		const yi = root.children.find((c) => c.getAttribute('data-citation') === 'yī');
		if (!yi) throw new Error('no 一');
		runScript(root, { ...BUILT_READINGS, sandhi: 'off', tones: 'numbers' });
		expect([yi.textContent, yi.className]).toEqual(['yi1', 't1']);
		expect(readingOf(yi, { ...BUILT_READINGS, sandhi: 'off', tones: 'numbers' })).toBe('yī');
		showReadings(root, BUILT_READINGS);
		expect([yi.textContent, yi.className]).toEqual(['yí', 't2']);
		expect(readingOf(yi, BUILT_READINGS)).toBe('yí');
	});
});
