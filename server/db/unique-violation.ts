/**
 * A write refused by a UNIQUE constraint: two people created the same thing at once, and the
 * check before the insert could not see the other one. SQLite and PostgreSQL say it differently.
 */
export function isUniqueViolation(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (code === '23505') return true; // PostgreSQL unique_violation
  return code === 'SQLITE_CONSTRAINT' && typeof message === 'string' && message.includes('UNIQUE');
}
