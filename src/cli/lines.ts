/**
 * Bytes in, text lines out, a chunk at a time: strict UTF-8 (a bad byte is an error that
 * names its line, not a U+FFFD), no NUL bytes (binary files are refused), `\n` or `\r\n`
 * line ends. Holds at most one unfinished line, so input of any size streams through.
 */

/** Input that is not UTF-8 text. `line` is 1-based. */
export class InputError extends Error {
	readonly line: number | undefined;
	constructor(message: string, line?: number) {
		super(message);
		this.name = 'InputError';
		this.line = line;
	}
}

const NEWLINE = 0x0a;

function countNewlines(bytes: Uint8Array, end = bytes.length): number {
	let n = 0;
	for (let at = bytes.indexOf(NEWLINE); at >= 0 && at < end; at = bytes.indexOf(NEWLINE, at + 1)) {
		n++;
	}
	return n;
}

/**
 * Where the first byte of `chunk` that is not UTF-8 lies, as a count of the newlines before
 * it. The chunk may start inside a character begun in the previous chunk (up to three
 * continuation bytes) and end inside one that the next chunk finishes.
 */
function newlinesBeforeBadByte(chunk: Uint8Array): number {
	let start = 0;
	while (start < 3 && start < chunk.length && ((chunk[start] ?? 0) & 0xc0) === 0x80) start++;
	let lineStart = start;
	let newlines = 0;
	for (;;) {
		const end = chunk.indexOf(NEWLINE, lineStart);
		const last = end < 0;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(
				chunk.subarray(lineStart, last ? chunk.length : end),
				{ stream: last }
			);
		} catch {
			return newlines;
		}
		// Every line decodes alone: the bad sequence straddles the previous chunk's end.
		if (last) return 0;
		newlines++;
		lineStart = end + 1;
	}
}

export class LineSplitter {
	readonly #decoder = new TextDecoder('utf-8', { fatal: true });
	#pending = '';
	/** Lines completed so far. */
	#lines = 0;
	#first = true;

	/** The complete lines in `chunk` (without their line ends); the rest waits for more. */
	push(chunk: Uint8Array): string[] {
		if (this.#first && chunk.length > 0) {
			this.#first = false;
			if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff)) {
				throw new InputError('UTF-16 text (byte order mark); convert it to UTF-8', 1);
			}
		}
		const nul = chunk.indexOf(0);
		if (nul >= 0) {
			const line = this.#lines + countNewlines(chunk, nul) + 1;
			throw new InputError(`binary file (NUL byte on line ${line})`, line);
		}
		let text: string;
		try {
			text = this.#decoder.decode(chunk, { stream: true });
		} catch {
			const line = this.#lines + newlinesBeforeBadByte(chunk) + 1;
			throw new InputError(`invalid UTF-8 on line ${line}`, line);
		}
		return this.#split(text, false);
	}

	/** The last line, if the input did not end with a line end. */
	end(): string[] {
		let text: string;
		try {
			text = this.#decoder.decode();
		} catch {
			const line = this.#lines + 1;
			throw new InputError(`invalid UTF-8 on line ${line} (input ends inside a character)`, line);
		}
		return this.#split(text, true);
	}

	#split(text: string, final: boolean): string[] {
		let parts: string[] = [];
		if (text.includes('\n')) {
			parts = text.split('\n');
			parts[0] = this.#pending + (parts[0] ?? '');
			this.#pending = parts.pop() ?? '';
		} else {
			this.#pending += text;
		}
		if (final && this.#pending !== '') {
			parts.push(this.#pending);
			this.#pending = '';
		}
		this.#lines += parts.length;
		return parts.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
	}
}
