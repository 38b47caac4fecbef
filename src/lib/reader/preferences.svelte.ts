/**
 * Reading preferences, remembered in localStorage, as `<html data-{name}="{value}">` (the
 * default value leaves the attribute off). The names and values are those of
 * preference-schema.js, which the pre-paint script of every page reads too.
 */
import { PREFERENCES, STORAGE_PREFIX } from './preference-schema.js';
import { BUILT_READINGS, type ReadingChoice } from './tones';

export type Preference = keyof typeof PREFERENCES;
export type PreferenceValue<P extends Preference> = (typeof PREFERENCES)[P][number];
export type PreferenceValues = { [P in Preference]: PreferenceValue<P> };
/** The preferences that are a switch: on or off. */
export type Switch = {
	[P in Preference]: (typeof PREFERENCES)[P] extends readonly ['on', 'off'] ? P : never;
}[Preference];

export const NAMES = Object.keys(PREFERENCES) as Preference[];

export function defaults(): PreferenceValues {
	return Object.fromEntries(NAMES.map((n) => [n, PREFERENCES[n][0]])) as PreferenceValues;
}

export function isValue<P extends Preference>(name: P, v: unknown): v is PreferenceValue<P> {
	return (PREFERENCES[name] as readonly unknown[]).includes(v);
}

/**
 * How syllables are written on this page (tones.ts): one for the whole page, since the title,
 * the text, the popover and glossary readings all follow it. In the browser it starts as the
 * pre-paint script left `<html>`, so that what is hydrated matches what the readings script
 * showed; `ReaderPreferences` keeps it up to date.
 */
export const readingChoice: ReadingChoice = $state(painted());

function painted(): ReadingChoice {
	const choice = { ...BUILT_READINGS };
	if (typeof document === 'undefined') return choice;
	const root = document.documentElement.dataset;
	if (isValue('sandhi', root.sandhi)) choice.sandhi = root.sandhi;
	if (isValue('neutral', root.neutral)) choice.neutral = root.neutral;
	if (isValue('tones', root.tones)) choice.tones = root.tones;
	return choice;
}

const READING_NAMES = Object.keys(BUILT_READINGS) as (keyof ReadingChoice)[];

/** Follow a preference in `readingChoice` if it is one of the choices of reading. */
function follow(name: Preference, value: string): void {
	const reading = READING_NAMES.find((n) => n === name);
	if (reading && isValue(reading, value))
		(readingChoice as unknown as Record<string, string>)[reading] = value;
}

function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** The remembered value of preference `name`, if one is (and is one of its values). */
export function remembered<P extends Preference>(name: P): PreferenceValue<P> | undefined {
	const stored = readStored(STORAGE_PREFIX + name);
	return isValue(name, stored) ? stored : undefined;
}

export class ReaderPreferences {
	/** As the prerendered page shows them (the defaults); `restore()` applies the stored ones. */
	values = $state<PreferenceValues>(defaults());

	/**
	 * The stored values; where none is stored, what the pre-paint script put on the page (a
	 * reading page in Traditional characters, reached by its address, says so).
	 */
	restore(): void {
		const root = document.documentElement.dataset;
		for (const name of NAMES) {
			const stored = readStored(STORAGE_PREFIX + name) ?? root[name];
			if (!isValue(name, stored)) continue;
			(this.values as Record<Preference, string>)[name] = stored;
			follow(name, stored);
		}
	}

	set<P extends Preference>(name: P, value: PreferenceValue<P>): void {
		(this.values as Record<Preference, string>)[name] = value;
		follow(name, value);
		const root = document.documentElement.dataset;
		if (value === PREFERENCES[name][0]) delete root[name];
		else root[name] = value;
		try {
			localStorage.setItem(STORAGE_PREFIX + name, value);
		} catch {
			// Private mode or quota: the choice holds for this page only.
		}
	}

	on(name: Switch): boolean {
		return this.values[name] === 'on';
	}

	toggle(name: Switch): void {
		this.set(name, this.on(name) ? 'off' : 'on');
	}
}
