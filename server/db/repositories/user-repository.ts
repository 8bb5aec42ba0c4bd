import type { Role } from '../../../shared/domain/permissions.ts';
import type { Db } from '../client.ts';
import { insertedId } from './inserted-id.ts';

export type UserRow = {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  isActive: boolean;
  /** Where the reminders go (issue 17); null: none are sent. */
  email: string | null;
  receivesReminders: boolean;
  coordinationCodes: string[];
  territoryCodes: string[];
  createdAt: string;
  updatedAt: string;
  version: number;
};

type DbUser = {
  id: number;
  username: string;
  display_name: string;
  password_hash: string;
  role: string;
  is_active: number | boolean;
  email: string | null;
  receives_reminders: number | boolean;
  created_at: string;
  updated_at: string;
  version: number;
};

async function scopesOf(db: Db, userIds: readonly number[]) {
  const rows: { user_id: number; kind: string; code: string }[] =
    userIds.length === 0 ? [] : await db('user_scopes').whereIn('user_id', userIds).orderBy('code');
  return (userId: number, kind: string) =>
    rows.filter((row) => row.user_id === userId && row.kind === kind).map((row) => row.code);
}

function toUser(row: DbUser, scopes: (userId: number, kind: string) => string[]): UserRow {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role as Role,
    isActive: Boolean(row.is_active),
    email: row.email,
    receivesReminders: Boolean(row.receives_reminders),
    coordinationCodes: scopes(row.id, 'coordination'),
    territoryCodes: scopes(row.id, 'territory'),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: row.version,
  };
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  const rows: DbUser[] = await db('users').select('*').orderBy('username');
  const scopes = await scopesOf(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => toUser(row, scopes));
}

export async function findUserById(db: Db, id: number): Promise<UserRow | null> {
  const row: DbUser | undefined = await db('users').where({ id }).first();
  return row ? toUser(row, await scopesOf(db, [row.id])) : null;
}

/** The user of a session still valid at `now`, with their scopes, and when the session ends. */
export async function findSessionUser(
  db: Db,
  tokenHash: string,
  now: string,
): Promise<{ user: UserRow; expiresAt: string } | null> {
  type Row = DbUser & { scope_kind: string | null; scope_code: string | null; session_expires_at: string };
  const rows: Row[] = await db('sessions')
    .join('users', 'users.id', 'sessions.user_id')
    .leftJoin('user_scopes', 'user_scopes.user_id', 'users.id')
    .where('sessions.token_hash', tokenHash)
    .andWhere('sessions.expires_at', '>', now)
    .orderBy('user_scopes.code')
    .select(
      'users.*',
      'user_scopes.kind as scope_kind',
      'user_scopes.code as scope_code',
      'sessions.expires_at as session_expires_at',
    );
  const [first] = rows;
  if (!first) return null;
  const user = toUser(first, (_userId, kind) =>
    rows.filter((row) => row.scope_kind === kind).map((row) => row.scope_code as string),
  );
  return { user, expiresAt: first.session_expires_at };
}

/** With the password hash: only the login service reads it. */
export async function findUserCredentials(
  db: Db,
  username: string,
): Promise<(UserRow & { passwordHash: string }) | null> {
  const row: DbUser | undefined = await db('users')
    .where({ username: username.trim().toLowerCase() })
    .first();
  return row ? { ...toUser(row, await scopesOf(db, [row.id])), passwordHash: row.password_hash } : null;
}

export async function listPasswordHashes(db: Db): Promise<{ username: string; passwordHash: string }[]> {
  const rows: { username: string; password_hash: string }[] = await db('users')
    .where({ is_active: true })
    .select('username', 'password_hash');
  return rows.map((row) => ({ username: row.username, passwordHash: row.password_hash }));
}

export async function countUsers(db: Db): Promise<number> {
  const row = (await db('users').count('* as n').first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

export async function insertUser(
  db: Db,
  user: Omit<UserRow, 'id' | 'version'> & { passwordHash: string },
): Promise<number> {
  const [inserted] = await db('users')
    .insert({
      username: user.username,
      display_name: user.displayName,
      password_hash: user.passwordHash,
      role: user.role,
      is_active: user.isActive,
      email: user.email,
      receives_reminders: user.receivesReminders,
      created_at: user.createdAt,
      updated_at: user.updatedAt,
      version: 1,
    })
    .returning('id');
  const id = insertedId(inserted);
  await replaceScopes(db, id, user);
  return id;
}

/** Updates only if nobody changed the user since `expectedVersion` was read; returns whether it did. */
export async function updateUser(
  db: Db,
  id: number,
  expectedVersion: number,
  changes: {
    displayName?: string;
    role?: Role;
    isActive?: boolean;
    email?: string | null;
    receivesReminders?: boolean;
    passwordHash?: string;
    updatedAt: string;
  },
): Promise<boolean> {
  const updated = await db('users')
    .where({ id, version: expectedVersion })
    .update({
      ...(changes.displayName !== undefined && { display_name: changes.displayName }),
      ...(changes.role !== undefined && { role: changes.role }),
      ...(changes.isActive !== undefined && { is_active: changes.isActive }),
      ...(changes.email !== undefined && { email: changes.email }),
      ...(changes.receivesReminders !== undefined && { receives_reminders: changes.receivesReminders }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      updated_at: changes.updatedAt,
      version: expectedVersion + 1,
    });
  return updated === 1;
}

export async function replaceScopes(
  db: Db,
  userId: number,
  scopes: { coordinationCodes: readonly string[]; territoryCodes: readonly string[] },
): Promise<void> {
  await db('user_scopes').where({ user_id: userId }).delete();
  const rows = [
    ...scopes.coordinationCodes.map((code) => ({ user_id: userId, kind: 'coordination', code })),
    ...scopes.territoryCodes.map((code) => ({ user_id: userId, kind: 'territory', code })),
  ];
  if (rows.length > 0) await db('user_scopes').insert(rows);
}
