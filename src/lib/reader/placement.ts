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
