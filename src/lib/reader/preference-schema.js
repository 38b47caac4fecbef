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
	/** Pinyin with tone marks (kěn), or with tone numbers (ken3; the neutral tone 5, ü kept). */
	tones: ['marks', 'numbers'],
	size: ['m', 's', 'l', 'xl'],
	spacing: ['normal', 'compact', 'loose'],
	theme: ['system', 'light', 'dark'],
	/**
	 * The Chinese in Simplified or Traditional characters (converted by OpenCC). A shipped
	 * document's Traditional text is its own prerendered page (`…/read/{id}/hant`), which the
	 * pre-paint script goes to unseen; an imported text is converted in the browser.
	 */
	script: ['hans', 'hant']
});

/** Where a preference is remembered: localStorage key `duizhao:{name}`. */
export const STORAGE_PREFIX = 'duizhao:';

/** Where the pre-paint script goes in src/app.html. */
export const PREPAINT_PLACEHOLDER = '%duizhao.prepaint%';

/**
 * A shipped document's reading page in Traditional characters: its Simplified page's address
 * with this after it (src/routes/[[lang=lang]]/read/[id]/hant).
 */
export const TRADITIONAL_SUFFIX = '/hant';

/**
 * The body of the inline script that marks `<html>` as having JavaScript (`no-js` → `js`) and
 * applies the remembered preferences to it before the first paint: a stored value that is not
 * one of the preference's values is ignored. On a shipped document's reading page whose script
 * (Simplified at `…/read/{id}`, Traditional at `…/read/{id}/hant`) is not the remembered one,
 * it hides the page and goes to the other, as the language script before it does (app.html);
 * where nothing is remembered, the page's own script holds.
 * @returns {string}
 */
export function prepaintScript() {
	const reader = new RegExp(`^(.*/read/[^/]+?)(${TRADITIONAL_SUFFIX})?/?$`).source;
	// First: the page has JavaScript, so the controls that need it show (.needs-js, app.css).
	return (
		`document.documentElement.classList.replace('no-js','js');` +
		`try{var r=document.documentElement,d=r.dataset,p=${JSON.stringify(PREFERENCES)};` +
		`for(var k in p){var v=localStorage.getItem(${JSON.stringify(STORAGE_PREFIX)}+k);` +
		`if(v&&p[k].indexOf(v)>0)d[k]=v}` +
		`var m=new RegExp(${JSON.stringify(reader)}).exec(location.pathname);` +
		`if(m&&!r.hidden){var s=localStorage.getItem(${JSON.stringify(STORAGE_PREFIX + 'script')}),` +
		`h=m[2]?'hant':'hans';if(s&&s!==h&&p.script.indexOf(s)>=0){r.hidden=true;` +
		`location.replace(m[1]+(m[2]?'':${JSON.stringify(TRADITIONAL_SUFFIX)})+location.search+location.hash)}` +
		`else if(m[2])d.script='hant'}}catch(e){}`
	);
}

/** Where the script that shows the chosen readings goes in src/app.html: the end of `<body>`. */
export const READINGS_PLACEHOLDER = '%duizhao.readings%';

/**
 * The body of the inline script at the end of `<body>` that shows the reading of each syllable
 * that the remembered preferences choose, before the first paint: the page is built with the
 * default readings (tone changes, neutral tones as heard, tone marks). A syllable with another
 * reading says so in its markup (Ruby.svelte, glossary/Reading.svelte): `data-citation` (一 yí
 * → yī), `data-full` (认识 shi → shí); with tone numbers every syllable (`rt`, `.syl`) is
 * rewritten. A changed syllable keeps its built reading in `data-py`, and its `t1`–`t5` class
 * follows the reading shown. With the defaults it does nothing. The same rules, for what is
 * drawn or changed later, are shownSyllable() in tones.ts; preferences.test.ts holds the two
 * to the same answers.
 * @returns {string}
 */
export function readingsScript() {
	return (
		`try{var d=document.documentElement.dataset,s=d.sandhi==='off',n=d.neutral==='off',` +
		`m=d.tones==='numbers';if(s||n||m){` +
		`var c=document.querySelectorAll('[data-text="prerendered"],[data-title="prerendered"]');` +
		`for(var j=0;j<c.length;j++)c[j].setAttribute('data-readings',(s?'off':'on')+' '+(n?'off':'on')+' '+(m?'numbers':'marks'));` +
		`var es=document.querySelectorAll(m?'rt,.syl':'[data-citation],[data-full]'),M=/[\\u0304\\u0301\\u030c\\u0300]/g;` +
		`for(var i=0;i<es.length;i++){var e=es[i],b=e.getAttribute('data-py')||e.textContent,` +
		`r=s&&e.getAttribute('data-citation')||n&&e.getAttribute('data-full')||b,x=r.normalize('NFD'),` +
		`t=x.match(M),k=t?' \\u0304\\u0301\\u030c\\u0300'.indexOf(t[0]):5,` +
		`v=m&&/[a-z\\u00fc]/i.test(x)?x.replace(M,'').normalize('NFC')+k:r;` +
		`if(v!==b)e.setAttribute('data-py',b);if(e.textContent!==v)e.textContent=v;` +
		`e.className=e.className.replace(/\\bt[1-5]\\b/,'t'+k)}}}catch(e){}`
	);
}

/** The preferences the options panel offers as a list of choices, in its order. */
export const PANEL_CHOICES = /** @type {const} */ ([
	'layout',
	'pinyin',
	'level',
	'colours',
	'tones',
	'size',
	'spacing',
	'theme',
	'script'
]);
