/**
 * Reading aloud, loaded by the reader only once the browser has a voice that may read Chinese
 * (./voices.ts): a page on a system without one never loads it.
 */
import Controls from './ListenControls.svelte';
import Word from './ListenWord.svelte';
import { Speech } from './speech.svelte';

export interface ListenParts {
	speech: Speech;
	Controls: typeof Controls;
	Word: typeof Word;
}

export const listenParts = (): ListenParts => ({ speech: new Speech(), Controls, Word });
