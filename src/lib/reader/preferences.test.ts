import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import en from '../../../translations/interface/en.json';
import { PANEL_CHOICES, PREFERENCES, prepaintScript, STORAGE_PREFIX } from './preference-schema.js';

/** Run the pre-paint script against a stored map at `path`; what it sets on `<html>`. */
function prepaintAt(
	stored: Record<string, string> | 'throws',
	path = '/'
): { dataset: Record<string, string>; hidden: boolean; replaced: string | null } {
	const dataset: Record<string, string> = {};
	const localStorage = {
		getItem(key: string) {
			if (stored === 'throws') throw new Error('SecurityError');
			return stored[key] ?? null;
		}
	};
	const classes = new Set(['no-js']);
	const classList = {
		replace: (a: string, b: string) => classes.delete(a) && classes.add(b)
	};
	const documentElement = { dataset, classList, hidden: false };
	let replaced: string | null = null;
	const location = {
		pathname: path,
		search: '?q=1',
		hash: '#p2s1',
		replace: (to: string) => (replaced = to)
	};
	new Function('document', 'localStorage', 'location', prepaintScript())(
		{ documentElement },
		localStorage,
		location
	);
	return { dataset, hidden: documentElement.hidden, replaced };
}

const prepaint = (stored: Record<string, string> | 'throws') => prepaintAt(stored).dataset;

describe('reading preferences', () => {
	it('the pre-paint script applies stored values that are not the default, and only those', () => {
		expect(
			prepaint({
				[`${STORAGE_PREFIX}pinyin`]: 'off',
				[`${STORAGE_PREFIX}layout`]: 'zh',
				[`${STORAGE_PREFIX}theme`]: 'system',
				[`${STORAGE_PREFIX}size`]: 'huge',
				[`${STORAGE_PREFIX}colours`]: '<script>',
				[`${STORAGE_PREFIX}nonsense`]: 'on'
			})
		).toEqual({ pinyin: 'off', layout: 'zh' });
	});

	it('the pre-paint script leaves the page as it is when storage refuses', () => {
		expect(prepaint('throws')).toEqual({});
	});

	it('goes unseen to a reading page in the remembered characters, and only then', () => {
		const hant = { [`${STORAGE_PREFIX}script`]: 'hant' };
		const hans = { [`${STORAGE_PREFIX}script`]: 'hans' };
		expect(prepaintAt(hant, '/read/doc')).toEqual({
			dataset: { script: 'hant' },
			hidden: true,
			replaced: '/read/doc/hant?q=1#p2s1'
		});
		expect(prepaintAt(hant, '/zh/read/doc').replaced).toBe('/zh/read/doc/hant?q=1#p2s1');
		expect(prepaintAt(hans, '/zh/read/doc/hant')).toEqual({
			dataset: {},
			hidden: true,
			replaced: '/zh/read/doc?q=1#p2s1'
		});
		// Already there; nothing remembered (the address holds); not a reading page; a bad value.
		expect(prepaintAt(hant, '/read/doc/hant').replaced).toBeNull();
		expect(prepaintAt(hans, '/read/doc').replaced).toBeNull();
		expect(prepaintAt({}, '/read/doc/hant')).toEqual({
			dataset: { script: 'hant' },
			hidden: false,
			replaced: null
		});
		expect(prepaintAt(hant, '/glossary/doc').replaced).toBeNull();
		expect(prepaintAt(hant, '/read/doc/lookup.json').replaced).toBeNull();
		expect(prepaintAt({ [`${STORAGE_PREFIX}script`]: 'klingon' }, '/read/doc').replaced).toBeNull();
	});

	it('every choice in the panel has a label, and each of its values', () => {
		const options = en.reader.options as unknown as Record<string, Record<string, string>>;
		for (const name of PANEL_CHOICES) {
			expect(options[name]?.label, name).toMatch(/\w/);
			for (const value of PREFERENCES[name])
				expect(options[name]?.[value], `${name} ${value}`).toMatch(/\w/);
		}
	});

	it('every switch has a label and a hint', () => {
		const reader = en.reader as Record<string, unknown>;
		const switches = Object.entries(PREFERENCES).filter(([, v]) => v.join() === 'on,off');
		expect(switches.map(([n]) => n)).toEqual(['english', 'sandhi', 'neutral']);
		for (const [name] of switches) {
			expect(reader[name], name).toMatch(/\w/);
			expect(reader[`${name}Hint`], name).toMatch(/\w/);
		}
	});
});

/** WCAG 2 relative luminance and contrast. */
function luminance(hex: string): number {
	const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : hex.slice(1);
	const [r, g, b] = [0, 2, 4].map((i) => {
		const c = parseInt(full.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}
function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

describe('tone colours', () => {
	const css = readFileSync('src/app.css', 'utf8');
	const pair = (name: string): [string, string] => {
		const m = css.match(new RegExp(`--${name}: light-dark\\((#[0-9a-f]+), (#[0-9a-f]+)\\)`, 'i'));
		if (!m?.[1] || !m[2]) throw new Error(`no --${name} in app.css`);
		return [m[1], m[2]];
	};

	it('reach 4.5:1 (WCAG AA) on the paper, in the light and the dark theme, in both schemes', () => {
		const [light, dark] = pair('paper');
		const found: string[] = [];
		for (const scheme of ['standard', 'safe']) {
			for (let tone = 1; tone <= 5; tone++) {
				const [onLight, onDark] = pair(`tone-${scheme}-${tone}`);
				for (const [fg, bg, theme] of [
					[onLight, light, 'light'],
					[onDark, dark, 'dark']
				] as const) {
					const ratio = contrast(fg, bg);
					if (ratio < 4.5) found.push(`${scheme} ${tone} ${theme}: ${ratio.toFixed(2)}`);
				}
			}
		}
		expect(found).toEqual([]);
	});

	it('the contrast check itself can fail', () => {
		expect(contrast('#777777', '#fbf9f5')).toBeLessThan(4.5);
		expect(contrast('#000', '#fff')).toBeCloseTo(21, 0);
	});
});
