/**
 * `npm run validate` run as a child process on content with problems: each is printed as
 * `file:line: what is wrong` and the exit status is 1, with no stack trace.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve('src/cli/validate.ts');
const INVALID = 'tests/fixtures/content-invalid';

function validate(content: string) {
	const result = spawnSync(process.execPath, [CLI], {
		env: { ...process.env, DUIZHAO_CONTENT: content },
		encoding: 'utf8'
	});
	return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', () => {
	it('passes the shipped content', { timeout: 60_000 }, () => {
		const result = validate('translations');
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^ok: \d+ document\(s\)/);
	});

	it('prints every problem as file:line and fails: link, alias bomb, empty file, number, pinyin, encoding', () => {
		const root = mkdtempSync(path.join(tmpdir(), 'duizhao-validate-'));
		try {
			cpSync(INVALID, root, { recursive: true });
			// 会议 saved as GB18030 (BB E1 D2 E9), on line 3.
			writeFileSync(
				path.join(root, 'documents', 'gb18030.yaml'),
				Buffer.concat([
					Buffer.from('# Saved in the wrong encoding.\ntitle:\n  zh: '),
					Buffer.from([0xbb, 0xe1, 0xd2, 0xe9]),
					Buffer.from('\n  en: Conference\n')
				])
			);
			const result = validate(root);
			// Files are named relative to the working directory: keep their path inside the root.
			const lines = result.stderr
				.trim()
				.split('\n')
				.map((line) => line.split(`${path.basename(root)}${path.sep}`).pop() ?? line);
			expect(lines).toEqual([
				'documents/alias-bomb.yaml:3: bad YAML: Excessive alias count indicates a resource exhaustion attack (aliases, *name, that expand too far; write the values out)',
				'documents/empty.yaml:1: the file is empty',
				'documents/gb18030.yaml:3: the file is not UTF-8 text; save it as UTF-8',
				'documents/javascript-link.yaml:9: "url" must be an absolute web address starting https:// or http:// ("javascript:alert(document.cookie)")',
				'documents/javascript-link.yaml:12: "en" must be text, not a number (12345)',
				'glossary/terms.yaml:5: pinyin of "会议": not pinyin: xxx (no such syllable), yyy (no such syllable)',
				'6 problem(s)'
			]);
			expect(result.status).toBe(1);
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
