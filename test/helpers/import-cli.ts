import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const runFile = promisify(execFile);

/**
 * `npm run import -- <args>` against a test server's SQLite file, as a separate process. Resolves
 * with its output on exit code 0; rejects with `{ code, stdout, stderr }` otherwise.
 */
export function runImportCli(server: { dir: string }, args: readonly string[]) {
  return runFile(process.execPath, [TSX_CLI, 'scripts/import.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: path.join(server.dir, 'painel.sqlite') },
  });
}
