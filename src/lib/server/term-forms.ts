/**
 * How the glossary's forms are cut into words and said: the words of a longer term, to look
 * up one by one (倒逼 机制 in 倒逼机制), and 一 and 不 with their tone changes (五位一体 wǔ wèi
 * yī tǐ is said wǔ wèi yì tǐ). The reader pages (content.ts) and `duizhao annotate` share it.
 */
import { createAnnotator, type Annotator, type AnnotatorData } from '../engine/annotator.ts';
import { spokenSyllables } from '../engine/tone-change.ts';

const isHan = (c: string) => /\p{Script=Han}/u.test(c);

export class TermForms {
	readonly #data: AnnotatorData;
	/** An annotator without the glossary, made on first use. */
	#plain: Annotator | undefined;

	constructor(data: AnnotatorData) {
		this.#data = data;
	}

	/**
	 * The words a form is made of, as the text would be cut without the glossary: their texts,
	 * in order, covering the form.
	 */
	words(zh: string): string[] {
		this.#plain ??= createAnnotator(this.#data);
		const dict = this.#data.dictionary;
		return this.#plain.annotate(zh).flatMap((t) => {
			const chars = Array.from(t.text);
			if (!dict || chars.length < 2 || dict.lookup(t.text).length) return [t.text];
			// A word the segmenter knows but the dictionary has no entry for (倒逼机制): the
			// longest words with entries, from the left.
			const words: string[] = [];
			for (let at = 0; at < chars.length;) {
				let end = chars.length - (at === 0 ? 1 : 0);
				while (end > at + 1 && !dict.lookup(chars.slice(at, end).join('')).length) end--;
				words.push(chars.slice(at, end).join(''));
				at = end;
			}
			return words;
		});
	}

	/** A form's reading as said: 一 and 不 with their tone changes, where its words let them. */
	spoken(zh: string, pinyin: string): string {
		if (!/[一不]/u.test(zh)) return pinyin;
		const han = Array.from(zh).filter(isHan);
		const syllables = pinyin.trim().split(/\s+/);
		if (han.length !== syllables.length) return pinyin;
		const ends = new Set<number>();
		let at = -1;
		for (const word of this.words(zh)) {
			const n = Array.from(word).filter(isHan).length;
			if (n) ends.add((at += n));
		}
		return spokenSyllables(han, syllables, ends).join(' ');
	}
}
