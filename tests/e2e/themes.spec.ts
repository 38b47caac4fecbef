import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';

/** Every page, in English; language.spec.ts does the same for the Chinese ones. */
const PAGES = [
	['/', 'library'],
	['/glossary', 'glossary'],
	['/glossary/cnca', 'glossary-entry'],
	['/read/certification-conference-2013', 'reader'],
	['/import', 'import'],
	['/text', 'text'],
	['/vocabulary', 'vocabulary'],
	['/about', 'about']
] as const;

for (const theme of ['light', 'dark'] as const) {
	for (const [path, name] of PAGES) {
		test(`axe finds nothing on ${path} in the ${theme} theme, seen at 390 px`, async ({
			page
		}, testInfo) => {
			// axe over a whole reading page takes a while on a busy machine.
			test.slow(name === 'reader');
			await page.addInitScript((t) => localStorage.setItem('duizhao:theme', t), theme);
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(path);
			await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
			// The page is drawn in the theme asked for, not the system's.
			const background = await page.evaluate(
				() => getComputedStyle(document.documentElement).backgroundColor
			);
			expect(background).toBe(theme === 'dark' ? 'rgb(23, 22, 20)' : 'rgb(251, 249, 245)');
			await expectNoAxeViolations(page);
			await page.screenshot({
				path: testInfo.outputPath(`${name}-${theme}-390.png`),
				fullPage: true
			});
		});
	}
}

test('the reader with tone colours, in both themes, passes axe (colour contrast included)', async ({
	page
}) => {
	test.slow();
	for (const theme of ['light', 'dark']) {
		for (const colours of ['standard', 'safe']) {
			await page.addInitScript(
				([t, c]) => {
					localStorage.setItem('duizhao:theme', t ?? '');
					localStorage.setItem('duizhao:colours', c ?? '');
				},
				[theme, colours]
			);
			await page.goto('/read/certification-conference-2013');
			await expect(page.locator('html')).toHaveAttribute('data-colours', colours);
			await expectNoAxeViolations(page);
		}
	}
});
