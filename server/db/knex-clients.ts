/**
 * The writer's Knex clients. Knex has no public hook for how a transaction begins or ends; its own
 * dialect classes are extended here, for two reasons:
 * - SQLite transactions start with BEGIN IMMEDIATE, taking the write lock at once: another process
 *   writing the same file (the command-line import, a backup, a second server) makes it wait up to
 *   `busy_timeout` and go on; a deferred BEGIN would read first and fail with SQLITE_BUSY when it
 *   tried to write after the other process committed (issue 13).
 * - On both engines every transaction ends by giving the data a new revision, in the same commit
 *   (issue 14): computed figures are kept until it changes (services/figure-cache.ts), so a write
 *   from any process or instance shows on the very next read.
 */
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Knex } from 'knex';

const require = createRequire(import.meta.url);

type Connection = unknown;
type TransactionClass = new (
  ...args: unknown[]
) => {
  client: { revisionIsReady?: boolean };
  trxClient: { query(connection: Connection, query: { sql: string; bindings: unknown[] }): Promise<unknown> };
  query(connection: Connection, sql: string, status?: number, value?: unknown): Promise<unknown>;
  commit(connection: Connection, value: unknown): Promise<unknown>;
  rollback(connection: Connection, error: unknown): Promise<unknown>;
};
type ClientClass = new (config: Knex.Config) => { transaction(...args: unknown[]): unknown };

const ClientSqlite3 = require('knex/lib/dialects/sqlite3/index.js') as ClientClass;
const TransactionSqlite =
  require('knex/lib/dialects/sqlite3/execution/sqlite-transaction.js') as TransactionClass;
const ClientPg = require('knex/lib/dialects/postgres/index.js') as ClientClass;
const TransactionPg = require('knex/lib/dialects/postgres/execution/pg-transaction.js') as TransactionClass;

/**
 * The statement each commit runs first; the table exists once the migrations ran (markRevisionReady).
 * The new revision is random hex, written inline: raw statements here get no parameter binding.
 */
const bump = () => `update data_revision set revision = '${randomBytes(8).toString('hex')}' where id = 1`;

function bumpingRevision(Base: TransactionClass) {
  return class extends Base {
    touchesNoFigures: boolean;
    // Knex passes the config given to `db.transaction(work, config)` on, with keys of our own.
    constructor(
      client: unknown,
      container: unknown,
      config?: { touchesNoFigures?: boolean },
      outerTx?: unknown,
    ) {
      super(client, container, config, outerTx);
      this.touchesNoFigures = config?.touchesNoFigures === true;
    }

    override async commit(connection: Connection, value: unknown) {
      if (this.client.revisionIsReady && !this.touchesNoFigures) {
        try {
          await this.trxClient.query(connection, { sql: bump(), bindings: [] });
        } catch (error) {
          return this.rollback(connection, error);
        }
      }
      return super.commit(connection, value);
    }
  };
}

const SqliteWriterTransaction = class extends bumpingRevision(TransactionSqlite) {
  begin(connection: Connection) {
    return this.query(connection, 'BEGIN IMMEDIATE;');
  }
};
const PgWriterTransaction = bumpingRevision(TransactionPg);

export class SqliteWriterClient extends ClientSqlite3 {
  override transaction(container: unknown, config?: { touchesNoFigures?: boolean }, outerTx?: unknown) {
    return new SqliteWriterTransaction(this, container, config, outerTx);
  }
}

export class PgWriterClient extends ClientPg {
  override transaction(container: unknown, config?: { touchesNoFigures?: boolean }, outerTx?: unknown) {
    return new PgWriterTransaction(this, container, config, outerTx);
  }
}

/**
 * For a frequent transaction that writes nothing a figure depends on (counting login attempts):
 * `db.transaction(work, TOUCHES_NO_FIGURES)` keeps the figures computed so far.
 */
export const TOUCHES_NO_FIGURES = { touchesNoFigures: true } as Knex.TransactionConfig;

/** From now on (the migrations ran, `data_revision` exists) every commit of `db` bumps the revision. */
export function markRevisionReady(db: Knex): void {
  (db.client as { revisionIsReady?: boolean }).revisionIsReady = true;
}
