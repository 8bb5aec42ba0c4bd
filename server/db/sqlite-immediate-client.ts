/**
 * The SQLite client for the writer: its transactions start with BEGIN IMMEDIATE, taking the write
 * lock at once. Another process writing the same file (the command-line import, a backup, a second
 * server) then makes it wait up to `busy_timeout` and go on; a deferred BEGIN would read first and
 * fail with SQLITE_BUSY when it tried to write after the other process committed (issue 13).
 */
import { createRequire } from 'node:module';
import type { Knex } from 'knex';

const require = createRequire(import.meta.url);
// Knex has no public hook for how a transaction begins; its own sqlite3 classes are extended here.
const ClientSqlite3 = require('knex/lib/dialects/sqlite3/index.js') as new (
  config: Knex.Config,
) => { transaction(...args: unknown[]): unknown };
const TransactionSqlite = require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as new (
  ...args: unknown[]
) => { query(connection: unknown, sql: string): Promise<unknown> };

class ImmediateTransaction extends TransactionSqlite {
  begin(connection: unknown) {
    return this.query(connection, 'BEGIN IMMEDIATE;');
  }
}

export class SqliteImmediateClient extends ClientSqlite3 {
  override transaction(...args: unknown[]) {
    return new ImmediateTransaction(this, ...args);
  }
}
