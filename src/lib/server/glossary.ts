import { z } from 'zod';
import { ContentError, type ContentProblem } from './content-error.ts';
import { badSyllables } from '../engine/pinyin-syllables.ts';
import { parseYaml } from './yaml-source.ts';

const text = z.string().trim().min(1, 'must not be empty');
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const id = z.string().regex(ID, 'must be lowercase letters, digits and single hyphens');

export const CATEGORIES = [
	'institution',
	'office',
	'person',
	'policy',
	'concept',
	'event'
] as const;
export const PROVENANCES = ['official', 'common', 'ours'] as const;

const form = z.strictObject({ zh: text, pinyin: text });
/** An alias may have English of its own (工作方针 "working principle"), one of the entry's renderings. */
const alias = form.extend({ renderings: z.array(text).min(1).optional() });

export const entrySchema = z.strictObject({
	id,
	category: z.enum(CATEGORIES),
	headword: text,
	pinyin: text,
	aliases: z.array(alias).optional(),
	english: z.strictObject({
		name: text,
		short: text.optional(),
		abbreviation: text.optional(),
		provenance: z.enum(PROVENANCES),
		source: text
	}),
	expansion: z.strictObject({ zh: text, pinyin: text, en: text }).optional(),
	/** A sense may have an English name of its own (one of the entry's renderings). */
	senses: z
		.array(z.strictObject({ id, name: text.optional(), en: text }))
		.min(1, 'an entry needs a sense'),
	renderings: z.array(text).min(1, 'an entry needs the English used for it in translations'),
	/** Renderings meant to alternate in one document: a full name first, then its abbreviation. */
	alternating: z
		.array(z.array(text).min(2, 'an alternating group needs two renderings'))
		.optional(),
	related: z.array(id).optional(),
	notes: z
		.array(
			z.strictObject({
				date: z
					.string()
					.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
				en: text
			})
		)
		.optional(),
	uncertain: text.optional()
});

export type GlossaryEntry = z.infer<typeof entrySchema> & { file: string; line: number };

const fileSchema = z.array(entrySchema, 'a glossary file is a list of entries');

/** Every Chinese form of an entry (headword first) with its pinyin. */
export function formsOf(entry: z.infer<typeof entrySchema>): { zh: string; pinyin: string }[] {
	return [{ zh: entry.headword, pinyin: entry.pinyin }, ...(entry.aliases ?? [])];
}

function checkPinyin(zh: string, pinyin: string): string | undefined {
	const syllables = pinyin.trim().split(/\s+/);
	const chars = Array.from(zh).filter((c) => /\p{Script=Han}/u.test(c));
	if (syllables.length !== chars.length) {
		return `pinyin of "${zh}": ${chars.length} characters but ${syllables.length} syllables ("${pinyin}")`;
	}
	const bad = badSyllables(pinyin);
	return bad.length ? `pinyin of "${zh}": not pinyin: ${bad.join(', ')}` : undefined;
}

/** Parse one glossary file (its text, or its bytes, which must be UTF-8). Returns its entries, or the problems found. */
export function parseGlossaryFile(
	file: string,
	source: string | Uint8Array
): { entries: GlossaryEntry[]; problems: ContentProblem[] } {
	const parsed = parseYaml(file, source, fileSchema);
	if (!parsed.data) return { entries: [], problems: parsed.problems };
	const { lines } = parsed;
	const problems: ContentProblem[] = [];
	const entries = parsed.data.map((entry, i) => {
		const at = (...path: PropertyKey[]) => lines.lineOf([i, ...path]);
		const forms: [string, string, PropertyKey[]][] = [
			[entry.headword, entry.pinyin, ['pinyin']],
			...(entry.aliases ?? []).map((a, k): [string, string, PropertyKey[]] => [
				a.zh,
				a.pinyin,
				['aliases', k, 'pinyin']
			])
		];
		if (entry.expansion) {
			forms.push([entry.expansion.zh, entry.expansion.pinyin, ['expansion', 'pinyin']]);
		}
		for (const [zh, pinyin, path] of forms) {
			const message = checkPinyin(zh, pinyin);
			if (message) problems.push({ file, line: at(...path), message });
		}
		const renderings = new Set(entry.renderings.map((r) => r.toLowerCase()));
		const unlisted = (list: readonly string[], path: PropertyKey[], field: string) =>
			list.forEach((r, k) => {
				if (renderings.has(r.toLowerCase())) return;
				problems.push({
					file,
					line: at(...path, k),
					message: `${field}: "${r}" is not one of the entry's renderings`
				});
			});
		(entry.alternating ?? []).forEach((group, g) =>
			unlisted(group, ['alternating', g], 'alternating')
		);
		(entry.aliases ?? []).forEach((a, k) =>
			unlisted(a.renderings ?? [], ['aliases', k, 'renderings'], `renderings of "${a.zh}"`)
		);
		entry.senses.forEach((s, k) => {
			if (!s.name || renderings.has(s.name.toLowerCase())) return;
			problems.push({
				file,
				line: at('senses', k, 'name'),
				message: `name of sense "${s.id}": "${s.name}" is not one of the entry's renderings`
			});
		});
		const senseIds = entry.senses.map((s) => s.id);
		senseIds.forEach((sid, k) => {
			if (senseIds.indexOf(sid) !== k) {
				problems.push({
					file,
					line: at('senses', k, 'id'),
					message: `duplicate sense id "${sid}"`
				});
			}
		});
		return { ...entry, file, line: at('id') };
	});
	return { entries, problems };
}

/** Validate all glossary files together: unique ids and forms, related entries exist. */
export function parseGlossary(
	files: readonly { file: string; source: string | Uint8Array }[]
): GlossaryEntry[] {
	const problems: ContentProblem[] = [];
	const entries = files.flatMap(({ file, source }) => {
		const result = parseGlossaryFile(file, source);
		problems.push(...result.problems);
		return result.entries;
	});
	const byId = new Map<string, GlossaryEntry>();
	const byForm = new Map<string, GlossaryEntry>();
	for (const entry of entries) {
		const first = byId.get(entry.id);
		if (first) {
			problems.push({
				file: entry.file,
				line: entry.line,
				message: `duplicate glossary id "${entry.id}" (also ${first.file}:${first.line})`
			});
		}
		byId.set(entry.id, entry);
		for (const { zh } of formsOf(entry)) {
			const owner = byForm.get(zh);
			if (owner && owner !== entry) {
				problems.push({
					file: entry.file,
					line: entry.line,
					message: `"${zh}" is a form of both "${owner.id}" and "${entry.id}"`
				});
			}
			byForm.set(zh, entry);
		}
	}
	for (const entry of entries) {
		for (const rel of entry.related ?? []) {
			if (!byId.has(rel)) {
				problems.push({
					file: entry.file,
					line: entry.line,
					message: `"${entry.id}" is related to "${rel}", which is not in the glossary`
				});
			}
		}
	}
	if (problems.length > 0) throw new ContentError(problems);
	return entries;
}
