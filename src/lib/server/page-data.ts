/** What the routes render: document views, lookup data, glossary cards, entries and items. */
import { alignRenderings } from '../engine/align.ts';
import { formatSense, surnamesLast } from '../engine/definition.ts';
import { rubyTokens, sentenceView } from '../engine/page-model.ts';
import { termSpans } from '../engine/spans.ts';
import type {
	DocumentSummary,
	DocumentView,
	GlossaryEntryView,
	GlossaryItem,
	LookupData,
	Occurrence,
	TermCard,
	WordInfo,
	WordReading
} from '../model.ts';
import { renderingsIn } from './consistency.ts';
import type { Content } from './content.ts';
import { sentenceId, type LoadedDocument } from './documents.ts';
import { formsOf, type GlossaryEntry } from './glossary.ts';
import { searchKeys } from './search-keys.ts';
import { readings, termGroups, wordInfo } from './words.ts';

export function documentSummary(doc: LoadedDocument): DocumentSummary {
	const sentences = doc.paragraphs.flat();
	return {
		id: doc.id,
		title: doc.title,
		date: doc.source.date,
		characters: sentences.reduce((n, s) => n + (s.zh.match(/\p{Script=Han}/gu)?.length ?? 0), 0),
		sentences: sentences.length
	};
}

/** A document for the reader: made once, at build time. */
export function documentView(content: Content, doc: LoadedDocument): DocumentView {
	const { annotated } = content;
	const tokens = annotated.tokens(doc);
	const full = annotated.tokens(doc, false);
	const term = (id: string) => content.entry(id);
	return {
		...documentSummary(doc),
		titleTokens: rubyTokens(annotated.title(doc), { full: annotated.title(doc, false), term }),
		source: {
			language: doc.source.language,
			...(doc.source.publisher ? { publisher: doc.source.publisher } : {}),
			...(doc.source.url ? { url: doc.source.url } : {}),
			...(doc.source.note ? { note: doc.source.note } : {})
		},
		...(doc.licence ? { licence: doc.licence } : {}),
		...(doc.translator ? { translator: doc.translator } : {}),
		notes: doc.notes ?? [],
		paragraphs: doc.paragraphs.map((pairs, p) => ({
			sentences: pairs.map((pair, s) => {
				const id = sentenceId(doc, p, s);
				const senses = doc.senses?.[id];
				const inFull = full[p]?.[s];
				return sentenceView(id, tokens[p]?.[s] ?? [], pair.en, {
					...(inFull ? { full: inFull } : {}),
					...(senses ? { senses } : {}),
					term
				});
			})
		}))
	};
}

/** How the glossary's forms are cut into words and said (Content.termWords, Content.spoken). */
export type FormReader = Pick<Content, 'termWords' | 'spoken'>;

/** Each form's reading as said, where it differs from the one the glossary writes. */
function spokenForms(entry: GlossaryEntry, forms?: FormReader): Record<string, string> {
	const all = [...formsOf(entry), ...(entry.expansion ? [entry.expansion] : [])];
	return Object.fromEntries(
		all.flatMap((f) => {
			const said = forms?.spoken(f.zh, f.pinyin) ?? f.pinyin;
			return said !== f.pinyin ? [[f.zh, said]] : [];
		})
	);
}

/**
 * An entry's popover card. `forms`: how a form is cut into words without the glossary, for
 * the words of a longer term to be looked up one by one, and how each is said.
 */
export function termCard(entry: GlossaryEntry, forms?: FormReader): TermCard {
	// A term made of words (倒逼 机制, 全国 认证 认可 工作 会议), not of characters: a name or an
	// abbreviation (支树平, 认监委) is not taken apart.
	const cut = (forms && entry.category !== 'person' ? formsOf(entry) : []).flatMap((f) => {
		const words = forms?.termWords(f.zh).filter((w) => /\p{Script=Han}/u.test(w)) ?? [];
		const made = words.length > 1 && words.every((w) => Array.from(w).length > 1);
		return made ? [[f.zh, forms?.termWords(f.zh) ?? []]] : [];
	});
	const spoken = spokenForms(entry, forms);
	return {
		id: entry.id,
		category: entry.category,
		headword: entry.headword,
		pinyin: entry.pinyin,
		aliases: entry.aliases ?? [],
		english: entry.english,
		...(entry.expansion ? { expansion: entry.expansion } : {}),
		senses: entry.senses,
		...(entry.uncertain ? { uncertain: entry.uncertain } : {}),
		...(cut.length ? { words: Object.fromEntries(cut) as Record<string, string[]> } : {}),
		...(Object.keys(spoken).length ? { spoken } : {})
	};
}

