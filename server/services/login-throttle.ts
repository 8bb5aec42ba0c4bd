/**
 * How fast passwords can be tried. Attempts are counted for the account at one address, for the
 * address and for the account everywhere, each *before* the password is checked. Past a few free
 * attempts the key waits, longer after each failure (30 s, 1 min, 2 min… up to 15 min): a guesser
 * cannot try passwords at speed, not even in parallel, and a stranger at another address cannot
 * lock a user out with five wrong passwords. An administrator can release a waiting key.
 */
import { instantAfter } from '../../shared/domain/dates.ts';
import { describeWait, FREE_ATTEMPTS, WAIT_SECONDS } from '../../shared/domain/login-limits.ts';
import type { Db } from '../db/client.ts';
import { appendAudit } from '../db/repositories/audit-repository.ts';
import {
  clearLoginAttempts,
  countLoginAttempt,
  findLoginAttempt,
  type LoginAttemptKey,
  type LoginAttemptRow,
  listWaitingLoginAttempts,
  uncountLoginAttempt,
} from '../db/repositories/session-repository.ts';
import { AppError } from '../errors.ts';
import type { AuthenticatedUser } from './auth.ts';

/** A key without attempts for this long starts counting again from zero. */
const FORGET_AFTER_MINUTES = 60;

type Counter = LoginAttemptKey & { freeAttempts: number };

function countersFor(username: string, address: string): Counter[] {
  return [
    {
      key: `conta-endereco:${username}@${address}`,
      username,
      address,
      freeAttempts: FREE_ATTEMPTS.accountAtAddress,
    },
    { key: `endereco:${address}`, username: null, address, freeAttempts: FREE_ATTEMPTS.address },
    { key: `conta:${username}`, username, address: null, freeAttempts: FREE_ATTEMPTS.account },
  ];
}

const secondsUntil = (instant: string | null | undefined, now: Date) =>
  Math.max(1, Math.ceil(((instant ? Date.parse(instant) : 0) - now.getTime()) / 1000));

function tooManyAttempts(lockedUntil: string | null | undefined, now: Date): AppError {
  return new AppError(
    'TOO_MANY_REQUESTS',
    `Muitas tentativas de entrada sem sucesso. Aguarde ${describeWait(secondsUntil(lockedUntil, now))} e tente de novo.`,
  );
}

/**
 * Counts this attempt on every key, or refuses it (429) when one of them is waiting; an attempt
 * refused by a later key is given back to the earlier ones, since its password is never checked.
 */
export async function reserveLoginAttempt(
  db: Db,
  username: string,
  address: string,
  now: Date,
): Promise<void> {
  const at = {
    now: now.toISOString(),
    forgetBefore: instantAfter(now, -FORGET_AFTER_MINUTES * 60),
    waitsUntil: WAIT_SECONDS.map((seconds) => instantAfter(now, seconds)),
  };
  const counted: Counter[] = [];
  for (const counter of countersFor(username, address)) {
    const failures = await countLoginAttempt(db, counter, { ...at, freeAttempts: counter.freeAttempts });
    if (failures === null) {
      for (const earlier of counted) await uncountLoginAttempt(db, earlier.key);
      throw tooManyAttempts((await findLoginAttempt(db, counter.key))?.lockedUntil, now);
    }
    counted.push(counter);
  }
}

/**
 * After a right password: the account forgets its failures at this address; the address and the
 * account everywhere only get this attempt back, so logging into one's own account does not let
 * anyone go on guessing someone else's.
 */
export async function recordLoginSuccess(db: Db, username: string, address: string): Promise<void> {
  const [accountAtAddress, ...others] = countersFor(username, address);
  if (accountAtAddress) await clearLoginAttempts(db, { key: accountAtAddress.key });
  for (const counter of others) await uncountLoginAttempt(db, counter.key);
}

/** `waitSeconds`: how long the wait still lasts, by the server's clock. */
export type LoginHold = LoginAttemptRow & {
  kind: 'conta' | 'endereco' | 'conta-endereco';
  waitSeconds: number;
};

const kindOf = (row: LoginAttemptRow): LoginHold['kind'] =>
  row.username && row.address ? 'conta-endereco' : row.username ? 'conta' : 'endereco';

/** The keys waiting now, for the administrator's "Entradas em espera". */
export async function listLoginHolds(readDb: Db, now: Date): Promise<LoginHold[]> {
  const rows = await listWaitingLoginAttempts(readDb, now.toISOString());
  return rows.map((row) => ({ ...row, kind: kindOf(row), waitSeconds: secondsUntil(row.lockedUntil, now) }));
}

/**
 * "Desbloquear": an account is released at every address, an address for every account, and the
 * release is written to the audit log.
 */
export async function releaseLoginHold(
  db: Db,
  admin: AuthenticatedUser,
  key: string,
  now: Date,
): Promise<void> {
  await db.transaction(async (trx) => {
    const row = await findLoginAttempt(trx, key);
    if (!row?.lockedUntil || row.lockedUntil <= now.toISOString())
      throw new AppError('NOT_FOUND', 'Este bloqueio não existe mais: a entrada já está liberada.');
    const kind = kindOf(row);
    await clearLoginAttempts(
      trx,
      kind === 'conta' && row.username
        ? { username: row.username }
        : kind === 'endereco' && row.address
          ? { address: row.address }
          : { key },
    );
    await appendAudit(trx, [
      {
        at: now.toISOString(),
        userId: admin.id,
        username: admin.username,
        action: 'unlock',
        entity: 'sessao',
        entityKey: key,
        before: { tentativas: row.failures, emEsperaAte: row.lockedUntil },
        after: null,
      },
    ]);
  });
}
