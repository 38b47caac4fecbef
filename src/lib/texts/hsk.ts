/**
 * The HSK levels of an imported text's words, for the "pinyin above a level" choice: the
 * static /dictionary/hsk.json (engine/dictionary-files.ts), fetched once per page. Looked up
 * when the text is drawn, not kept with its annotation, so a text imported before has them
 * too and annotating is not affected (the annotator's version does not include the file).
 */
import { parseHsk } from '../engine/dictionary-files.ts';

export type LevelOf = (word: string) => number | undefined;

export type Get = (
	url: string
) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

let loading: Promise<LevelOf> | undefined;

/** Each word's level; a failed fetch or a bad file fails, and is tried again next time. */
export function hskLevels(base = '', get: Get = (url) => fetch(url)): Promise<LevelOf> {
	loading ??= get(`${base}/dictionary/hsk.json`)
		.then(async (response) => {
			if (!response.ok) throw new Error(`hsk.json: HTTP ${response.status}`);
			const levels = parseHsk(await response.json());
			return (word: string) => levels.get(word);
		})
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
