import type { Knex } from 'knex';
import { dropAppendOnly, makeAppendOnly } from './append-only.ts';

const AUDIT_IS_APPEND_ONLY = 'O registro de auditoria não pode ser alterado nem apagado.';

export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('users', (table) => {
    table.increments('id');
    table.string('username').notNullable().unique();
    table.string('display_name').notNullable();
    table.string('password_hash').notNullable();
    table.string('role').notNullable();
    table.boolean('is_active').notNullable().defaultTo(true);
    table.string('created_at').notNullable();
    table.string('updated_at').notNullable();
    table.integer('version').notNullable().defaultTo(1);
  });

  // What a coordenadoria user may edit, or which territory a gestor regional may read.
  await db.schema.createTable('user_scopes', (table) => {
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.string('kind').notNullable();
    table.string('code').notNullable();
    table.primary(['user_id', 'kind', 'code']);
  });

  // Only a hash of the cookie's token is stored: a copy of the database opens no session.
  await db.schema.createTable('sessions', (table) => {
    table.string('token_hash').primary();
    table.integer('user_id').notNullable().references('users.id').onDelete('CASCADE');
    table.string('created_at').notNullable();
    table.string('expires_at').notNullable();
  });

  await db.schema.createTable('login_attempts', (table) => {
    table.string('key').primary();
    table.integer('failures').notNullable();
    table.string('window_started_at').notNullable();
    table.string('locked_until');
  });

  await db.schema.createTable('api_tokens', (table) => {
    table.increments('id');
    table.string('name').notNullable();
    table.string('token_hash').notNullable().unique();
    table.string('prefix').notNullable();
    table.integer('created_by').notNullable().references('users.id');
    table.string('created_at').notNullable();
    table.string('revoked_at');
    table.string('last_used_at');
  });

  await db.schema.createTable('audit_log', (table) => {
    table.increments('id');
    table.string('at').notNullable();
    table.integer('user_id').references('users.id');
    table.string('username').notNullable();
    table.string('action').notNullable();
    table.string('entity').notNullable();
    table.string('entity_key').notNullable();
    table.text('before_json');
    table.text('after_json');
    table.index(['entity', 'entity_key']);
    table.index(['at']);
  });

  // Who last saved a value, and a version for edit-conflict checks.
  await db.schema.alterTable('data_values', (table) => {
    table.integer('updated_by').references('users.id');
    table.integer('version').notNullable().defaultTo(1);
  });

  // Nobody can edit or delete the audit trail, not even through SQL from the app.
  await makeAppendOnly(db, 'audit_log', AUDIT_IS_APPEND_ONLY);
}

export async function down(db: Knex): Promise<void> {
  await dropAppendOnly(db, 'audit_log');
  await db.schema.alterTable('data_values', (table) => {
    table.dropColumn('version');
    table.dropColumn('updated_by');
  });
  for (const table of ['audit_log', 'api_tokens', 'login_attempts', 'sessions', 'user_scopes', 'users']) {
    await db.schema.dropTableIfExists(table);
  }
}
