import { json } from '@sveltejs/kit';
import { lookupEntries, lookupOf } from '$lib/server/lookup-files';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries = lookupEntries satisfies EntryGenerator;

/** What a document's popovers need (glossary cards, dictionary entries), fetched on first use. */
export const GET = (({ params }) => json(lookupOf(params.id))) satisfies RequestHandler;
