/**
 * `npm run backup -- ARQUIVO [--sobrescrever]`: a consistent copy of the database named by
 * DATABASE_URL, safe to run while the server is up: SQLite's online backup for a file, pg_dump for
 * a PostgreSQL URL.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { describeFailure, formatBytes, formatCounts, runCommand } from '../server/backup/cli.ts';
import { backupPostgres, checkPostgresBackup } from '../server/backup/postgres-backup.ts';
import { backupDatabase, checkBackupFile } from '../server/backup/sqlite-backup.ts';
import { readConfig } from '../server/config.ts';
import { describeDatabaseUrl, isPostgres } from '../server/db/client.ts';
import { AppError } from '../server/errors.ts';

const USAGE = [
  'Uso: npm run backup -- ARQUIVO [--sobrescrever]',
  '  Grava em ARQUIVO uma cópia consistente do banco (DATABASE_URL), mesmo com o servidor rodando.',
  '  --sobrescrever  substitui ARQUIVO se ele já existir',
].join('\n');

const commandLine = parseCommandLine(process.argv.slice(2));
if (commandLine) {
  await runCommand(() => backup(commandLine));
} else {
  console.error(USAGE);
  process.exitCode = 1;
}

async function backup({ file, overwrite }: { file: string; overwrite: boolean }): Promise<void> {
  const { databaseUrl } = readConfig();
  const onPostgres = isPostgres(databaseUrl);
  const live = onPostgres ? databaseUrl : path.resolve(databaseUrl);
  const destination = path.resolve(file);
  let bytes: number;
  try {
    ({ bytes } = onPostgres
      ? await backupPostgres(live, destination, { overwrite })
      : await backupDatabase(live, destination, { overwrite }));
  } catch (error) {
    throw new AppError('UNPROCESSABLE', `Cópia não feita: ${describeFailure(error)}`);
  }
  const check = onPostgres ? await checkPostgresBackup(destination) : await checkBackupFile(destination);
  if (!check.ok) {
    throw new AppError(
      'UNPROCESSABLE',
      `A cópia foi gravada, mas não passou na verificação: ${check.problem}`,
    );
  }

  console.log(`Cópia gravada em ${destination} (${formatBytes(bytes)}).`);
  console.log(`Banco copiado: ${describeDatabaseUrl(live)}`);
  console.log('Conteúdo da cópia:');
  for (const line of formatCounts(check.counts)) console.log(line);
}

function parseCommandLine(args: string[]): { file: string; overwrite: boolean } | null {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { sobrescrever: { type: 'boolean', default: false } },
      allowPositionals: true,
    });
    const [file, ...extra] = positionals;
    return file && extra.length === 0 ? { file, overwrite: values.sobrescrever } : null;
  } catch {
    return null; // an unknown option gets the usage text, like a missing file
  }
}
