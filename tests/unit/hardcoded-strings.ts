/**
 * Finds UI text written into a Svelte component instead of coming from i18next: text in the
 * markup, and literal values of the attributes a person reads or hears (aria-label, title,
 * placeholder, alt…), that hold a letter. What a function call returns (`t('key')`,
 * `formatDate(d)`) is not looked into; a string literal elsewhere in an expression is
 * (`{saved ? 'Saved' : 'Save'}`).
 */
import { parse } from 'svelte/compiler';

/** Attributes whose value is read out or shown as text. */
const TEXT_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-placeholder',
	'aria-valuetext',
	'title',
	'placeholder',
	'alt',
	'label'
]);

/**
 * Text that is the same in every language: the brand, and the names of the works and licences
 * the about page cites, each a link to them.
 */
export const ALLOWED = new Set([
	'对照',
	'Duizhao',
	'CC-CEDICT',
	'CC BY-SA 4.0',
	'kakaobrain/g2pM',
	'arXiv:2004.03136'
]);

const LETTER = /\p{L}/u;
const COMPARISON = new Set(['===', '!==', '==', '!=', 'in', 'instanceof']);

export interface HardCoded {
	file: string;
	line: number;
	text: string;
}

type Node = { type?: string; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** The string literals of an expression, outside any function call. */
function literals(expression: unknown, out: { text: string; start: number }[]): void {
	if (!isNode(expression)) return;
	if (expression.type === 'CallExpression' || expression.type === 'NewExpression') return;
	// A value compared with (`phase === 'loading'`) is code, not text; so is a property name.
	if (expression.type === 'BinaryExpression' && COMPARISON.has(expression.operator as string))
		return;
	if (expression.type === 'MemberExpression') return literals(expression.object, out);
	if (expression.type === 'Literal' && typeof expression.value === 'string') {
		out.push({ text: expression.value, start: expression.start as number });
		return;
	}
	if (expression.type === 'TemplateLiteral') {
		for (const quasi of expression.quasis as Node[]) {
			const value = quasi.value as { cooked?: string };
			out.push({ text: value.cooked ?? '', start: quasi.start as number });
		}
	}
	for (const [key, value] of Object.entries(expression)) {
		if (key === 'quasis' || key === 'loc') continue;
		if (Array.isArray(value)) for (const v of value) literals(v, out);
		else literals(value, out);
	}
}

/** The hard-coded UI strings of the component `source` (named `file` in what is returned). */
export function hardCodedStrings(file: string, source: string): HardCoded[] {
	const ast = parse(source, { modern: true });
	const found: { text: string; start: number }[] = [];

	function attribute(node: Node): void {
		if (node.type !== 'Attribute' || !TEXT_ATTRIBUTES.has(node.name as string)) return;
		const values = Array.isArray(node.value) ? (node.value as Node[]) : [node.value];
		for (const value of values) {
			if (!isNode(value)) continue;
			if (value.type === 'Text')
				found.push({ text: value.data as string, start: value.start as number });
			else if (value.type === 'ExpressionTag') literals(value.expression, found);
		}
	}

	function walk(node: unknown): void {
		if (Array.isArray(node)) {
			for (const n of node) walk(n);
			return;
		}
		if (!isNode(node)) return;
		if (node.type === 'RegularElement' && (node.name === 'script' || node.name === 'style')) return;
		if (node.type === 'Text') {
			found.push({ text: node.data as string, start: node.start as number });
			return;
		}
		if (node.type === 'ExpressionTag') {
			literals(node.expression, found);
			return;
		}
		if (Array.isArray(node.attributes)) for (const a of node.attributes) attribute(a as Node);
		for (const [key, value] of Object.entries(node)) {
			if (key === 'attributes' || key === 'metadata') continue;
			// Markup is in fragments; expressions elsewhere (an {#each} list, an {#if} test) are code.
			if (isNode(value) && value.type === 'Fragment') walk(value.nodes);
		}
	}

	walk(ast.fragment.nodes);
	const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
	return found
		.map(({ text, start }) => ({ file, line: lineOf(start), text: text.trim() }))
		.filter(({ text }) => LETTER.test(text) && !ALLOWED.has(text));
}
