import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '$lib/i18n';
import type { ParagraphView } from '$lib/model';
import { articleMarkup, withArticle } from './article.ts';
import { content } from './content.ts';

const PARAGRAPHS: ParagraphView[] = [
	{
		sentences: [
			{
				id: 'p1s1',
				zh: [
					{ text: '认监委', pinyin: ['rèn', 'jiān', 'wěi'], term: 'cnca', sense: 'main' },
					{ text: '开会', pinyin: ['kāi', 'huì'] },
					{ text: '<b>' }
				],
				en: [{ text: 'CNCA', term: 'cnca' }, { text: ' met. <script>alert(1)</script>' }]
			}
		]
	}
];
const PAGE = '<main><div class="text" role="presentation" data-text="prerendered"></div></main>';

describe('a shipped document’s text as markup', () => {
	it('is the reader’s markup: sentences, term links, words, English, all escaped', () => {
		const html = articleMarkup(PARAGRAPHS, true);
		expect(html).toContain('<span id="p1s1" class="s" data-sid="p1s1" tabindex="0">');
		expect(html).toContain('<a class="term" href="/glossary/cnca" data-term="cnca"');
		expect(html).toContain('<ruby class="w" tabindex="-1">开<rp>(</rp><rt class="t1">kāi</rt>');
		expect(html).toContain('<span id="p1s1-en" class="s" data-sid="p1s1" tabindex="0">');
		expect(html).toContain('&lt;script>alert(1)&lt;/script>');
		expect(html).toContain('&lt;b>');
		expect(html).not.toContain('<script');
	});

	it('gives a word its HSK level where the dictionary knows one (pinyin above a level)', () => {
		const html = articleMarkup(PARAGRAPHS, true, (w) => (w === '开会' ? 2 : undefined));
		expect(html).toContain('<ruby class="w" data-hsk="2" tabindex="-1">开');
		expect(html.match(/data-hsk/g)).toHaveLength(1);
	});

	it('gives each syllable one reading, and the other, if it has one, as data', () => {
		const html = articleMarkup(
			[
				{
					sentences: [
						{
							id: 'p1s1',
							zh: [
								{ text: '一样', pinyin: ['yí', 'yàng'] },
								{ text: '认识', pinyin: ['rèn', 'shi'], full: ['rèn', 'shí'] }
							],
							en: []
						}
					]
				}
			],
			false
		);
		expect(html).toContain('一<rp>(</rp><rt class="t2" data-citation="yī">yí</rt>');
		expect(html).toContain('识<rp>(</rp><rt class="t5" data-full="shí">shi</rt>');
		expect(html).toContain('样<rp>(</rp><rt class="t4">yàng</rt>');
		// Nothing but text in an <rt>: one reading, never two for CSS to choose from.
		expect(html.match(/<rt[^>]*>[^<]*<\/rt>/g)).toHaveLength(4);
		expect(html).not.toMatch(/<rt[^>]*><span/);
	});

	it('carries no hydration markers (it is never hydrated)', () => {
		expect(articleMarkup(PARAGRAPHS, true)).not.toContain('<!--');
	});

	it('has no English column for a text without English', () => {
		expect(articleMarkup(PARAGRAPHS, false)).not.toContain('p1s1-en');
	});

	it('goes into the reading page’s container, every sentence of the document', () => {
		const doc = content().documents[0];
		if (!doc) throw new Error('no shipped document');
		const html = withArticle(PAGE, doc.id);
		const ids = [...html.matchAll(/<span id="(p\d+s\d+)" class="s"/g)].map((m) => m[1]);
		const expected = doc.paragraphs.flatMap((p, i) => p.map((_, k) => `p${i + 1}s${k + 1}`));
		expect(ids).toEqual(expected);
		expect(html.startsWith(PAGE.replace('</div></main>', ''))).toBe(true);
		expect(html.endsWith('</section></div></main>')).toBe(true);
	});

	it('puts the Chinese title into its own container, as ruby, in the page’s characters', () => {
		const doc = content().documents[0];
		if (!doc) throw new Error('no shipped document');
		const page = PAGE.replace(
			'<main>',
			'<main><h1><span class="zh" lang="zh-Hans" data-title="prerendered"></span></h1>'
		);
		const title = (html: string) => html.slice(0, html.indexOf('</h1>'));
		const hans = title(withArticle(page, doc.id));
		expect(hans).toContain(
			'data-title="prerendered"><ruby class="">全<rp>(</rp><rt class="t2">quán</rt><rp>)</rp>国'
		);
		expect(hans).not.toContain('<!--');
		const hant = title(withArticle(page, doc.id, 'en', 'hant'));
		expect(hant).toContain(
			'<ruby class="" data-hans="全国认证认可工作会议">全<rp>(</rp><rt class="t2">quán</rt><rp>)</rp>國'
		);
	});

	it('puts where the text comes from and the translator’s notes into their containers', () => {
		const doc = content().documents[0];
		if (!doc) throw new Error('no shipped document');
		const page = PAGE.replace(
			'</main>',
			'<div data-source="prerendered"></div><div data-notes="prerendered"></div></main>'
		);
		const html = withArticle(page, doc.id);
		const source = html.slice(html.indexOf('data-source'), html.indexOf('data-notes'));
		expect(source).toContain('<details class="source">');
		expect(source).toContain('<time datetime="2013-01-18">18 January 2013</time>');
		const notes = html.slice(html.indexOf('data-notes'));
		expect(notes).toContain('<details class="notes"><summary>Translator’s notes</summary>');
		expect(notes.match(/<li>/g)?.length).toBe(content().view(doc).notes.length);
		expect(html).not.toContain('<!--');
		// In Chinese, and in Traditional characters: the labels follow the language, the Chinese
		// quoted in the notes the characters.
		const zh = withArticle(page, doc.id, 'zh-Hans', 'hant');
		expect(zh).toContain('<time datetime="2013-01-18">2013年1月18日</time>');
		expect(zh.slice(zh.indexOf('data-notes'))).toMatch(/<span lang="zh-Hant">[^<]+<\/span>/);
	});

	it('puts the printed page’s glossary appendix into its own container', () => {
		const doc = content().documents[0];
		if (!doc) throw new Error('no shipped document');
		const page = PAGE.replace('</main>', '<div data-appendix="prerendered"></div></main>');
		const html = withArticle(page, doc.id);
		const appendix = html.slice(html.indexOf('data-appendix'));
		expect(appendix).toContain('<section class="glossary-appendix"');
		expect(appendix).toContain('<span class="hw" lang="zh-Hans">国家认监委</span>');
		// The Chinese quoted in an English explanation is marked as Chinese.
		expect(appendix).toMatch(/<dd lang="en">[^<]*<span lang="zh-Hans">[^<]+<\/span>/);
		expect(appendix).not.toContain('<!--');
	});

	it('leaves a page as it is without the container or for an unknown document', () => {
		const doc = content().documents[0];
		expect(withArticle('<main></main>', doc?.id ?? '')).toBe('<main></main>');
		expect(withArticle(PAGE, 'no-such-document')).toBe(PAGE);
	});

	it('is labelled, and links its terms, in the page’s language', () => {
		const doc = content().documents[0];
		if (!doc) throw new Error('no shipped document');
		const zh = withArticle(PAGE, doc.id, 'zh-Hans');
		expect(zh).toContain('aria-label="第 1 段"');
		expect(zh).toMatch(/<a class="term" href="\/zh\/glossary\/[^"]+"/);
		expect(zh).not.toMatch(/href="\/glossary\//);
		const en = withArticle(PAGE, doc.id, 'en');
		expect(en).toContain('aria-label="Paragraph 1"');
		expect(en).toMatch(/<a class="term" href="\/glossary\/[^"]+"/);
	});

	afterEach(() => setLanguage('en'));
});

/** A page's text with every Chinese character the same placeholder, and its Simplified kept
 * where shown in Traditional dropped: what must not change between the two scripts. */
const shape = (html: string) =>
	html
		.replace(/ data-hans="[^"]*"/g, '')
		.replace(/lang="zh-Han[st]"/g, 'lang="zh"')
		.replace(/\p{Script=Han}/gu, '字');

describe('a shipped document’s text in Traditional characters', () => {
	const page = PAGE.replace('</main>', '<div data-appendix="prerendered"></div></main>');
	const doc = content().documents[0];
	if (!doc) throw new Error('no shipped document');
	const hans = withArticle(page, doc.id, 'en', 'hans');
	const hant = withArticle(page, doc.id, 'en', 'hant');

	it('is in Traditional characters, and says so', () => {
		expect(hant).toContain('<p class="zh" lang="zh-Hant">');
		expect(hant).not.toContain('lang="zh-Hans"');
		expect(hant).toContain('data-hans="全国认证认可工作会议">全<rp>(</rp><rt class="t2">quán</rt>');
		expect(hant).toContain('國<rp>(</rp><rt class="t2">guó</rt><rp>)</rp>認');
		expect(hant).toContain('<span class="hw" lang="zh-Hant">國家認監委</span>');
		// The text and the appendix, the Chinese quoted in its English explanations too.
		expect(hant).not.toMatch(/>[^<]*[认监国会议质检两这][^<]*</);
		const appendix = hant.slice(hant.indexOf('data-appendix'));
		expect(appendix).toMatch(/<dd lang="en">[^<]*<span lang="zh-Hant">[^<]+<\/span>/);
	});

	it('has the same sentences, ids, words, pinyin, term links and English as the Simplified', () => {
		expect(hant).not.toBe(hans);
		expect(shape(hant)).toBe(shape(hans));
		// Each converted word keeps its Simplified, which is exactly what the Simplified page shows.
		const kept = [...hant.matchAll(/data-hans="([^"]*)"/g)].map((m) => m[1] ?? '');
		expect(kept.length).toBeGreaterThan(100);
		for (const word of kept) expect(hans).toContain(word.slice(0, 1));
	});
});
