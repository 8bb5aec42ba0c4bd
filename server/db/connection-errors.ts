import { AppError } from '../errors.ts';
import { describeDatabaseUrl, isPostgres } from './client.ts';

/**
 * Why the database named by DATABASE_URL cannot be opened, in Portuguese, for the failures a person
 * can fix (the server is down, the password or the database name is wrong); null for anything else.
 */
export function describeConnectionError(error: unknown, databaseUrl: string): string | null {
  const { code, message } = error as { code?: string; message?: string };
  const where = describeDatabaseUrl(databaseUrl);
  if (!isPostgres(databaseUrl)) {
    if (code === 'SQLITE_CANTOPEN')
      return `O arquivo do banco ${where} não pode ser aberto (a pasta existe? há permissão?).`;
    if (code === 'SQLITE_NOTADB') return `O arquivo ${where} não é um banco SQLite.`;
    return null;
  }
  const url = new URL(databaseUrl);
  const server = `${url.hostname}:${url.port || '5432'}`;
  if (code === 'ECONNREFUSED' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH')
    return `O servidor PostgreSQL em ${server} não respondeu: ele está ligado? A URL de DATABASE_URL está certa?`;
  if (code === 'ENOTFOUND')
    return `O servidor ${url.hostname} de DATABASE_URL não foi encontrado: confira o nome.`;
  if (code === '28P01' || code === '28000')
    return `O PostgreSQL em ${server} recusou o usuário "${decodeURIComponent(url.username)}" ou a senha de DATABASE_URL.`;
  if (code === '3D000')
    return `O banco "${url.pathname.slice(1)}" não existe no PostgreSQL em ${server}: crie-o (createdb) ou corrija DATABASE_URL.`;
  if (message && /password must be a string|SASL/i.test(message))
    return `O PostgreSQL em ${server} pediu uma senha que DATABASE_URL não tem.`;
  return null;
}

/** Opens one connection, so a wrong URL is said plainly before anything else runs. */
export async function assertDatabaseReachable(
  db: { raw(sql: string): PromiseLike<unknown> },
  databaseUrl: string,
): Promise<void> {
  try {
    await db.raw('select 1');
  } catch (error) {
    const reason = describeConnectionError(error, databaseUrl);
    throw reason ? new AppError('UNPROCESSABLE', reason) : error;
  }
}
