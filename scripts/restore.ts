/**
 * `npm run restore -- ARQUIVO`: checks a backup and puts it back into the database named by
 * DATABASE_URL (SQLite, or PostgreSQL through pg_restore), keeping a copy of the database as it was.
 */
import path from 'node:path';
import { describeFailure, formatCounts, runCommand } from '../server/backup/cli.ts';
import { restorePostgres } from '../server/backup/postgres-backup.ts';
import { restoreDatabase } from '../server/backup/sqlite-backup.ts';
import { readConfig } from '../server/config.ts';
import { describeDatabaseUrl, isPostgres } from '../server/db/client.ts';
import { AppError } from '../server/errors.ts';

const USAGE = [
  'Uso: npm run restore -- ARQUIVO',
  '  Verifica ARQUIVO (uma cópia feita com npm run backup) e restaura nele o banco (DATABASE_URL).',
  '  Antes, o banco atual é guardado: um SQLite ao lado dele em <banco>.antes-da-restauracao-<data e hora>.sqlite,',
  '  um PostgreSQL ao lado de ARQUIVO em <nome do banco>.antes-da-restauracao-<data e hora>.dump.',
].join('\n');

const [file, ...extra] = process.argv.slice(2);
if (file && !file.startsWith('-') && extra.length === 0) {
  await runCommand(() => restore(file));
} else {
  console.error(USAGE);
  process.exitCode = 1;
}

async function restore(file: string): Promise<void> {
  const { databaseUrl } = readConfig();
  const live = isPostgres(databaseUrl) ? databaseUrl : path.resolve(databaseUrl);
  const backupPath = path.resolve(file);
  let result: { safetyCopyPath: string | null; counts: Record<string, number> };
  try {
    result = isPostgres(live)
      ? await restorePostgres(backupPath, live)
      : await restoreDatabase(backupPath, live);
  } catch (error) {
    // restoreDatabase refuses (AppError) only before it touches the live database.
    throw new AppError(
      'UNPROCESSABLE',
      error instanceof AppError
        ? `Restauração recusada: ${error.message}\nO banco em uso não foi alterado.`
        : `A restauração falhou: ${describeFailure(error)}`,
    );
  }

  console.log(`Banco ${describeDatabaseUrl(live)} restaurado a partir de ${backupPath}.`);
  if (result.safetyCopyPath) console.log(`O banco anterior foi guardado em ${result.safetyCopyPath}.`);
  console.log('Conteúdo restaurado:');
  for (const line of formatCounts(result.counts)) console.log(line);
}
