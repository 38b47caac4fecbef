import { json } from '@sveltejs/kit';
import { toTraditional } from '$lib/reader/opencc';
import { traditionalLookup } from '$lib/reader/traditional-lookup';
import { lookupEntries, lookupOf } from '$lib/server/lookup-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = lookupEntries satisfies EntryGenerator;

/**
 * The popovers' data of a document's page in Traditional characters: that of lookup.json, with
 * the Traditional form of each word and term form it shows (LookupData.hant).
 */
export const GET = (({ params }) =>
	json(traditionalLookup(lookupOf(params.id), toTraditional))) satisfies RequestHandler;
