import type { Knex } from 'knex';

/**
 * Login attempts counted per account, per address and per account at one address, each with its
 * own growing wait (issue 12, defect 2), and the addresses an account logged in from. The old counters are dropped: they only ever held the
 * last quarter of an hour.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.dropTable('login_attempts');
  await db.schema.createTable('login_attempts', (table) => {
    table.string('key').primary();
    table.string('username');
    table.string('address');
    table.integer('failures').notNullable();
    table.string('last_attempt_at').notNullable();
    table.string('locked_until');
    // For an account at one address: when it last logged in there (a known address).
    table.string('last_success_at');
    table.index(['username']);
    table.index(['address']);
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('login_attempts');
  await db.schema.createTable('login_attempts', (table) => {
    table.string('key').primary();
    table.integer('failures').notNullable();
    table.string('window_started_at').notNullable();
    table.string('locked_until');
  });
}
