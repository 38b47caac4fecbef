export interface Box {
	top: number;
	left: number;
	bottom: number;
	right: number;
}

export interface Placement {
	top: number;
	left: number;
	side: 'below' | 'above';
	maxHeight: number;
}

/**
 * The first and last line boxes of a trigger (a word or a term, `lines` its client rects) with
 * its pinyin (`annotations`, the boxes of its `<rt>`s) taken in: a ruby's own box is its base
 * text, and the pinyin sits above it, outside. The first line reaches up to the highest pinyin,
 * the last down to the lowest box of all (pinyin under the text, if it is ever put there).
 */
export function withAnnotations(lines: Box[], annotations: Box[]): { first: Box; last: Box } {
	const [head] = lines;
	if (!head) throw new Error('withAnnotations: a trigger with no line box');
	const tail = lines[lines.length - 1] ?? head;
	const shown = annotations.filter((a) => a.bottom > a.top);
	const all = [...lines, ...shown];
	return {
		first: { ...head, top: Math.min(...all.map((b) => b.top)) },
		last: { ...tail, bottom: Math.max(...all.map((b) => b.bottom)) }
	};
}

/**
 * Where a popover goes so that it never covers the line being read: under the trigger's
 * last line box, or over its first one when there is more room there, and always inside
 * the viewport (its height is capped to the room on that side).
 */
export function place(
	first: Box,
	last: Box,
	size: { width: number; height: number },
	viewport: { width: number; height: number },
	margin = 8,
	gap = 6
): Placement {
	const roomBelow = viewport.height - last.bottom - gap - margin;
	const roomAbove = first.top - gap - margin;
	const below = size.height <= roomBelow || roomBelow >= roomAbove;
	const maxHeight = Math.max(0, below ? roomBelow : roomAbove);
	const height = Math.min(size.height, maxHeight);
	const anchor = below ? last : first;
	const left = Math.min(
		Math.max(anchor.left, margin),
		Math.max(margin, viewport.width - size.width - margin)
	);
	return {
		top: below ? last.bottom + gap : first.top - gap - height,
		left,
		side: below ? 'below' : 'above',
		maxHeight
	};
}
