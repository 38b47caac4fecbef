import { describe, expect, it } from 'vitest';
import { mayBeChinese, whenChineseVoice, type VoiceList } from './voices';

function synthesis(langs: string[]) {
	const listeners = new Set<() => void>();
	const list: VoiceList & { change(to: string[]): void; listening: () => number } = {
		getVoices: () => langs.map((lang) => ({ lang })),
		addEventListener: (_type, listener) => void listeners.add(listener),
		removeEventListener: (_type, listener) => void listeners.delete(listener),
		change(to) {
			langs = to;
			for (const listener of [...listeners]) listener();
		},
		listening: () => listeners.size
	};
	return list;
}

describe('waiting for a Chinese voice before loading the speech code', () => {
	it('knows the ways systems write a Chinese voice’s language', () => {
		for (const lang of ['zh-CN', 'zh_TW', 'zh', 'cmn-Hans-CN', 'yue-HK', 'ZH-cn']) {
			expect(mayBeChinese(lang), lang).toBe(true);
		}
		for (const lang of ['en-GB', 'zu-ZA', 'ja-JP', '', 'ezh'])
			expect(mayBeChinese(lang), lang).toBe(false);
	});

	it('answers at once when there is one', () => {
		let found = 0;
		whenChineseVoice(synthesis(['en-US', 'zh-CN']), () => found++);
		expect(found).toBe(1);
	});

	it('waits for the voices to load, answers once, and stops listening', () => {
		const voices = synthesis([]);
		let found = 0;
		whenChineseVoice(voices, () => found++);
		voices.change(['en-US']);
		expect(found).toBe(0);
		voices.change(['en-US', 'zh-TW']);
		voices.change(['zh-CN']);
		expect(found).toBe(1);
		expect(voices.listening()).toBe(0);
	});

	it('stops waiting when told, and does nothing without speech synthesis', () => {
		const voices = synthesis([]);
		let found = 0;
		whenChineseVoice(voices, () => found++)();
		voices.change(['zh-CN']);
		expect(found).toBe(0);
		expect(() => whenChineseVoice(undefined, () => found++)()).not.toThrow();
		expect(found).toBe(0);
	});
});
