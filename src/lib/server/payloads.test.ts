/**
 * Hostile text through the whole way content goes: YAML files in a content root, the loader,
 * the routes' load functions, and the route components rendered on the server as the build
 * prerenders them. Every payload of tests/fixtures/content-payloads/payloads.yaml is put into
 * every text field of a document and of a glossary entry; the HTML that comes out is parsed
 * and must hold no element, attribute or link that a payload made, and show each payload as
 * the text it is. The url payloads must not get as far: the loader refuses them.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYamlText, stringify } from 'yaml';
import { ContentError } from './content-error.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const FIXTURE = parseYamlText(
	readFileSync('tests/fixtures/content-payloads/payloads.yaml', 'utf8')
) as { text: string[]; url: string[]; safeUrl: string[] };

/** A harmless text that goes everywhere a payload goes: what it renders is the markup expected. */
const PLAIN = 'plain words';

/** Document and entry ids: `payload-01`, and `plain-01` for the harmless text in its place. */
const id = (i: number, group = 'payload') => `${group}-${String(i + 1).padStart(2, '0')}`;

/** A document with `p` in every text field; its sentences hold the forms of the entry with `p`. */
function documentYaml(p: string, url?: string): string {
	return stringify({
		title: { zh: `会议${p}`, en: p },
		source: {
			publisher: p,
			date: '2013-01-18',
			language: 'zh',
			...(url === undefined ? {} : { url }),
			note: p
		},
		licence: p,
		translator: p,
		notes: [p, `A second note: ${p}`],
		paragraphs: [
			[
				{ zh: `认证${p}会议。`, en: `The ${p} meeting.` },
				{ zh: `认可${p}、认证认可${p}。`, en: p }
			]
		]
	});
}

/** A glossary entry with `p` in every text field; related to the next entry of its group. */
function entry(i: number, p: string, count: number, group: string) {
	return {
		id: id(i, group),
		category: 'concept',
		headword: `认证${p}`,
		pinyin: 'rèn zhèng',
		aliases: [{ zh: `认可${p}`, pinyin: 'rèn kě' }],
		english: { name: p, short: p, abbreviation: p, provenance: 'ours', source: p },
		expansion: { zh: `认证认可${p}`, pinyin: 'rèn zhèng rèn kě', en: p },
		senses: [{ id: 'main', en: p }],
		renderings: [p],
		related: [id((i + 1) % count, group)],
		notes: [{ date: '2013', en: p }],
		uncertain: p
	};
}

/**
 * A content root holding, per text, one document and one glossary entry with the text in
 * every field: `payload-NN` for the payloads, `plain-NN` for harmless text in the same places.
 */
function writeRoot(texts: readonly string[]): string {
	const root = mkdtempSync(path.join(tmpdir(), 'duizhao-payloads-'));
	mkdirSync(path.join(root, 'documents'));
	mkdirSync(path.join(root, 'glossary'));
	const groups = { payload: texts, plain: texts.map((_, i) => `${PLAIN} ${i + 1}`) };
	for (const [group, list] of Object.entries(groups)) {
		list.forEach((p, i) => {
			const url = FIXTURE.safeUrl[i % FIXTURE.safeUrl.length];
			writeFileSync(path.join(root, 'documents', `${id(i, group)}.yaml`), documentYaml(p, url));
		});
		const entries = list.map((p, i) => entry(i, p, list.length, group));
		writeFileSync(path.join(root, 'glossary', `${group}.yaml`), stringify(entries));
	}
	return root;
}

function* walk(node: Node): Generator<Node> {
	yield node;
	const children = 'childNodes' in node ? node.childNodes : [];
	for (const child of children) yield* walk(child);
	if (node.nodeName === 'template')
		yield* walk((node as DefaultTreeAdapterMap['template']).content);
}

interface Page {
	name: string;
	html: string;
}

