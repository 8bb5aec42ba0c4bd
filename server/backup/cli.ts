/** What `npm run backup` and `npm run restore` share: the report and the exit code. */
import { formatNumber } from '../../shared/format.ts';
import { AppError } from '../errors.ts';

/** The tables a user recognises, in the order the report lists them. */
const MAIN_TABLES: readonly (readonly [table: string, label: string])[] = [
  ['indicators', 'indicadores'],
  ['targets', 'metas'],
  ['territories', 'territórios'],
  ['data_values', 'valores informados'],
  ['users', 'usuários'],
  ['audit_log', 'registros de auditoria'],
];

export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${formatNumber(value, unit === 0 ? 0 : 1)} ${units[unit]}`;
}

/** One line per main table present, e.g. "  valores informados: 12.345". */
export function formatCounts(counts: Record<string, number>): string[] {
  return MAIN_TABLES.filter(([table]) => table in counts).map(
    ([table, label]) => `  ${label}: ${formatNumber(counts[table] ?? 0, 0)}`,
  );
}

/** A failure as a Portuguese sentence: an AppError already is one; system errors get their usual cause. */
export function describeFailure(error: unknown): string {
  if (error instanceof AppError) return error.message;
  if (!(error instanceof Error)) return String(error);
  const { code, path: filePath } = error as NodeJS.ErrnoException;
  const where = filePath ? ` (${filePath})` : '';
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'SQLITE_PERM':
      return `sem permissão para ler ou gravar o arquivo${where}.`;
    case 'ENOSPC':
    case 'SQLITE_FULL':
      return `o disco está cheio${where}.`;
    case 'EROFS':
    case 'SQLITE_READONLY':
      return `o arquivo ou a pasta é somente leitura${where}.`;
    case 'SQLITE_CANTOPEN':
      return 'não foi possível abrir ou criar o arquivo (a pasta existe e tem permissão de escrita?).';
    case 'SQLITE_BUSY':
    case 'SQLITE_LOCKED':
      return 'o banco ficou ocupado por tempo demais; tente de novo.';
    default:
      return `erro inesperado: ${error.message}`;
  }
}

/** Exit code 0 only when the command finished; 1 with a Portuguese message on any failure. */
export async function runCommand(body: () => Promise<void>): Promise<void> {
  try {
    await body();
    process.exitCode = 0;
  } catch (error) {
    console.error(describeFailure(error));
    process.exitCode = 1;
  }
}
