/**
 * The one way the server writes an unexpected error to its log. Logs are read by whoever operates
 * the server, so they carry what is needed to find the fault and nothing a user typed or a secret:
 * a failed SQL statement is logged by kind and table, never with its values (a password hash, a
 * whole imported row), and every entry is cut to a bounded size.
 */
const MAX_ENTRY_CHARS = 2_000;
const MAX_STACK_FRAMES = 8;

// knex puts the statement, values inlined, before the driver's message: "insert into `t` (…) values (…) - SQLITE_…".
const SQL_MESSAGE =
  /^\s*(insert into|update|delete from|select|with)\s+[`"]?([\w.]+)[`"]?[\s\S]* - ([^\n]*)$/i;

export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, MAX_ENTRY_CHARS);
  const sql = SQL_MESSAGE.exec(error.message);
  const message = sql ? `SQL ${sql[1]?.toLowerCase()} ${sql[2]}: ${sql[3]}` : error.message;
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .slice(0, MAX_STACK_FRAMES);
  return [`${error.name}: ${message}`, ...frames].join('\n').slice(0, MAX_ENTRY_CHARS);
}

export function logError(context: string, error: unknown): void {
  console.error(`${context}: ${describeError(error)}`);
}
