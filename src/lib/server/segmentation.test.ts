import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Content } from './content.ts';
import { termGroups as units } from './words.ts';

/** Word spans as start:end character offsets. */
function spans(words: readonly string[]): Set<string> {
	let at = 0;
	return new Set(
		words.map((w) => {
			const span = `${at}:${at + w.length}`;
			at += w.length;
			return span;
		})
	);
}

describe('segmentation of the seed against a hand segmentation', () => {
	const content = Content.load();
	const doc = content.document('certification-conference-2013')!;
	const gold = readFileSync('tests/fixtures/seed-segmentation.txt', 'utf8')
		.split('\n')
		.filter((line) => line && !line.startsWith('#'))
		.map((line) => line.split(' '));
	// The engine's own segmentation: the document's word overrides (which would fix some
	// of these disagreements by hand) are left out.
	const options = { ...content.options(doc), segments: [] };
	const predicted = [
		doc.title.zh,
		...doc.paragraphs.slice(0, 3).map((p) => p.map((s) => s.zh).join(''))
	].map((text) => units(content.annotator.annotate(text, options)));

	it('covers the same text', () => {
		expect(predicted.map((p) => p.join(''))).toEqual(gold.map((g) => g.join('')));
	});

	it('agrees on at least 95% of words (F1), printing the disagreements', () => {
		let agreed = 0;
		let ours = 0;
		let theirs = 0;
		const disagreements: string[] = [];
		predicted.forEach((words, k) => {
			const p = spans(words);
			const g = spans(gold[k] ?? []);
			agreed += [...p].filter((s) => g.has(s)).length;
			ours += p.size;
			theirs += g.size;
			const text = words.join('');
			const show = (set: Set<string>, other: Set<string>) =>
				[...set]
					.filter((s) => !other.has(s))
					.map((s) => {
						const [a, b] = s.split(':').map(Number);
						return text.slice(a, b);
					})
					.join(' ');
			if (words.join(' ') !== gold[k]?.join(' ')) {
				disagreements.push(`line ${k}: engine [${show(p, g)}] vs gold [${show(g, p)}]`);
			}
		});
		const precision = agreed / ours;
		const recall = agreed / theirs;
		const f1 = (2 * precision * recall) / (precision + recall);
		console.log(
			`segmentation F1 ${(f1 * 100).toFixed(1)}% (precision ${(precision * 100).toFixed(1)}%, recall ${(recall * 100).toFixed(1)}%, ${theirs} gold words)\n${disagreements.join('\n')}`
		);
		expect(f1).toBeGreaterThanOrEqual(0.95);
	});
});
