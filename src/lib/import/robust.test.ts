/**
 * Bad input gives a message, never an exception: random bytes into every format, random text
 * into the pairing and the YAML writer (a seeded generator, so every run is the same).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentYaml, draftParagraphs } from './document-yaml.ts';
import { FORMATS, importFile } from './formats.ts';
import { pairTexts } from './pair.ts';

function random(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

const PIECES = [
	'。',
	'！',
	'？',
	'”',
	'“',
	'；',
	'\n',
	'\n\n',
	' ',
	'.',
	' The',
	' Mr.',
	'-->',
	'00:00:01,000',
	'WEBVTT',
	'#',
	'*',
	'[',
	'](',
	'<p>',
	'</p>',
	'&amp;',
	'\\',
	'{\\an8}',
	'中',
	'文',
	'a',
	'\u0000',
	'\ufeff',
	'\r'
];

describe('never an exception', () => {
	it('random bytes and mangled fixtures, in every format', () => {
		const next = random(1);
		const epub = new Uint8Array(readFileSync('tests/fixtures/import/zh.epub'));
		for (let round = 0; round < 200; round++) {
			const length = Math.floor(next() * 300);
			const bytes = new Uint8Array(length).map(() => Math.floor(next() * 256));
			// An EPUB with some bytes changed: the ZIP reader must fail cleanly too.
			const mangled = epub.slice();
			for (let k = 0; k < 4; k++)
				mangled[Math.floor(next() * mangled.length)] = Math.floor(next() * 256);
			for (const format of FORMATS) {
				for (const input of [bytes, mangled]) {
					const result = importFile(`x.${format}`, input);
					expect(typeof result.ok).toBe('boolean');
					if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
				}
			}
		}
	});

	it('random text through the text formats, the pairing and the YAML writer', () => {
		const next = random(2);
		const text = () =>
			Array.from(
				{ length: Math.floor(next() * 40) },
				() => PIECES[Math.floor(next() * PIECES.length)]
			).join('');
		for (let round = 0; round < 300; round++) {
			const zh = text();
			const en = text();
			for (const format of FORMATS) importFile(`x.${format}`, new TextEncoder().encode(zh));
			const pairing = pairTexts(zh, next() < 0.5 ? en : undefined);
			const result = documentYaml({
				title: { zh: text() },
				date: '2026-12-01',
				paragraphs: draftParagraphs(pairing)
			});
			expect(typeof result.ok).toBe('boolean');
		}
	});
});
