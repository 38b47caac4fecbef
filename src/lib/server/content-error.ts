import { isMap, isSeq, LineCounter, type Document } from 'yaml';

/** One problem in a content file, at a line (1-based). */
export interface ContentProblem {
	file: string;
	line: number;
	message: string;
}

export function formatProblem(p: ContentProblem): string {
	return `${p.file}:${p.line}: ${p.message}`;
}

/** Thrown when content files have problems; its message lists every one as `file:line: what`. */
export class ContentError extends Error {
	readonly problems: readonly ContentProblem[];

	constructor(problems: readonly ContentProblem[]) {
		super(problems.map(formatProblem).join('\n'));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Finds the line of a value in a parsed YAML document, by its path. */
export class YamlLines {
	readonly #doc: Document;
	readonly #counter: LineCounter;

	constructor(doc: Document, counter: LineCounter) {
		this.#doc = doc;
		this.#counter = counter;
	}

	/**
	 * The line of `path`: of its key for a map entry (a nested block's key, not its first
	 * child), of its start for a list item. A missing key points at its nearest parent.
	 */
	lineOf(path: readonly PropertyKey[]): number {
		type Ranged = { range?: [number, number, number] } | null | undefined;
		let node: unknown = this.#doc.contents;
		let offset = (node as Ranged)?.range?.[0] ?? 0;
		for (const key of path) {
			if (isMap(node)) {
				const pair = node.items.find(
					(item) => (item.key as { value?: unknown } | null)?.value === key
				);
				if (!pair) break;
				offset = (pair.key as Ranged)?.range?.[0] ?? offset;
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number' && node.items[key]) {
				node = node.items[key];
				offset = (node as Ranged)?.range?.[0] ?? offset;
			} else {
				break;
			}
		}
		return this.#counter.linePos(offset).line;
	}
}
