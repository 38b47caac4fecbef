/**
 * Reading preferences, remembered in localStorage. Each is also applied before the first
 * paint by the inline script in src/app.html (same keys and values), as
 * `<html data-pinyin="off">`, `data-english`, `data-sandhi` (一 and 不 with tone changes),
 * `data-neutral` (lexical neutral tones as heard, not in full).
 */
export type Preference = 'pinyin' | 'english' | 'sandhi' | 'neutral';

function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

export class ReaderPreferences {
	/** Start as the prerendered page shows them; `restore()` applies the stored choices. */
	pinyin = $state(true);
	english = $state(true);
	sandhi = $state(true);
	neutral = $state(true);

	restore(): void {
		for (const name of ['pinyin', 'english', 'sandhi', 'neutral'] as const) {
			const stored = readStored(`duizhao:${name}`);
			if (stored === 'on' || stored === 'off') this[name] = stored === 'on';
		}
	}

	set(name: Preference, on: boolean): void {
		this[name] = on;
		document.documentElement.dataset[name] = on ? 'on' : 'off';
		try {
			localStorage.setItem(`duizhao:${name}`, on ? 'on' : 'off');
		} catch {
			// Private mode or quota: the choice holds for this page only.
		}
	}
}
