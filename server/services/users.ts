/** Users, their roles and scopes: administrator only, every change in the audit log. */
import { passwordProblem } from '../../shared/domain/password-policy.ts';
import { scopeOfRole, userFormProblems } from '../../shared/domain/user-rules.ts';
import { formatDateTimeMt } from '../../shared/format.ts';
import type { TCreateUser, TUpdateUser } from '../../shared/schemas/user.ts';
import { hashPassword } from '../auth/password.ts';
import type { Db } from '../db/client.ts';
import { listCoordinations } from '../db/repositories/plan-repository.ts';
import { deleteUserSessions } from '../db/repositories/session-repository.ts';
import { listTerritories } from '../db/repositories/territory-repository.ts';
import {
  findUserById,
  findUserCredentials,
  insertUser,
  listUsers,
  replaceScopes,
  type UserRow,
  updateUser,
} from '../db/repositories/user-repository.ts';
import { isUniqueViolation } from '../db/unique-violation.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';

/** What the audit log keeps of a user: never the password hash. */
function auditView(user: UserRow) {
  return {
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    isActive: user.isActive,
    email: user.email,
    receivesReminders: user.receivesReminders,
    coordinationCodes: user.coordinationCodes,
    territoryCodes: user.territoryCodes,
  };
}

/**
 * Every problem of the form at once: the rules the browser checks too, then what only the
 * database knows (coordenadorias and territories that exist).
 */
async function checkUserForm(
  db: Db,
  input: Pick<TCreateUser, 'displayName' | 'role' | 'coordinationCodes' | 'territoryCodes'> &
    Partial<Pick<TCreateUser, 'username' | 'password' | 'email'>>,
) {
  const problems = userFormProblems(input).map((problem) => problem.message);
  const scope = scopeOfRole(input);
  const coordinations = new Set((await listCoordinations(db)).map((coordination) => coordination.code));
  const unknownCoordinations = scope.coordinationCodes.filter((code) => !coordinations.has(code));
  if (unknownCoordinations.length > 0)
    problems.push(
      unknownCoordinations.length === 1
        ? `Coordenadoria ${unknownCoordinations[0]} não existe.`
        : `Coordenadorias ${unknownCoordinations.join(', ')} não existem.`,
    );
  const territories = new Map((await listTerritories(db)).map((territory) => [territory.code, territory]));
  for (const code of scope.territoryCodes) {
    const territory = territories.get(code);
    if (!territory || (territory.level !== 'macro' && territory.level !== 'region'))
      problems.push(`${code} não é uma macrorregião nem uma região de saúde.`);
  }
  if (problems.length > 0) throw new AppError('UNPROCESSABLE', problems.join(' '));
}

export function listAllUsers(db: Db) {
  return listUsers(db);
}

export async function createUser(
  db: Db,
  actor: AuthenticatedUser,
  input: TCreateUser,
  now: Date,
): Promise<UserRow> {
  await checkUserForm(db, input);
  const taken = () => new AppError('CONFLICT', `Já existe o usuário "${input.username}".`);
  if (await findUserCredentials(db, input.username)) throw taken();
  const passwordHash = await hashPassword(input.password);
  // The check above cannot see a creation of the same name running at the same time: the unique
  // index refuses the second one, which is told the same as if it had come later.
  return db
    .transaction(async (trx) => {
      const id = await insertUser(trx, {
        username: input.username,
        displayName: input.displayName,
        role: input.role,
        isActive: true,
        email: input.email,
        receivesReminders: true,
        ...scopeOfRole(input),
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
        passwordHash,
      });
      const created = (await findUserById(trx, id)) as UserRow;
      await auditChange(trx, actor, now, {
        action: 'create',
        entity: 'usuario',
        key: created.username,
        after: auditView(created),
      });
      return created;
    })
    .catch((error: unknown) => {
      throw isUniqueViolation(error) ? taken() : error;
    });
}

