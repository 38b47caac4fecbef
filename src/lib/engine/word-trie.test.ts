import { describe, expect, it } from 'vitest';
import { WordTrie } from './word-trie.ts';

/** Walk `word` from its first character; the node reached, or -1. */
function walk(trie: WordTrie, word: string): number {
	const codes = Array.from(word, (c) => c.codePointAt(0) ?? 0);
	let node = trie.root(codes[0] ?? 0);
	for (const code of codes.slice(1)) if (node >= 0) node = trie.child(node, code);
	return node;
}

describe('WordTrie', () => {
	const trie = new WordTrie([
		['中国', -5],
		['中国人', -7],
		['中', -3],
		['国', -4],
		['𠀀字', -9] // a character beyond the Basic Multilingual Plane
	]);
	it('finds every word with its log probability, prefixes without one', () => {
		expect(trie.logP(walk(trie, '中国'))).toBe(-5);
		expect(trie.logP(walk(trie, '中国人'))).toBe(-7);
		expect(trie.logP(walk(trie, '中'))).toBe(-3);
		expect(trie.logP(walk(trie, '𠀀字'))).toBe(-9);
		expect(trie.logP(walk(trie, '𠀀'))).toBeNaN();
	});
	it('answers -1 for what is not there', () => {
		expect(walk(trie, '美国')).toBe(-1);
		expect(walk(trie, '中人')).toBe(-1);
		expect(walk(trie, '国人')).toBe(-1);
		expect(trie.root('人'.codePointAt(0) ?? 0)).toBe(-1);
	});
	it('keeps children sorted, so a node with many is searched right', () => {
		const many = Array.from('一二三四五六七八九十百千万亿', (c, i): [string, number] => [
			`大${c}`,
			-i
		]);
		const big = new WordTrie(many);
		many.forEach(([word, logP]) => expect(big.logP(walk(big, word))).toBe(logP));
		expect(big.size).toBe(1 + many.length);
	});
});
