/**
 * The dictionary's words as a trie packed into typed arrays: node ids, each node's children
 * sorted by code point in one shared array (found by binary search), a log probability per
 * node. Compact and contiguous, so it stays in the CPU caches better than objects and maps.
 */
export class WordTrie {
	/** Node id + 1 of each first character in the Basic Multilingual Plane (0: none). */
	readonly #bmp = new Int32Array(0x10000);
	readonly #astral = new Map<number, number>();
	/**
	 * Per node: the word's log probability, or NaN where no word ends. Single precision (half
	 * the memory, so more of the trie stays in cache) segments the CPP data and the seed exactly
	 * as double precision does.
	 */
	readonly #logP: Float32Array;
	/** Per node: where its children start in `#codes` and `#kids`; node n's end at start[n + 1]. */
	readonly #start: Int32Array;
	readonly #codes: Int32Array;
	readonly #kids: Int32Array;

	constructor(words: Iterable<[word: string, logP: number]>) {
		// Build with maps, then pack breadth first.
		interface Draft {
			logP: number;
			next: Map<number, Draft>;
		}
		const roots = new Map<number, Draft>();
		for (const [word, logP] of words) {
			let level = roots;
			let node: Draft | undefined;
			for (const c of word) {
				const code = c.codePointAt(0) ?? 0;
				node = level.get(code);
				if (!node) level.set(code, (node = { logP: NaN, next: new Map() }));
				level = node.next;
			}
			if (node) node.logP = logP;
		}
		const order: Draft[] = [];
		for (const [code, root] of roots) {
			const id = order.push(root) - 1;
			if (code < 0x10000) this.#bmp[code] = id + 1;
			else this.#astral.set(code, id);
		}
		const ids = new Map<Draft, number>(order.map((d, i) => [d, i]));
		let edges = 0;
		for (let i = 0; i < order.length; i++) {
			const node = order[i] as Draft;
			for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
				const kid = node.next.get(code) as Draft;
				ids.set(kid, order.push(kid) - 1);
				edges++;
			}
		}
		this.#logP = new Float32Array(order.length);
		this.#start = new Int32Array(order.length + 1);
		this.#codes = new Int32Array(edges);
		this.#kids = new Int32Array(edges);
		let at = 0;
		order.forEach((node, i) => {
			this.#logP[i] = node.logP;
			this.#start[i] = at;
			for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
				this.#codes[at] = code;
				this.#kids[at] = ids.get(node.next.get(code) as Draft) ?? 0;
				at++;
			}
		});
		this.#start[order.length] = at;
	}

	/** The node of a first character, or -1. */
	root(code: number): number {
		return code < 0x10000 ? (this.#bmp[code] ?? 0) - 1 : (this.#astral.get(code) ?? -1);
	}

	/** The child of `node` for `code`, or -1. */
	child(node: number, code: number): number {
		let lo = this.#start[node] ?? 0;
		let hi = (this.#start[node + 1] ?? 0) - 1;
		const codes = this.#codes;
		while (lo <= hi) {
			const mid = (lo + hi) >> 1;
			const c = codes[mid] ?? 0;
			if (c === code) return this.#kids[mid] ?? -1;
			if (c < code) lo = mid + 1;
			else hi = mid - 1;
		}
		return -1;
	}

	/** The log probability of the word that ends at `node`, or NaN. */
	logP(node: number): number {
		return this.#logP[node] ?? NaN;
	}

	get size(): number {
		return this.#logP.length;
	}
}
