/**
 * The commands that read the CPP polyphone data, which lives outside the repository
 * (../shared/data/cpp-dev): without it, one line that names the folder they need and the
 * --data flag, a non-zero exit status and no stack trace. They never reach the real data, nor
 * anything outside the repository: `--data` names a folder inside it that does not exist, and
 * the default folder is only compared as a path.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../../src/cli/cpp-data.ts';

/** A folder of the repository's that is not there. */
const MISSING = path.resolve('tests/fixtures/no-cpp-data');

function run(script: string, args: string[]) {
	const result = spawnSync(process.execPath, [path.resolve('src/cli', script), ...args], {
		encoding: 'utf8',
		timeout: 60_000
	});
	if (result.error) throw result.error;
	return result;
}

describe.each([
	['bench-pinyin.ts', 'bench:pinyin'],
	['learn-polyphones.ts', 'learn:polyphones']
])('%s without the CPP data', (script, name) => {
	it('says in one line what it needs, and exits 1', { timeout: 60_000 }, () => {
		expect(existsSync(MISSING)).toBe(false);
		const result = run(script, ['--data', MISSING]);
		expect(result.status).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr).toBe(
			`${name}: no CPP polyphone data in ${MISSING} (no such folder): it needs the folder that ` +
				`holds dev.sent and dev.lb, by default ${DEFAULT_DATA_DIR} (../shared/data/cpp-dev ` +
				'beside the project); give another with --data DIR\n'
		);
	});

	it('refuses an unknown option in one line, exit 2', { timeout: 60_000 }, () => {
		const result = run(script, ['--dat', MISSING]);
		expect(result.status).toBe(2);
		expect(result.stderr).toMatch(
			new RegExp(`^${name}: Unknown option '--dat'.* \\(options: --data DIR`)
		);
		expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});

it('the default folder is ../shared/data/cpp-dev beside the project (a path, not read)', () => {
	expect(DEFAULT_DATA_DIR).toBe(path.resolve('..', 'shared/data/cpp-dev'));
});
