/**
 * The coordenadoria's check of its indicators' months (issue 11, item 4): "conferido", with an
 * optional note. A check stands for the values as they were (their fingerprint): a value of that
 * month, or of its whole year, written or removed afterwards asks for a new check.
 */
import { currentMonthInMt } from '../../shared/domain/dates.ts';
import { shiftMonth, yearOf } from '../../shared/domain/period.ts';
import { canEditIndicator } from '../../shared/domain/permissions.ts';
import { formatPeriod } from '../../shared/format.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import {
  listDataChecks,
  upsertDataCheck,
  valuesFingerprint,
} from '../db/repositories/data-check-repository.ts';
import { listIndicators } from '../db/repositories/plan-repository.ts';
import { lockIndicatorYears } from '../db/repositories/row-lock.ts';
import { AppError } from '../errors.ts';
import { auditChange } from './audit.ts';
import type { AuthenticatedUser } from './auth.ts';
import type { Reader } from './read-scope.ts';

export type CheckState = 'checked' | 'changed_after' | 'unchecked';

export type CheckStatus = {
  indicatorCode: string;
  month: string;
  state: CheckState;
  checkedAt: string | null;
  checkedByName: string | null;
  note: string | null;
};

/** Every indicator's check of one month. */
export async function checkStatuses(
  db: Db,
  month: string,
  indicators: readonly Pick<TIndicator, 'code'>[],
): Promise<Map<string, CheckStatus>> {
  const checks = new Map((await listDataChecks(db, month)).map((check) => [check.indicatorCode, check]));
  const current = new Map<string, string>();
  for (const check of checks.values())
    current.set(check.indicatorCode, await valuesFingerprint(db, check.indicatorCode, month));
  return new Map(
    indicators.map((indicator) => {
      const check = checks.get(indicator.code);
      const state: CheckState = !check
        ? 'unchecked'
        : current.get(indicator.code) !== check.checkedFingerprint
          ? 'changed_after'
          : 'checked';
      return [
        indicator.code,
        {
          indicatorCode: indicator.code,
          month,
          state,
          checkedAt: check?.checkedAt ?? null,
          checkedByName: check?.checkedByName ?? null,
          note: check?.note ?? null,
        },
      ];
    }),
  );
}

const MONTHS_OFFERED = 12;

/**
 * The months a person picks from, by the server's clock: the last full month first (the one the next
 * reunião de condução reviews), then the year before it.
 */
export function offeredMonths(now: Date): string[] {
  const lastFull = shiftMonth(currentMonthInMt(now), -1);
  return Array.from({ length: MONTHS_OFFERED }, (_, back) => shiftMonth(lastFull, -back));
}

/** One indicator's check of a month (by default the last full one), and whether the reader may mark it. */
export async function getIndicatorCheck(
  db: Db,
  reader: Reader,
  input: { code: string; month?: string | undefined },
  now: Date,
) {
  const indicator = (await listIndicators(db)).find((candidate) => candidate.code === input.code);
  if (!indicator)
    throw new AppError('NOT_FOUND', `Indicador "${input.code}" não encontrado no painel do plano.`);
  const months = offeredMonths(now);
  const month = input.month ?? (months[0] as string);
  const status = (await checkStatuses(db, month, [indicator])).get(indicator.code) as CheckStatus;
  return {
    ...status,
    /** What a check made now stands for; the page sends it back with "conferido". */
    valuesFingerprint: await valuesFingerprint(db, indicator.code, month),
    offeredMonths: months,
    canMark: reader !== null && canEditIndicator(reader, indicator),
  };
}

export async function markChecked(
  db: Db,
  user: AuthenticatedUser,
  input: { code: string; month: string; note: string | null; seenValues: string },
  now: Date,
) {
  const indicator = (await listIndicators(db)).find((candidate) => candidate.code === input.code);
  if (!indicator)
    throw new AppError('NOT_FOUND', `Indicador "${input.code}" não encontrado no painel do plano.`);
  if (!canEditIndicator(user, indicator))
    throw new AppError(
      'FORBIDDEN',
      `Quem confere o indicador ${indicator.code} é a coordenadoria ${indicator.coordinationCode}, a superintendência ou o administrador.`,
    );
  if (input.month > currentMonthInMt(now))
    throw new AppError(
      'UNPROCESSABLE',
      `${formatPeriod(input.month)} ainda não começou: não há o que conferir.`,
    );
  await db.transaction(async (trx) => {
    // A save of the month (or its year) between the page and the click would otherwise be marked
    // as checked unseen: saves of the indicator-year wait, and the values must be the ones shown.
    await lockIndicatorYears(trx, [{ indicatorCode: indicator.code, year: yearOf(input.month) }]);
    const fingerprint = await valuesFingerprint(trx, indicator.code, input.month);
    if (fingerprint !== input.seenValues)
      throw new AppError(
        'CONFLICT',
        `Os valores de ${indicator.code} em ${formatPeriod(input.month)} mudaram depois que você abriu a página: confira-os de novo e marque outra vez.`,
      );
    await upsertDataCheck(trx, {
      indicatorCode: indicator.code,
      month: input.month,
      checkedAt: now.toISOString(),
      checkedBy: user.id,
      note: input.note,
      fingerprint,
    });
    await auditChange(trx, user, now, {
      action: 'conferido',
      entity: 'conferencia',
      key: `${indicator.code}|${input.month}`,
      after: { conferido: true, nota: input.note },
    });
  });
}
