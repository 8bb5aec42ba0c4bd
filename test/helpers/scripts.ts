import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const runFile = promisify(execFile);

/**
 * `npm run import -- <args>` against a test server's database, as a separate process. Resolves
 * with its output on exit code 0; rejects with `{ code, stdout, stderr }` otherwise.
 */
export function runImportCli(server: { databaseUrl: string }, args: readonly string[]) {
  return runFile(process.execPath, [TSX_CLI, 'scripts/import.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: server.databaseUrl },
  });
}

export type ScriptOutcome = { code: number; stdout: string; stderr: string };

/** One of scripts/ (`scripts/backup.ts`…) on `databaseUrl`, as `npm run` starts it; never throws. */
export async function runScript(
  script: string,
  args: readonly string[],
  databaseUrl: string,
): Promise<ScriptOutcome> {
  try {
    const { stdout, stderr } = await runFile(process.execPath, [TSX_CLI, script, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? '', stderr: failed.stderr ?? '' };
  }
}
