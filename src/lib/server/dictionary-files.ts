/** The dictionary's static files (see engine/dictionary-files.ts), made once per process. */
import { dictionaryFiles } from '../engine/dictionary-files.ts';
import { dictionary, dictionaryData } from './dictionary.ts';

let cache: Map<string, string> | undefined;

export function staticDictionaryFiles(): Map<string, string> {
	cache ??= dictionaryFiles({ ...dictionaryData(), tones: dictionary().toneTable() });
	return cache;
}
