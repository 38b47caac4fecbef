/**
 * Reading preferences, remembered in localStorage. The pinyin choice is also applied
 * before the first paint by the inline script in src/app.html (same key and values).
 */
const PINYIN_KEY = 'duizhao:pinyin';

function readStored(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

export class ReaderPreferences {
	/** Starts as the prerendered page shows it; `restore()` applies the stored choice. */
	pinyin = $state(true);

	restore(): void {
		const stored = readStored(PINYIN_KEY);
		if (stored === 'on' || stored === 'off') this.pinyin = stored === 'on';
	}

	setPinyin(on: boolean): void {
		this.pinyin = on;
		document.documentElement.dataset.pinyin = on ? 'on' : 'off';
		try {
			localStorage.setItem(PINYIN_KEY, on ? 'on' : 'off');
		} catch {
			// Private mode or quota: the choice holds for this page only.
		}
	}
}
