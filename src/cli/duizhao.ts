#!/usr/bin/env node
/**
 * `duizhao <command>`: the project's command line (`npx duizhao annotate file.txt`).
 * Errors are one line on standard error and a non-zero exit status, never a stack trace.
 * With DUIZHAO_STATS=1 it ends by printing its peak memory to standard error (benchmarks).
 */
import { ANNOTATE_USAGE, CliError, runAnnotate } from './annotate.ts';

const USAGE = `Usage: duizhao <command> [options]

Commands:
  annotate [file]   pinyin for Chinese text, as JSON lines, text or HTML

Run \`duizhao annotate --help\` for its options.
`;

async function main(argv: string[]): Promise<number> {
	const [command, ...rest] = argv;
	switch (command) {
		case 'annotate':
			await runAnnotate(rest, { stdin: process.stdin, stdout: process.stdout });
			return 0;
		case undefined:
		case '-h':
		case '--help':
		case 'help':
			process.stdout.write(rest[0] === 'annotate' ? ANNOTATE_USAGE : USAGE);
			return command === undefined ? 2 : 0;
		default:
			throw new CliError(`unknown command "${command}" (see --help)`, 2);
	}
}

// A reader that goes away (`| head`) ends the run quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code === 'EPIPE') process.exit(0);
	process.stderr.write(`duizhao: standard output: ${error.message}\n`);
	process.exit(1);
});

let status: number;
try {
	status = await main(process.argv.slice(2));
} catch (error) {
	if (error instanceof CliError) {
		process.stderr.write(`duizhao: ${error.message}\n`);
		status = error.status;
	} else {
		process.stderr.write(
			`duizhao: internal error: ${error instanceof Error ? error.message : String(error)}\n`
		);
		status = 70;
	}
}
if (process.env.DUIZHAO_STATS === '1') {
	process.stderr.write(`duizhao: maxRSS ${process.resourceUsage().maxRSS} KB\n`);
}
process.exitCode = status;
