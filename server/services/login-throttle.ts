/**
 * How fast passwords can be tried. Attempts are counted for the account at one address, for the
 * address and for the account everywhere, each *before* the password is checked. Past a few free
 * attempts the key waits, longer after each failure (30 s, 1 min, 2 min… up to 15 min): a guesser
 * cannot try passwords at speed, not even in parallel, and a stranger at another address cannot
 * lock a user out of the computer they usually log in from. An administrator can release a
 * waiting key.
 */
import { instantAfter } from '../../shared/domain/dates.ts';
import { describeWait, FREE_ATTEMPTS, loginKeys, WAIT_SECONDS } from '../../shared/domain/login-limits.ts';
import type { Db } from '../db/client.ts';
import { TOUCHES_NO_FIGURES } from '../db/knex-clients.ts';
import {
  clearLoginAttempts,
  countLoginAttempt,
  findLoginAttempt,
  type LoginAttemptKey,
  type LoginAttemptRow,
  listWaitingLoginAttempts,
  markLoginSuccess,
  uncountLoginAttempt,
} from '../db/repositories/session-repository.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';

/** A key without attempts for this long starts counting again from zero. */
const FORGET_AFTER_MINUTES = 60;
/** An address the account logged in from within this many days is its owner's usual one. */
const KNOWN_ADDRESS_DAYS = 30;

/** Before these instants, a key's attempts are forgotten and an address is no longer known. */
export const loginAttemptHorizons = (now: Date) => ({
  forgetBefore: instantAfter(now, -FORGET_AFTER_MINUTES * 60),
  knownSince: instantAfter(now, -KNOWN_ADDRESS_DAYS * 86_400),
});

type Counter = LoginAttemptKey & {
  kind: 'accountAtAddress' | 'address' | 'account';
  freeAttempts: number;
};

/** In this order: the most specific key refuses first, and tells whether the address is known. */
function countersFor(username: string, address: string): Counter[] {
  const keys = loginKeys(username, address);
  return [
    {
      kind: 'accountAtAddress',
      key: keys.accountAtAddress,
      username,
      address,
      freeAttempts: FREE_ATTEMPTS.accountAtAddress,
    },
    { kind: 'address', key: keys.address, username: null, address, freeAttempts: FREE_ATTEMPTS.address },
    { kind: 'account', key: keys.account, username, address: null, freeAttempts: FREE_ATTEMPTS.account },
  ];
}

const secondsUntil = (instant: string | null | undefined, now: Date) =>
  Math.max(1, Math.ceil(((instant ? Date.parse(instant) : 0) - now.getTime()) / 1000));

function tooManyAttempts(lockedUntil: string | null | undefined, now: Date): AppError {
  return new AppError(
    'TOO_MANY_REQUESTS',
    `Muitas tentativas de entrada sem sucesso. Aguarde ${describeWait(secondsUntil(lockedUntil, now))} e tente de novo. ` +
      'Se esqueceu a senha, peça ao administrador do painel que a redefina.',
  );
}

/** What a login attempt counted, to give back when its password turns out right. */
export type Reservation = { counter: Counter; failures: number; startedWait: boolean }[];

/**
 * Counts this attempt on every key, or refuses it (429) when one of them is waiting. All in one
 * transaction: a refused attempt leaves no count and no wait behind on the keys before it. The
 * account-wide key is skipped at an address where the account logged in lately, so guessers
 * spread over many addresses do not keep the owner out of their usual computer.
 */
export async function reserveLoginAttempt(
  db: Db,
  username: string,
  address: string,
  now: Date,
): Promise<Reservation> {
  const { forgetBefore, knownSince } = loginAttemptHorizons(now);
  const at = {
    now: now.toISOString(),
    forgetBefore,
    waitsUntil: WAIT_SECONDS.map((seconds) => instantAfter(now, seconds)),
  };
  // Logins come often and change no figure: the kept figures stay (knex-clients.ts).
  return db.transaction(async (trx) => {
    const reservation: Reservation = [];
    let isKnownAddress = false;
    for (const counter of countersFor(username, address)) {
      if (counter.kind === 'account' && isKnownAddress) continue;
      const counted = await countLoginAttempt(trx, counter, { ...at, freeAttempts: counter.freeAttempts });
      if (!counted) throw tooManyAttempts((await findLoginAttempt(trx, counter.key))?.lockedUntil, now);
      if (counter.kind === 'accountAtAddress')
        isKnownAddress = counted.lastSuccessAt !== null && counted.lastSuccessAt > knownSince;
      reservation.push({
        counter,
        failures: counted.failures,
        startedWait: counted.failures >= counter.freeAttempts,
      });
    }
    return reservation;
  }, TOUCHES_NO_FIGURES);
}

/** A wrong password now, and the next one on some key will have to wait: the login page warns. */
export function nextFailureWaits(reservation: Reservation): boolean {
  return reservation.some(({ counter, failures }) => failures === counter.freeAttempts - 1);
}

/**
 * After a right password: the account forgets its failures at this address, which becomes known;
 * the address and the account everywhere get this attempt back (and the wait it started, if any),
 * so logging into one's own account does not let anyone go on guessing someone else's.
 */
export async function recordLoginSuccess(db: Db, reservation: Reservation, now: Date): Promise<void> {
  for (const { counter, startedWait } of reservation) {
    if (counter.kind === 'accountAtAddress') await markLoginSuccess(db, counter.key, now.toISOString());
    else await uncountLoginAttempt(db, counter.key, { endWait: startedWait });
  }
}

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
    await auditChange(trx, admin, now, {
      action: 'unlock',
      entity: 'sessao',
      key: key,
      before: { failures: row.failures, lockedUntil: row.lockedUntil },
    });
  });
}
