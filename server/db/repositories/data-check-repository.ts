import type { Db } from '../client.ts';

export type DataCheckRow = {
  indicatorCode: string;
  month: string;
  checkedAt: string;
  checkedByName: string | null;
  note: string | null;
  /** The values' fingerprint when checked: a different one now means a value changed since. */
  checkedFingerprint: string;
};

/**
 * An indicator's values of a month (and of its whole year, which stands over it) in one string: how
 * many, their versions summed, the last change. Any write or removal changes it, whatever the clock.
 */
export async function valuesFingerprint(db: Db, indicatorCode: string, month: string): Promise<string> {
  const row = (await db('data_values')
    .where('indicator_code', indicatorCode)
    // The year (implied by the period) lets the (indicator, year) index find the rows: without it the
    // query reads every year of the indicator, 670.000 rows at national scale.
    .where('year', Number(month.slice(0, 4)))
    .whereIn('period', [month, month.slice(0, 4)])
    .first(
      db.raw('count(*) as n'),
      db.raw('coalesce(sum(version), 0) as versions'),
      db.raw('max(updated_at) as last_at'),
    )) as { n: number | string; versions: number | string; last_at: string | null } | undefined;
  return `${Number(row?.n ?? 0)}:${Number(row?.versions ?? 0)}:${row?.last_at ?? ''}`;
}

/** The checks of one month. */
export async function listDataChecks(db: Db, month: string): Promise<DataCheckRow[]> {
  const rows: {
    indicator_code: string;
    month: string;
    checked_at: string;
    display_name: string | null;
    note: string | null;
    values_fingerprint: string;
  }[] = await db('data_checks as c')
    .leftJoin('users as u', 'u.id', 'c.checked_by')
    .where('c.month', month)
    .select(
      'c.indicator_code',
      'c.month',
      'c.checked_at',
      'u.display_name',
      'c.note',
      'c.values_fingerprint',
    );
  return rows.map((row) => ({
    indicatorCode: row.indicator_code,
    month: row.month,
    checkedAt: row.checked_at,
    checkedByName: row.display_name,
    note: row.note,
    checkedFingerprint: row.values_fingerprint,
  }));
}

export async function upsertDataCheck(
  db: Db,
  check: {
    indicatorCode: string;
    month: string;
    checkedAt: string;
    checkedBy: number;
    note: string | null;
    fingerprint: string;
  },
): Promise<void> {
  await db('data_checks')
    .insert({
      indicator_code: check.indicatorCode,
      month: check.month,
      checked_at: check.checkedAt,
      checked_by: check.checkedBy,
      note: check.note,
      values_fingerprint: check.fingerprint,
    })
    .onConflict(['indicator_code', 'month'])
    .merge(['checked_at', 'checked_by', 'note', 'values_fingerprint']);
}
