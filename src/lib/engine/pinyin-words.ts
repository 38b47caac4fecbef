/**
 * Words added to pinyin-pro's dictionary (the @pinyin-pro/data words plain pinyin-pro
 * misreads; src/lib/server/pinyin-words.json). pinyin-pro keeps its dictionary in module
 * state shared by every caller (`addDict`, `removeDict`), so an annotator that reads with
 * words of its own registers them before it reads (see annotator.ts), and one without any
 * takes the last ones out: what pinyin-pro says then depends on the annotator's data only.
 */
import { addDict, removeDict } from 'pinyin-pro';

/** Word -> [reading, probability], pinyin-pro's `addDict` shape. */
export type PinyinWords = Readonly<Record<string, readonly [reading: string, probability: number]>>;

const NAME = 'duizhao:pinyin-words';

/** The words pinyin-pro reads with now (undefined: its own dictionary only). */
let registered: PinyinWords | undefined;

/** Make pinyin-pro read with `words` and no other added words (nothing to do if it already does). */
export function usePinyinWords(words: PinyinWords | undefined): void {
	if (registered === words) return;
	if (registered) removeDict(NAME);
	registered = words;
	if (words) addDict(words as unknown as Record<string, [string, number]>, NAME);
}
