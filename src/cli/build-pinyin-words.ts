/**
 * `node src/cli/build-pinyin-words.ts`: writes src/lib/server/pinyin-words.json, the words of
 * pinyin-pro's larger dictionary (`@pinyin-pro/data/complete`, pinned in package.json) that
 * plain pinyin-pro reads differently on their own. Adding only these to pinyin-pro reads the
 * CPP polyphone data almost as well as adding all 349k words (tuning slice with CC-CEDICT:
 * 94.19% against 94.21%), and loads in a few dozen milliseconds instead of about two seconds.
 * Run it again after updating either package.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pinyin } from 'pinyin-pro';
import { writeServerJson } from './write-json.ts';

const require = createRequire(import.meta.url);
const source = require.resolve('@pinyin-pro/data/complete.json');
const complete = JSON.parse(readFileSync(source, 'utf8')) as Record<string, [string, number]>;

const words: Record<string, [string, number]> = {};
for (const [word, entry] of Object.entries(complete)) {
	if (pinyin(word, { type: 'array' }).join(' ') !== entry[0]) words[word] = entry;
}
const out = await writeServerJson('pinyin-words.json', words);
console.log(
	`${Object.keys(words).length} of ${Object.keys(complete).length} words written to ${out}`
);
