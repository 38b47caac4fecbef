/**
 * What the reading page loads when a popover first opens (src/lib/reader/LookupPopover.svelte):
 * the popover's body and the vocabulary's store, opened, so that whether a word is saved is
 * known when the body is first shown.
 */
import { VocabularyStore } from '$lib/vocabulary/store.svelte';
import Body from './PopoverBody.svelte';

export interface PopoverParts {
	Body: typeof Body;
	vocabulary: VocabularyStore;
}

export async function loadParts(): Promise<PopoverParts> {
	const vocabulary = new VocabularyStore();
	await vocabulary.open();
	return { Body, vocabulary };
}
