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

	/** The line of `path`'s value; a missing key points at its parent's line. */
	lineOf(path: readonly PropertyKey[]): number {
		let node: unknown = this.#doc.contents;
		let offset = 0;
		for (const key of path) {
			const range = (node as { range?: [number, number, number] } | null)?.range;
			if (range) offset = range[0];
			if (isMap(node)) {
				const pair = node.items.find(
					(item) => (item.key as { value?: unknown } | null)?.value === key
				);
				if (!pair) break;
				const keyRange = (pair.key as { range?: [number, number, number] } | null)?.range;
				if (keyRange) offset = keyRange[0];
				node = pair.value;
			} else if (isSeq(node) && typeof key === 'number') {
				node = node.items[key];
			} else {
				break;
			}
			const inner = (node as { range?: [number, number, number] } | null)?.range;
			if (inner) offset = inner[0];
		}
		return this.#counter.linePos(offset).line;
	}
}
