/**
 * The reading preferences: each a name and its values, the first the default. One list for
 * everything that knows them: the state class (preferences.svelte.ts), the options panel, the
 * script that applies them before the first paint (below; put into every page by
 * src/hooks.server.ts and hashed for the CSP by svelte.config.js), and the CSS, which styles
 * `<html data-{name}="{value}">` for every value but the default.
 *
 * Plain JavaScript (with types in JSDoc) so that svelte.config.js can read it as it is.
 */
export const PREFERENCES = /** @type {const} */ ({
	/** auto: side by side on wide screens, each sentence's English under it on phones. */
	layout: ['auto', 'side', 'interleaved', 'zh'],
	pinyin: ['on', 'hover', 'off'],
	/** Pinyin on every word, or only on words above an HSK 2.0 level (and words in no list). */
	level: ['all', '1', '2', '3', '4', '5'],
	english: ['on', 'off'],
	/** 一 and 不 with their tone changes, or in their citation tones. */
	sandhi: ['on', 'off'],
	/** Lexical neutral tones as heard, or in full. */
	neutral: ['on', 'off'],
	/** Pinyin coloured by tone: no; the common five colours; a colour-blind-safe set. */
	colours: ['off', 'standard', 'safe'],
	size: ['m', 's', 'l', 'xl'],
	spacing: ['normal', 'compact', 'loose'],
	theme: ['system', 'light', 'dark']
});

/** Where a preference is remembered: localStorage key `duizhao:{name}`. */
export const STORAGE_PREFIX = 'duizhao:';

/** Where the pre-paint script goes in src/app.html. */
export const PREPAINT_PLACEHOLDER = '%duizhao.prepaint%';

/**
 * The body of the inline script that marks `<html>` as having JavaScript (`no-js` → `js`) and
 * applies the remembered preferences to it before the first paint: a stored value that is not
 * one of the preference's values is ignored.
 * @returns {string}
 */
export function prepaintScript() {
	// First: the page has JavaScript, so the controls that need it show (.needs-js, app.css).
	return (
		`document.documentElement.classList.replace('no-js','js');` +
		`try{var d=document.documentElement.dataset,p=${JSON.stringify(PREFERENCES)};` +
		`for(var k in p){var v=localStorage.getItem(${JSON.stringify(STORAGE_PREFIX)}+k);` +
		`if(v&&p[k].indexOf(v)>0)d[k]=v}}catch(e){}`
	);
}

/** The preferences the options panel offers as a list of choices, in its order. */
export const PANEL_CHOICES = /** @type {const} */ ([
	'layout',
	'pinyin',
	'level',
	'colours',
	'size',
	'spacing',
	'theme'
]);
