/**
 * CC-CEDICT's definitions made readable: its markup (`CL:個|个[ge4]`, `variant of 為|为[wei2]`,
 * numbered pinyin in brackets) as words and tone marks. Pure string work: the popover renders
 * the pieces (a word it can look up), the exports take the plain text.
 */
import { toMarked } from './syllable.ts';

/** A piece of a definition: plain text, or a word the definition refers to. */
export type DefinitionPiece =
	| { text: string }
	| {
			/** The word, simplified, as a reader would look it up. */
			word: string;
			/** Its pinyin, tone-marked, syllables joined by spaces ('' where CEDICT gives none). */
			pinyin: string;
	  };

const HAN = '[\\p{Script=Han}〇々·・]';
const NUMBERED_SYLLABLE = '[A-Za-zü:]+[1-5]';
const BRACKET = `\\[(${NUMBERED_SYLLABLE}(?:\\s+${NUMBERED_SYLLABLE})*)\\]`;
/** `個|个[ge4]`, `个[ge4]`, `為|为` (a word, its traditional form, its pinyin). */
const REFERENCE = new RegExp(`(${HAN}+)(?:\\|(${HAN}+))?(?:${BRACKET})?|${BRACKET}`, 'gu');

/** `ge4` -> `gè`, `Li3 Bai2` -> `Lǐ Bái`: a capital (a name) stays a capital. */
export function markedPinyin(numbered: string): string {
	return numbered
		.trim()
		.split(/\s+/)
		.map((syllable) => {
			const marked = toMarked(syllable);
			const first = syllable.charAt(0);
			return first !== first.toLowerCase()
				? marked.charAt(0).toUpperCase() + marked.slice(1)
				: marked;
		})
		.join(' ');
}

function pieces(text: string): DefinitionPiece[] {
	const out: DefinitionPiece[] = [];
	const push = (piece: DefinitionPiece) => {
		const last = out.at(-1);
		if ('text' in piece && last && 'text' in last) last.text += piece.text;
		else if (!('text' in piece) || piece.text) out.push(piece);
	};
	let at = 0;
	for (const m of text.matchAll(REFERENCE)) {
		push({ text: text.slice(at, m.index) });
		const [, first, simplified, pinyin, alone] = m;
		if (alone !== undefined) push({ text: markedPinyin(alone) });
		else push({ word: simplified ?? first ?? '', pinyin: pinyin ? markedPinyin(pinyin) : '' });
		at = m.index + m[0].length;
	}
	push({ text: text.slice(at) });
	return out;
}

/**
 * One CC-CEDICT sense as pieces: `CL:個|个[ge4],隻|只[zhi1]` as "measure words: 个 gè, 只
 * zhī", `variant of 為|为[wei2]` as "variant of" and the word 为 wéi.
 */
export function formatSense(sense: string): DefinitionPiece[] {
	const classifiers = /^CL:\s*(.*)$/su.exec(sense.trim());
	if (classifiers) {
		const list = pieces(classifiers[1] ?? '');
		const count = list.filter((p) => 'word' in p).length;
		const label = count > 1 ? 'measure words: ' : 'measure word: ';
		return [
			{ text: label },
			...list.map((p) => ('text' in p ? { text: p.text.replace(/\s*,\s*/g, ', ') } : p))
		];
	}
	return pieces(sense);
}

/** A piece as plain text: a word with its pinyin after it (为 wéi). */
export function pieceText(piece: DefinitionPiece): string {
	if ('text' in piece) return piece.text;
	return piece.pinyin ? `${piece.word} ${piece.pinyin}` : piece.word;
}

/** One sense as plain text, for exports: "measure word: 个 gè". */
export function senseText(sense: string): string {
	return formatSense(sense).map(pieceText).join('');
}

/** A saved word's definition (senses joined by "; ") as plain text, for exports. */
export function definitionText(definition: string): string {
	return definition.split('; ').map(senseText).join('; ');
}

/** Senses with a character's surname senses ("surname Wang") after its other senses. */
export function surnamesLast(senses: readonly string[]): string[] {
	const surname = (s: string) => /^(?:old )?surname\b/i.test(s.trim());
	return [...senses.filter((s) => !surname(s)), ...senses.filter(surname)];
}
