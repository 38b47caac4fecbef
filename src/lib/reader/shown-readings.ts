/**
 * Each syllable of a page shows one reading (Ruby.svelte, glossary/Reading.svelte): the one
 * the reader's choices pick from what its markup says of it (tones.ts shownSyllable). A
 * shipped document's text is markup that is never hydrated: the readings script of the page
 * (preference-schema.js) shows the remembered choices before the first paint, and
 * `showReadings` the choices made afterwards.
 */
import { BUILT_READINGS, shownSyllable, type ReadingChoice } from './tones';

/** A syllable's markup: an `<rt>` or a glossary reading's `.syl`. */
interface Syllable {
	textContent: string | null;
	className: string;
	getAttribute(name: string): string | null;
	setAttribute(name: string, value: string): void;
}

/** The reading built into a syllable: kept in `data-py` once it shows another. */
const builtOf = (el: Syllable) => el.getAttribute('data-py') ?? el.textContent ?? '';

const shownOf = (el: Syllable, choice: ReadingChoice) =>
	shownSyllable(
		builtOf(el),
		el.getAttribute('data-citation') ?? undefined,
		el.getAttribute('data-full') ?? undefined,
		choice
	);

/** The reading (tone-marked) a syllable shows under `choice`: what the popover shows and saves. */
export function readingOf(el: Syllable, choice: ReadingChoice): string {
	return shownOf(el, choice).reading;
}

/** What `data-readings` says of a container when it shows `choice` (none: the built readings). */
export const readingsKey = (choice: ReadingChoice) =>
	`${choice.sandhi} ${choice.neutral} ${choice.tones}`;

/**
 * Show `choice` on the syllables of never-hydrated markup under `root`: only those with
 * another reading, unless the way tones are written changes too. Nothing is done when `root`
 * shows it already (`data-readings`, set here and by the readings script).
 */
export function showReadings(
	root: Pick<Syllable, 'getAttribute' | 'setAttribute'> & {
		querySelectorAll(selector: string): Iterable<Syllable>;
	},
	choice: ReadingChoice
): void {
	const key = readingsKey(choice);
	const was = root.getAttribute('data-readings') ?? readingsKey(BUILT_READINGS);
	if (was === key) return;
	root.setAttribute('data-readings', key);
	const allSyllables = was.split(' ')[2] !== choice.tones;
	for (const el of root.querySelectorAll(
		allSyllables ? 'rt,.syl' : '[data-citation],[data-full]'
	)) {
		const built = builtOf(el);
		const { text, tone } = shownOf(el, choice);
		if (text !== built) el.setAttribute('data-py', built);
		if (el.textContent !== text) el.textContent = text;
		el.className = el.className.replace(/\bt[1-5]\b/, `t${tone}`);
	}
}
