/** What the browser benches share: Chromium as the tests launch it, and long-task recording. */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from '@playwright/test';

/** Debian's Chromium where it is installed (as in playwright.config.ts), else Playwright's own. */
export function launchChromium(): Promise<Browser> {
	return chromium.launch(
		existsSync('/usr/bin/chromium')
			? { executablePath: '/usr/bin/chromium', args: ['--disable-dev-shm-usage'] }
			: {}
	);
}

/**
 * From the page's first script on, every main-thread task over 50 ms (PerformanceObserver
 * 'longtask') goes into `window.longTasks`: its duration, or with `starts` its start and
 * duration (`{ start, duration }`).
 */
export async function recordLongTasks(page: Page, starts = false): Promise<void> {
	await page.addInitScript((withStart) => {
		const tasks: unknown[] = [];
		Object.assign(window, { longTasks: tasks });
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries())
				tasks.push(
					withStart ? { start: entry.startTime, duration: entry.duration } : entry.duration
				);
		}).observe({ type: 'longtask', buffered: true });
	}, starts);
}