/** What a page is made of: tags, each tag's attributes, comments (Svelte's markers). */
function shapeOf(html: string): { tags: Set<string>; comments: Set<string> } {
	const tags = new Set<string>();
	const comments = new Set<string>();
	for (const node of walk(parse(html))) {
		if (node.nodeName === '#comment')
			comments.add((node as DefaultTreeAdapterMap['commentNode']).data);
		if (!('tagName' in node)) continue;
		tags.add(node.tagName);
		for (const a of node.attrs)
			tags.add(`${node.tagName} ${a.prefix ? `${a.prefix}:` : ''}${a.name}`);
	}
	return { tags, comments };
}

/** The text a reader gets from a page: its text nodes and the meta description. */
function textOf(html: string): string {
	let text = '';
	for (const node of walk(parse(html))) {
		if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
		if (node.nodeName === 'meta')
			text += (node as Element).attrs.find((a) => a.name === 'content')?.value ?? '';
	}
	return text;
}

/** Where a link may go: the site itself, or the web. */
const LINK = /^(?:\/(?!\/)|#|https?:\/\/)/;
const URL_ATTRIBUTES = new Set([
	'href',
	'src',
	'action',
	'formaction',
	'xlink:href',
	'data',
	'poster'
]);

/** Everything in `html` that is markup a payload made: elements, attributes, links, comments. */
function liveMarkup(
	html: string,
	expected: { tags: Set<string>; comments: Set<string> }
): string[] {
	const found: string[] = [];
	for (const node of walk(parse(html))) {
		if (node.nodeName === '#comment') {
			const data = (node as DefaultTreeAdapterMap['commentNode']).data;
			if (!expected.comments.has(data)) found.push(`comment <!--${data}-->`);
		}
		if (!('tagName' in node)) continue;
		if (!expected.tags.has(node.tagName)) found.push(`element <${node.tagName}>`);
		for (const a of node.attrs) {
			const name = `${a.prefix ? `${a.prefix}:` : ''}${a.name}`;
			if (!expected.tags.has(`${node.tagName} ${name}`) || /^on/i.test(name)) {
				found.push(`attribute ${name} on <${node.tagName}>`);
			}
			if (URL_ATTRIBUTES.has(name) && !LINK.test(a.value)) found.push(`link ${name}="${a.value}"`);
		}
	}
	return found;
}

/**
 * Text as compared after the HTML parser: it drops NUL in the body and makes it U+FFFD in the
 * title, so neither counts; CR LF is LF.
 */
const asParsed = (text: string) => text.replace(/[\0\uFFFD]/g, '').replaceAll('\r\n', '\n');

const documentHtml = (head: string, body: string) =>
	`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

/**
 * Load a content root the way the build does (DUIZHAO_CONTENT, then the routes' load
 * functions) and render every page that shows content, with the term cards of the popover.
 */
async function renderSite(count: number): Promise<Page[]> {
	const { content } = await import('./content.ts');
	const routes = {
		home: await import('../../routes/[[lang=lang]]/+page.server.ts'),
		homePage: await import('../../routes/[[lang=lang]]/+page.svelte'),
		read: await import('../../routes/[[lang=lang]]/read/[id]/+page.server.ts'),
		readPage: await import('../../routes/[[lang=lang]]/read/[id]/+page.svelte'),
		glossary: await import('../../routes/[[lang=lang]]/glossary/+page.server.ts'),
		glossaryPage: await import('../../routes/[[lang=lang]]/glossary/+page.svelte'),
		entry: await import('../../routes/[[lang=lang]]/glossary/[id]/+page.server.ts'),
		entryPage: await import('../../routes/[[lang=lang]]/glossary/[id]/+page.svelte'),
		termSection: await import('../reader/TermSection.svelte')
	};
	/** A route's load, called as SvelteKit calls it at prerender time (with the params it uses). */
	const load = <T>(fn: unknown, params: Record<string, string> = {}): T =>
		(fn as (event: { params: Record<string, string> }) => T)({ params });
	const page = (name: string, component: unknown, props: Record<string, unknown>): Page => {
		const out = render(component as Component<Record<string, unknown>>, { props });
		return { name, html: documentHtml(out.head, out.body) };
	};
	const { withArticle } = await import('./article.ts');
	const prerendered = (p: Page, id: string): Page => ({ ...p, html: withArticle(p.html, id) });
	const pages: Page[] = [];
	const home = load<{ documents: { id: string }[] }>(routes.home.load);
	const glossary = load<{ items: { id: string }[] }>(routes.glossary.load);
	for (const group of ['payload', 'plain']) {
		// The lists hold both groups; each group's list page is rendered on its own.
		const mine = ({ id }: { id: string }) => id.startsWith(`${group}-`);
		pages.push(
			page(`/ ${group}`, routes.homePage.default, {
				data: { documents: home.documents.filter(mine) },
				params: {}
			}),
			page(`/glossary ${group}`, routes.glossaryPage.default, {
				data: { items: glossary.items.filter(mine) },
				params: {}
			})
		);
		for (let i = 0; i < count; i++) {
			const params = { id: id(i, group) };
			pages.push(
				// With its text put in as the server hook does at build time.
				prerendered(
					page(`/read/${params.id}`, routes.readPage.default, {
						data: load(routes.read.load, params),
						params
					}),
					params.id
				),
				page(`/glossary/${params.id}`, routes.entryPage.default, {
					data: load(routes.entry.load, params),
					params
				})
			);
			const card = content().entry(params.id);
			if (card) {
				pages.push(
					page(`popover card ${params.id}`, routes.termSection.default, {
						card: content().card(card),
						sense: 'main'
					})
				);
			}
		}
	}
	return pages;
}

describe('hostile text in content', () => {
	const texts = FIXTURE.text;
	let root = '';
	/** The site's pages with payloads, and the same pages with harmless text (the baseline). */
	let pages: Page[] = [];
	let plain: Page[] = [];

	beforeAll(async () => {
		root = writeRoot(texts);
		// As the build is pointed at content: content() reads this root once and keeps it.
		process.env.DUIZHAO_CONTENT = root;
		const all = await renderSite(texts.length);
		const isPlain = (p: Page) => p.name.includes('plain');
		pages = all.filter((p) => !isPlain(p));
		plain = all.filter(isPlain);
	}, 120_000);
	afterAll(() => {
		rmSync(root, { recursive: true, force: true });
		delete process.env.DUIZHAO_CONTENT;
	});

	it('has at least 30 payloads, and renders every page for each', () => {
		expect(texts.length).toBeGreaterThanOrEqual(30);
		expect(pages.map((p) => p.name.replace('payload', 'plain'))).toEqual(plain.map((p) => p.name));
		expect(pages.length).toBe(2 + 3 * texts.length);
	});

	it('meets each payload as a glossary term too: in the reader, the concordance and the English', async () => {
		const { content } = await import('./content.ts');
		const found = texts.map((_, i) => {
			const doc = content().document(id(i));
			const view = doc ? content().view(doc) : undefined;
			const sentences = view?.paragraphs.flatMap((p) => p.sentences) ?? [];
			return [
				sentences.filter((s) => s.zh.some((t) => t.term === id(i))).length,
				sentences.filter((s) => s.en.some((t) => t.term === id(i))).length,
				content().occurrences(id(i)).length
			];
		});
		// A term is not found across a sentence end (; ! ?), where the engine cuts the Chinese;
		// the English marks only the terms found in the Chinese.
		const expected = texts.map((p) => (/[!?;]/.test(p) ? [0, 0, 0] : [2, 2, 3]));
		expect(found).toEqual(expected);
		expect(expected.filter(([zh]) => zh === 2).length).toBeGreaterThanOrEqual(30);
	});

	it('no payload comes out as an element, an attribute, a link or a comment', () => {
		const expected = shapeOf(plain.map((p) => p.html).join(''));
		// What the check looks for is in the baseline only as the site's own markup.
		expect(expected.tags.has('script')).toBe(false);
		expect([...expected.tags].filter((t) => / on/.test(t))).toEqual([]);
		const live = new Map<string, string[]>();
		for (const p of pages) {
			const found = liveMarkup(p.html, expected);
			if (found.length > 0) live.set(p.name, found);
		}
		const livePayloads = texts.filter((_, i) =>
			[...live.keys()].some((name) => name.endsWith(id(i)))
		);
		console.log(
			`payloads tried: ${texts.length} text (in ${pages.length} rendered pages), came out live: ${livePayloads.length}`
		);
		expect(Object.fromEntries(live)).toEqual({});
	});

	it('would see markup that a payload made (the check itself can fail)', () => {
		const expected = shapeOf(plain.map((p) => p.html).join(''));
		const reader = plain.find((p) => p.name === '/read/plain-01')?.html ?? '';
		// Raw markup where the body has the text of plain-01 (as if it were rendered as raw HTML).
		const [head = '', body = ''] = reader.split('<body>');
		const injected = (markup: string) => [
			...new Set(
				liveMarkup(`${head}<body>${body.replace(/plain words 1(?!\d)/g, markup)}`, expected)
			)
		];
		expect(injected('<img src=x onerror=alert(1)>')).toEqual([
			'element <img>',
			'attribute src on <img>',
			'link src="x"',
			'attribute onerror on <img>'
		]);
		expect(injected('<script>alert(1)</script>')).toEqual(['element <script>']);
		expect(injected('<a href="javascript:alert(1)">x</a>')).toEqual([
			'link href="javascript:alert(1)"'
		]);
		expect(injected('<span onmouseover="alert(1)">x</span>')).toEqual([
			'attribute onmouseover on <span>'
		]);
		expect(injected('<!-- x -->')).toEqual(['comment <!-- x -->']);
	});

	it('shows each payload as the text it is, in every field', () => {
		const missing: string[] = [];
		texts.forEach((p, i) => {
			const read = textOf(pages.find((page) => page.name === `/read/${id(i)}`)?.html ?? '');
			const entry = textOf(pages.find((page) => page.name === `/glossary/${id(i)}`)?.html ?? '');
			const card = textOf(pages.find((page) => page.name === `popover card ${id(i)}`)?.html ?? '');
			const shown = asParsed(p);
			const count = (text: string) => asParsed(text).split(shown).length - 1;
			// Reader: title (head, meta, h1), publisher, note, licence, translator, notes (10), and
			// the sentences in both languages (5), which the build puts into the page (article.ts).
			if (count(read) < 15) missing.push(`${id(i)} reader: ${count(read)} times`);
			// Entry page: name, short, abbreviation, source, expansion, renderings, sense, uncertain, note, concordance.
			if (count(entry) < 10) missing.push(`${id(i)} entry: ${count(entry)} times`);
			if (count(card) < 4) missing.push(`${id(i)} card: ${count(card)} times`);
		});
		expect(missing).toEqual([]);
	});

	it('refuses every url payload as a source link, each at its line', async () => {
		const { loadDocuments } = await import('./content.ts');
		const urlRoot = mkdtempSync(path.join(tmpdir(), 'duizhao-urls-'));
		try {
			mkdirSync(path.join(urlRoot, 'documents'));
			FIXTURE.url.forEach((url, i) =>
				writeFileSync(path.join(urlRoot, 'documents', `${id(i)}.yaml`), documentYaml(PLAIN, url))
			);
			let problems: string[] = [];
			try {
				loadDocuments(urlRoot);
			} catch (error) {
				if (!(error instanceof ContentError)) throw error;
				problems = error.problems.map(
					(p) => `${path.basename(p.file)}:${p.line}: ${p.message.split(' (')[0]}`
				);
			}
			expect(problems).toHaveLength(FIXTURE.url.length);
			for (const problem of problems)
				expect(problem).toMatch(/^payload-\d\d\.yaml:\d+: "url" must be/);
			console.log(`url payloads tried: ${FIXTURE.url.length}, refused: ${problems.length}`);
		} finally {
			rmSync(urlRoot, { recursive: true, force: true });
		}
	});
});
