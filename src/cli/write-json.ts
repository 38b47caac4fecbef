import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

/**
 * Write generated data to `src/lib/server/<name>` as prettier writes it, so that `npm run
 * lint` passes on it. Returns the file's path.
 */
export async function writeServerJson(name: string, data: unknown): Promise<string> {
	const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../lib/server', name);
	const options = { ...(await resolveConfig(out)), filepath: out };
	writeFileSync(out, await format(JSON.stringify(data), options));
	return out;
}
