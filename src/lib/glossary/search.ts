import { toneless } from '$lib/engine/syllable';
import type { GlossaryItem } from '$lib/model';

const TONED = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/u;
const HAN = /\p{Script=Han}/u;

/** How well one entry matches; 0 is no match. Higher ranks first. */
function score(item: GlossaryItem, raw: string): number {
	const query = raw.trim().toLowerCase().normalize('NFC');
	if (!query) return 0;
	const { keys } = item;
	if (HAN.test(query)) {
		const compact = query.replace(/\s+/g, '');
		if (keys.hanzi[0] === compact) return 100;
		if (keys.hanzi.includes(compact)) return 95;
		if (keys.hanzi.some((h) => h.startsWith(compact))) return 70;
		if (keys.hanzi.some((h) => h.includes(compact))) return 60;
		return 0;
	}
	let best = 0;
	// Pinyin: with tones (exact marks), without tones, or with tone numbers.
	const compact = query.replace(/[\s'’-]+/g, '');
	if (/^[a-zü:0-9āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]+$/u.test(compact)) {
		const toned = TONED.test(compact);
		const plain = toneless(compact)
			.replace(/[1-5]/g, '')
			.replaceAll('v', 'u')
			.replaceAll('u:', 'u');
		const pool = toned ? keys.toned : keys.toneless;
		const probe = toned ? compact : plain;
		if (pool[0] === probe) best = Math.max(best, 90);
		else if (pool.includes(probe)) best = Math.max(best, 88);
		else if (pool.some((p) => p.startsWith(probe))) best = Math.max(best, 50);
		else if (probe.length >= 3 && pool.some((p) => p.includes(probe))) best = Math.max(best, 40);
		if (!toned && keys.initials.includes(plain)) best = Math.max(best, 80);
		else if (!toned && plain.length >= 2 && keys.initials.some((i) => i.startsWith(plain))) {
			best = Math.max(best, 30);
		}
	}
	// English: an abbreviation, the whole phrase, or every word as a word prefix.
	if (item.abbreviation?.toLowerCase() === query) best = Math.max(best, 92);
	if (keys.english.some((e) => e === query)) best = Math.max(best, 85);
	const words = query.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
	const matches = (texts: readonly string[]) => {
		const text = texts.join(' ');
		const textWords = text.split(/[^\p{L}\p{N}]+/u);
		if (!words.length || !words.every((w) => textWords.some((e) => e.startsWith(w)))) return 0;
		return text.includes(query) ? 2 : 1;
	};
	const name = matches(keys.english);
	if (name) best = Math.max(best, name === 2 ? 25 : 20);
	// What an entry's senses explain ("two bureaus" finds 两局): after every name match.
	const explained = words.length && words.join('').length >= 3 ? matches(keys.explanation) : 0;
	if (explained) best = Math.max(best, explained === 2 ? 12 : 10);
	return best;
}

/** Entries matching `query`, best first (exact headword matches lead). */
export function searchGlossary(items: readonly GlossaryItem[], query: string): GlossaryItem[] {
	return items
		.map((item) => ({ item, score: score(item, query) }))
		.filter((r) => r.score > 0)
		.sort(
			(a, b) =>
				b.score - a.score ||
				a.item.headword.length - b.item.headword.length ||
				a.item.pinyin.localeCompare(b.item.pinyin)
		)
		.map((r) => r.item);
}
