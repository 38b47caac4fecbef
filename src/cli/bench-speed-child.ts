/**
 * One engine's speed, in a process of its own (bench-pinyin.ts runs it): each engine is timed
 * in a fresh process, as a user would run it, so none pays for what another left in memory.
 * `node src/cli/bench-speed-child.ts ENGINE DATA_DIR` prints, in seconds, the first pass over
 * every CPP sentence (`cold`) and the best of the 3 passes after it (`seconds`). ENGINE: array, all (plain pinyin-pro), array+data (with the
 * @pinyin-pro/data words the server adds), duizhao (the reader's engine).
 */
import { pinyin } from 'pinyin-pro';
import { createAnnotator } from '../lib/engine/annotator.ts';
import { usePinyinWords } from '../lib/engine/pinyin-words.ts';
import { PINYIN_WORDS, readerData } from '../lib/server/annotator.ts';
import { loadCpp } from './cpp-data.ts';

const [engine = '', dataDir = ''] = process.argv.slice(2);
const sentences = loadCpp(dataDir).map((item) => item.sentence);

const CALLS: Record<string, () => (sentence: string) => unknown> = {
	array: () => (x) => pinyin(x, { type: 'array' }),
	all: () => (x) => pinyin(x, { type: 'all' }),
	'array+data': () => {
		usePinyinWords(PINYIN_WORDS);
		return (x) => pinyin(x, { type: 'array' });
	},
	duizhao: () => {
		const annotator = createAnnotator(readerData());
		// Set up as the others are, before the timing: it registers its pinyin-pro words.
		annotator.annotate('');
		return (x) => annotator.annotate(x);
	}
};
const make = CALLS[engine];
if (!make) {
	console.error(`bench-speed-child: unknown engine "${engine}" (${Object.keys(CALLS).join(', ')})`);
	process.exit(2);
}
const call = make();
// The first pass over the data, cold: the JIT compiles and the engines fill their caches
// (pinyin-pro builds its word automaton, ours the readings of the words it meets).
let start = performance.now();
for (const sentence of sentences) call(sentence);
const cold = (performance.now() - start) / 1000;
// Then the steady state: the best of 3 passes.
let best = Infinity;
for (let pass = 0; pass < 3; pass++) {
	start = performance.now();
	for (const sentence of sentences) call(sentence);
	best = Math.min(best, (performance.now() - start) / 1000);
}
console.log(JSON.stringify({ engine, seconds: best, cold }));