/** The cards of the terms a document uses. */
export function termCards(content: Content, doc: LoadedDocument): Record<string, TermCard> {
	const ids = new Set(
		content.annotated
			.tokens(doc)
			.flat(2)
			.flatMap((t) => (t.term ? [t.term] : []))
	);
	return Object.fromEntries(
		[...ids].flatMap((id) => {
			const entry = content.entry(id);
			return entry ? [[id, termCard(entry, content)]] : [];
		})
	);
}

/** Everything a document's popovers need: its terms' cards and its words' entries. */
export function lookupData(content: Content, doc: LoadedDocument): LookupData {
	const words: Record<string, WordInfo> = {};
	const sentences = content.annotated.tokens(doc).flat();
	const terms = termCards(content, doc);
	// Each word a reader can open, and the words of a glossary term (倒逼 in 倒逼机制).
	const groups = [
		...sentences.flatMap((tokens) => termGroups(tokens)),
		...Object.values(terms)
			.flatMap((card) => Object.values(card.words ?? {}).flat())
			.filter((w) => /\p{Script=Han}/u.test(w))
	];
	const chars: Record<string, WordReading[]> = {};
	const dict = content.dictionary;
	if (dict) {
		for (const text of new Set(groups)) words[text] = wordInfo(dict, text);
		// The words their definitions refer to ("variant of 為|为[wei2]"), one step away.
		for (const info of Object.values(words)) {
			for (const sense of info.readings.flatMap((r) => r.senses)) {
				for (const piece of formatSense(sense)) {
					if ('word' in piece && !words[piece.word] && dict.lookup(piece.word).length) {
						words[piece.word] = wordInfo(dict, piece.word);
					}
				}
			}
		}
		for (const text of Object.keys(words)) {
			for (const char of Array.from(text)) {
				if (!words[char] && !chars[char] && /\p{Script=Han}/u.test(char)) {
					// Three senses for the breakdown, a surname after the rest.
					chars[char] = readings(dict, char).map((r) => ({
						pinyin: r.pinyin,
						senses: surnamesLast(r.senses).slice(0, 3)
					}));
				}
			}
		}
	}
	return { terms, words, chars };
}

/** Every use of a term in every document, as keyword in context. */
export function occurrences(content: Content, term: string, width = 18): Occurrence[] {
	const found: Occurrence[] = [];
	const entry = content.entry(term);
	if (!entry) return found;
	for (const doc of content.documents) {
		for (const { id, pair, tokens } of content.annotated.sentences(doc)) {
			for (const span of termSpans(tokens)) {
				if (span.term !== term) continue;
				const sense = doc.senses?.[id]?.[span.text];
				found.push({
					doc: doc.id,
					docTitle: doc.title.en,
					sentence: id,
					...(sense ? { sense } : {}),
					before: Array.from(pair.zh.slice(0, span.offset)).slice(-width).join(''),
					match: span.text,
					after: Array.from(pair.zh.slice(span.offset + span.text.length))
						.slice(0, width)
						.join(''),
					en: alignRenderings(pair.en, [{ term, texts: entry.renderings }]),
					renderings: renderingsIn(pair.en, entry)
				});
			}
		}
	}
	return found;
}

export function entryView(content: Content, entry: GlossaryEntry): GlossaryEntryView {
	return {
		...termCard(entry, content),
		renderings: entry.renderings,
		related: (entry.related ?? []).flatMap((id) => {
			const rel = content.entry(id);
			return rel ? [{ id, headword: rel.headword, name: rel.english.name }] : [];
		}),
		notes: entry.notes ?? [],
		occurrences: occurrences(content, entry.id)
	};
}

export function glossaryItems(
	glossary: readonly GlossaryEntry[],
	spoken: FormReader['spoken'] = (_zh, pinyin) => pinyin
): GlossaryItem[] {
	return glossary.map((e) => ({
		id: e.id,
		category: e.category,
		headword: e.headword,
		pinyin: e.pinyin,
		name: e.english.name,
		...(e.english.abbreviation ? { abbreviation: e.english.abbreviation } : {}),
		...(spoken(e.headword, e.pinyin) !== e.pinyin ? { spoken: spoken(e.headword, e.pinyin) } : {}),
		keys: searchKeys(e, spoken)
	}));
}
