import type { LookupData, TermCard } from '$lib/model';

/**
 * Where the lookup popover gets its glossary cards and dictionary entries. A shipped
 * document's come from its prerendered file (`fetchedLookup`); an imported text's can come
 * from anywhere that gives the same shape.
 */
export interface LookupSource {
	/** Everything the popover shows for this text; rejects when it cannot be had. */
	load(): Promise<LookupData>;
	/**
	 * A word's dictionary entry, and its characters', where `load` does not give every word
	 * (an imported text's come from the entry shards, fetched on first use).
	 */
	word?(text: string): Promise<Pick<LookupData, 'words' | 'chars'>>;
}

export function isLookupData(value: unknown): value is LookupData {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Partial<LookupData>;
	return (
		typeof v.terms === 'object' &&
		v.terms !== null &&
		typeof v.words === 'object' &&
		v.words !== null &&
		typeof v.chars === 'object' &&
		v.chars !== null &&
		Object.values(v.terms).every((c) => typeof (c as TermCard).headword === 'string') &&
		(v.hant === undefined ||
			(typeof v.hant === 'object' &&
				v.hant !== null &&
				Object.values(v.hant).every((form) => typeof form === 'string')))
	);
}

/** The lookup data of a prerendered file (/read/<id>/lookup.json), checked when it arrives. */
export function fetchedLookup(
	url: string,
	get: typeof fetch = (...args) => fetch(...args)
): LookupSource {
	return {
		load: () =>
			get(url)
				.then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
				.then((data: unknown) => {
					if (!isLookupData(data)) throw new Error('bad lookup data');
					return data;
				})
	};
}
