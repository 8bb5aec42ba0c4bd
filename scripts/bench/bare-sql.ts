/**
 * Baselines: the smallest SQL that reads the same data as the app, without the panel's rules
 * (targets, completeness, partial years). The app's time divided by these is the overhead ratio.
 */
import type { Db } from '../../server/db/client.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../shared/domain/period.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';

/** Raw values, or the yearly per-unit roll-ups the app actually reads. */
export type ValueTable = 'data_values' | 'data_value_years';

/** Scorecard equivalent: per indicator, one grouped sum per year over the sparkline years. */
export async function bareScorecard(db: Db, indicatorCodes: readonly string[], table: ValueTable) {
  let rows = 0;
  for (const code of indicatorCodes) {
    const result: unknown[] = await db(table)
      .where('indicator_code', code)
      .whereBetween('year', [FIRST_YEAR, LAST_YEAR])
      .groupBy('year')
      .select('year', db.raw('sum(numerator) as numerator'), db.raw('sum(denominator) as denominator'));
    rows += result.length;
  }
  return rows;
}

/** Macro breakdown equivalent: sums per macro of one indicator and year. */
export async function bareMacroBreakdown(db: Db, code: string, year: number, table: ValueTable) {
  const rows: unknown[] = await db(`${table} as v`)
    .join('territories as t', 't.code', 'v.territory_code')
    .where('v.indicator_code', code)
    .andWhere('v.year', year)
    .groupBy('t.macro_code')
    .select(
      't.macro_code',
      db.raw('sum(v.numerator) as numerator'),
      db.raw('sum(v.denominator) as denominator'),
    );
  return rows.length;
}

type Column = 'numerator' | 'denominator';

/** One column's state total straight from raw values, applying the year rule per unit in SQL. */
async function ruleTotal(
  db: Db,
  code: string,
  year: number,
  column: Column,
  rule: TIndicator['numeratorRule'],
): Promise<number | null> {
  type TotalRow = { total: number | null } | undefined;
  let row: TotalRow;
  if (rule === 'sum') {
    row = (await db('data_values')
      .where({ indicator_code: code, year })
      .sum(`${column} as total`)
      .first()) as TotalRow;
  } else if (rule === 'last') {
    // Per unit the value of its latest period in the year. The app skips null denominators when
    // picking the last one; the generated data has none, so max(period) is the same rule here.
    const latest = db('data_values')
      .select('territory_code')
      .max('period as period')
      .where({ indicator_code: code, year })
      .groupBy('territory_code')
      .as('l');
    row = (await db('data_values as v')
      .join(latest, (join) => {
        join.on('l.territory_code', 'v.territory_code').andOn('l.period', 'v.period');
      })
      .where('v.indicator_code', code)
      .sum(`v.${column} as total`)
      .first()) as TotalRow;
  } else {
    const perUnit = db('data_values')
      .select(db.raw(`avg(${column}) as unit_value`))
      .where({ indicator_code: code, year })
      .groupBy('territory_code')
      .as('u');
    row = (await db.from(perUnit).sum('unit_value as total').first()) as TotalRow;
  }
  return row?.total === null || row?.total === undefined ? null : Number(row.total);
}

/** The state numerator and denominator of one indicator and year, from raw values only. */
export async function bareStateTotals(db: Db, indicator: TIndicator, year: number) {
  return {
    numerator: await ruleTotal(db, indicator.code, year, 'numerator', indicator.numeratorRule),
    denominator: await ruleTotal(db, indicator.code, year, 'denominator', indicator.denominatorRule),
  };
}
