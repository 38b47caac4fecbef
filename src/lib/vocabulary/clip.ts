/** A word as a button or message names it: a very long one (not a real word) is cut short. */
export function clip(text: string, max = 20): string {
	const chars = Array.from(text);
	return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
