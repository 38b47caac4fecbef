import { afterEach, describe, expect, it, vi } from 'vitest';
import { init } from './hooks.client';

describe('the app’s start in the browser', () => {
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('waits one task before hydrating, by a timer where there is no scheduler.yield', async () => {
		vi.stubGlobal('scheduler', undefined);
		vi.useFakeTimers();
		let started = false;
		void Promise.resolve(init()).then(() => (started = true));
		// Not within the task that evaluated the modules (its microtasks included)…
		for (let i = 0; i < 10; i++) await Promise.resolve();
		expect(started).toBe(false);
		// …but in the next one.
		await vi.runAllTimersAsync();
		expect(started).toBe(true);
	});

	it('yields to the browser’s scheduler where it has one', async () => {
		const yielded = vi.fn(() => Promise.resolve());
		vi.stubGlobal('scheduler', { yield: yielded });
		await init();
		expect(yielded).toHaveBeenCalledOnce();
	});
});
