import knex from 'knex';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, logError } from './logging.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the server log (issue 12, defect 5)', () => {
  it('logs a failed SQL statement by kind and table, never with its values', async () => {
    const db = knex({ client: 'sqlite3', connection: { filename: ':memory:' }, useNullAsDefault: true });
    try {
      await db.schema.createTable('users', (table) => {
        table.string('username').unique();
        table.string('password_hash');
      });
      await db('users').insert({ username: 'maria', password_hash: 'scrypt$32768$8$1$c2FsdA==$aGFzaA==' });
      const failure = await db('users')
        .insert({ username: 'maria', password_hash: 'scrypt$32768$8$1$b3V0cm8=$c2VncmVkbw==' })
        .catch((error: unknown) => error);
      const written = vi.spyOn(console, 'error').mockImplementation(() => {});
      logError('usuários', failure);
      const entry = String(written.mock.calls[0]?.[0]);
      expect(entry).toMatch(
        /^usuários: Error: SQL insert into users: SQLITE_CONSTRAINT: UNIQUE constraint failed/,
      );
      expect(entry).not.toMatch(/scrypt|maria|values/);
    } finally {
      await db.destroy();
    }
  });

  it('cuts a huge message (an import line of 100 KB) to a bounded entry', () => {
    const entry = describeError(new Error(`linha inválida: ${'x;'.repeat(50_000)}`));
    expect(entry.length).toBeLessThanOrEqual(2_000);
    expect(entry).toMatch(/^Error: linha inválida: x;x;/);
  });

  it('logs what is not an Error as text', () => {
    expect(describeError('falhou')).toBe('falhou');
  });
});