function conflict(current: UserRow): AppError {
  return new AppError(
    'CONFLICT',
    `Este usuário foi alterado por outra pessoa em ${formatDateTimeMt(current.updatedAt)}. Carregue a versão atual e refaça a alteração.`,
  );
}

export async function changeUser(
  db: Db,
  actor: AuthenticatedUser,
  input: TUpdateUser,
  now: Date,
): Promise<UserRow> {
  await checkUserForm(db, input);
  if (input.id === actor.id && (!input.isActive || input.role !== 'admin'))
    throw new AppError('UNPROCESSABLE', 'Você não pode desativar nem rebaixar o seu próprio usuário.');
  return db.transaction(async (trx) => {
    const before = await findUserById(trx, input.id);
    if (!before) throw new AppError('NOT_FOUND', 'Usuário não encontrado.');
    const isUpdated = await updateUser(trx, input.id, input.version, {
      displayName: input.displayName,
      role: input.role,
      isActive: input.isActive,
      email: input.email,
      updatedAt: now.toISOString(),
    });
    if (!isUpdated) throw conflict(before);
    await replaceScopes(trx, input.id, scopeOfRole(input));
    // A deactivated user or a changed role takes effect now, not at the next login.
    if (!input.isActive || input.role !== before.role) await deleteUserSessions(trx, input.id);
    const after = (await findUserById(trx, input.id)) as UserRow;
    await auditChange(trx, actor, now, {
      action: 'update',
      entity: 'usuario',
      key: after.username,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}

/** Minha conta: the signed-in user's own e-mail settings. */
export async function getOwnAccount(db: Db, actor: AuthenticatedUser) {
  const user = await findUserById(db, actor.id);
  if (!user) throw new AppError('NOT_FOUND', 'Usuário não encontrado.');
  return { email: user.email, receivesReminders: user.receivesReminders };
}

/**
 * Each user turns their own reminders off or on (the address is the administrator's to set). Only
 * the actor's row is touched, whatever they send; audited like an administrator's change.
 */
export async function setOwnReminders(
  db: Db,
  actor: AuthenticatedUser,
  input: { receivesReminders: boolean },
  now: Date,
) {
  return db.transaction(async (trx) => {
    const before = await findUserById(trx, actor.id);
    if (!before) throw new AppError('NOT_FOUND', 'Usuário não encontrado.');
    if (before.receivesReminders !== input.receivesReminders) {
      if (
        !(await updateUser(trx, actor.id, before.version, {
          receivesReminders: input.receivesReminders,
          updatedAt: now.toISOString(),
        }))
      )
        throw conflict(before);
      await auditChange(trx, actor, now, {
        action: 'update',
        entity: 'usuario',
        key: before.username,
        before: { receivesReminders: before.receivesReminders },
        after: { receivesReminders: input.receivesReminders },
      });
    }
    return { email: before.email, receivesReminders: input.receivesReminders };
  });
}

export async function resetPassword(
  db: Db,
  actor: AuthenticatedUser,
  input: { id: number; version: number; password: string },
  now: Date,
): Promise<void> {
  const target = await findUserById(db, input.id);
  if (!target) throw new AppError('NOT_FOUND', 'Usuário não encontrado.');
  const problem = passwordProblem(input.password, target.username);
  if (problem) throw new AppError('UNPROCESSABLE', problem);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (trx) => {
    const user = await findUserById(trx, input.id);
    if (!user) throw new AppError('NOT_FOUND', 'Usuário não encontrado.');
    if (!(await updateUser(trx, input.id, input.version, { passwordHash, updatedAt: now.toISOString() })))
      throw conflict(user);
    await deleteUserSessions(trx, input.id);
    // The audit says the password changed, never what it is.
    await auditChange(trx, actor, now, {
      action: 'password-reset',
      entity: 'usuario',
      key: user.username,
      after: { senha: 'redefinida' },
    });
  });
}
