import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import {
	CHINESE_PREFIX,
	formatDate,
	formatNumber,
	inEveryLanguage,
	LANGUAGE_KEY,
	languageOf,
	languageOfPath,
	pathIn,
	setLanguage,
	storedLanguage,
	t,
	withoutLanguage
} from './i18n';

afterEach(() => setLanguage('en'));

describe('the language of an address', () => {
	it('is Chinese under /zh, English elsewhere', () => {
		expect(languageOf(undefined)).toBe('en');
		expect(languageOf('zh')).toBe('zh-Hans');
		for (const path of ['/zh', '/zh/', '/zh/glossary', '/zh/read/a-b']) {
			expect(languageOfPath(path), path).toBe('zh-Hans');
		}
		for (const path of ['/', '/glossary', '/zhang', '/glossary/zh', '/read/zh']) {
			expect(languageOfPath(path), path).toBe('en');
		}
	});

	it('goes from one language to the other and back', () => {
		expect(withoutLanguage('/zh')).toBe('/');
		expect(withoutLanguage('/zh/glossary/cnca')).toBe('/glossary/cnca');
		expect(withoutLanguage('/zhang')).toBe('/zhang');
		expect(pathIn('/', 'zh-Hans')).toBe('/zh');
		expect(pathIn('/glossary/cnca', 'zh-Hans')).toBe('/zh/glossary/cnca');
		expect(pathIn('/glossary/cnca', 'en')).toBe('/glossary/cnca');
	});

	it('has each page prerendered in both', () => {
		expect(inEveryLanguage([{ id: 'a' }, { id: 'b' }])).toEqual([
			{ id: 'a' },
			{ id: 'a', lang: 'zh' },
			{ id: 'b' },
			{ id: 'b', lang: 'zh' }
		]);
	});
});

describe('i18next in Chinese', () => {
	it('says a count with the one plural form Chinese has', () => {
		setLanguage('zh-Hans');
		expect(t('glossary.results', { count: 1 })).toBe('1 个词条');
		expect(t('glossary.results', { count: 5 })).toBe('5 个词条');
		expect(t('vocabulary.exported', { count: 12345 })).toBe('已导出 12,345 个词。');
		setLanguage('en');
		expect(t('glossary.results', { count: 1 })).toBe('1 entry');
		expect(t('glossary.results', { count: 5 })).toBe('5 entries');
	});
});

describe('dates and numbers', () => {
	it('are written for the language', () => {
		expect(formatDate('2013-01-18')).toBe('18 January 2013');
		expect(formatNumber(199000)).toBe('199,000');
		setLanguage('zh-Hans');
		expect(formatDate('2013-01-18')).toBe('2013年1月18日');
		expect(formatNumber(199000)).toBe('199,000');
	});

	it('a calendar date is that day in any time zone; what is not a date is left as it is', () => {
		expect(formatDate('2013-12-31')).toBe('31 December 2013');
		expect(formatDate('not a date')).toBe('not a date');
		expect(formatDate('')).toBe('');
	});
});

/** The pre-paint language script of app.html, run with the given browser state. */
function prePaint(state: {
	path: string;
	search?: string;
	hash?: string;
	stored?: string | null;
	languages?: string[];
	referrer?: string;
	storageThrows?: boolean;
}): { to: string | null; hidden: boolean } {
	const html = readFileSync('src/app.html', 'utf8');
	const script = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)]
		.map((m) => m[1] ?? '')
		.find((s) => s.includes(LANGUAGE_KEY));
	if (!script) throw new Error(`app.html has no script that reads ${LANGUAGE_KEY}`);
	const result = { to: null as string | null, hidden: false };
	const origin = 'https://duizhao.example';
	runInNewContext(script, {
		location: {
			origin,
			pathname: state.path,
			search: state.search ?? '',
			hash: state.hash ?? '',
			replace: (to: string) => (result.to = to)
		},
		localStorage: {
			getItem: (key: string) => {
				if (state.storageThrows) throw new Error('SecurityError');
				return key === LANGUAGE_KEY ? (state.stored ?? null) : null;
			}
		},
		navigator: { languages: state.languages ?? ['en-GB', 'en'] },
		document: {
			referrer: state.referrer ?? '',
			documentElement: {
				set hidden(value: boolean) {
					result.hidden = value;
				}
			}
		}
	});
	return result;
}

describe('the pre-paint language script (app.html)', () => {
	it('keeps what the switch stores', () => {
		expect(storedLanguage('en')).toBe('en');
		expect(storedLanguage('zh-Hans')).toBe(CHINESE_PREFIX);
	});

	it('sends a first visit from a Chinese browser to the Chinese page, unseen', () => {
		expect(prePaint({ path: '/', languages: ['zh-CN', 'en'] })).toEqual({
			to: '/zh',
			hidden: true
		});
		expect(
			prePaint({ path: '/glossary', search: '?q=rjw', hash: '#x', languages: ['zh-TW'] })
		).toEqual({ to: '/zh/glossary?q=rjw#x', hidden: true });
		// The first of the two languages the site has decides.
		expect(prePaint({ path: '/about', languages: ['de', 'zh-Hans', 'en'] }).to).toBe('/zh/about');
		expect(prePaint({ path: '/about', languages: ['de', 'en-US', 'zh-CN'] }).to).toBeNull();
	});

	it('leaves other first visits where they are', () => {
		expect(prePaint({ path: '/', languages: ['en-US'] })).toEqual({ to: null, hidden: false });
		expect(prePaint({ path: '/zh/about', languages: ['en-US'] }).to).toBeNull();
		expect(prePaint({ path: '/', languages: [] }).to).toBeNull();
	});

	it('does not follow the browser once the reader is on the site', () => {
		const referrer = 'https://duizhao.example/zh/about';
		expect(prePaint({ path: '/about', languages: ['zh-CN'], referrer }).to).toBeNull();
		expect(
			prePaint({ path: '/about', languages: ['zh-CN'], referrer: 'https://search.example/' }).to
		).toBe('/zh/about');
	});

	it('puts a stored choice before the browser, either way', () => {
		expect(prePaint({ path: '/', languages: ['zh-CN'], stored: 'en' }).to).toBeNull();
		expect(prePaint({ path: '/zh/read/x', stored: 'en' }).to).toBe('/read/x');
		expect(prePaint({ path: '/zh', stored: 'en' }).to).toBe('/');
		expect(prePaint({ path: '/read/x', hash: '#p1s2', stored: 'zh' }).to).toBe('/zh/read/x#p1s2');
		expect(prePaint({ path: '/zh/read/x', stored: 'zh' }).to).toBeNull();
		expect(prePaint({ path: '/zh/read/x', stored: 'fr' }).to).toBeNull();
	});

	it('does nothing when storage is refused', () => {
		expect(prePaint({ path: '/', languages: ['zh-CN'], storageThrows: true })).toEqual({
			to: null,
			hidden: false
		});
	});
});
