import type { Knex } from 'knex';
import type { YearRules } from '../../../shared/domain/aggregation.ts';
import { reportSpans } from '../../../shared/domain/dates.ts';
import { rollupsOfYear } from '../../services/year-rollups.ts';
import { isPostgresDb } from '../dialect.ts';
import { insertSpanRollups, listDataYears, listStoredValues } from '../repositories/data-value-repository.ts';

/**
 * Roll-ups of the spans of months a report reads a plan year by (issue 14): the year to date at the
 * end of a semester or quadrimester, and each quadrimester's months. A report sums these instead of
 * every unit's raw values, which took seconds at national scale. Same columns as
 * `data_value_years`, plus the span.
 *
 * Existing data gets its spans here, made by the function the write path uses (`rollupsOfYear`):
 * they are derived rows, and a second copy of the rule would drift from the first.
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('data_value_spans', (table) => {
    table.string('indicator_code').notNullable().references('indicators.code');
    table.string('territory_code').notNullable().references('territories.code');
    table.integer('year').notNullable();
    table.string('first_month').notNullable();
    table.string('through_month').notNullable();
    table.double('numerator').notNullable();
    table.double('denominator');
    table.integer('periods_reported').notNullable();
    table.string('last_period').notNullable();
    table.boolean('is_provisional').notNullable();
    table.boolean('is_example').notNullable();
    table.string('source').notNullable();
    if (isPostgresDb(db)) table.timestamp('loaded_at', { useTz: true }).notNullable();
    else table.string('loaded_at').notNullable();
    table.primary(['indicator_code', 'year', 'territory_code', 'first_month', 'through_month']);
    // A report reads one span of every unit; a write replaces one unit's.
    table.index(['indicator_code', 'year', 'first_month', 'through_month']);
  });

  await fillSpanRollups(db);
}

/** The spans of every value already stored (exported for the test that compares them with the write path's). */
export async function fillSpanRollups(db: Knex): Promise<void> {
  const rows: {
    code: string;
    kind: string;
    periodicity: string;
    numerator_rule: string;
    denominator_rule: string;
  }[] = await db('indicators').select('code', 'kind', 'periodicity', 'numerator_rule', 'denominator_rule');
  const indicators = rows.map((row) => ({
    code: row.code,
    kind: row.kind,
    periodicity: row.periodicity,
    numeratorRule: row.numerator_rule,
    denominatorRule: row.denominator_rule,
  })) as (YearRules & { code: string })[];
  for (const indicator of indicators.filter((candidate) => candidate.periodicity !== 'yearly')) {
    for (const year of await listDataYears(db, indicator.code)) {
      if (reportSpans(year).toDateMonths.length === 0) continue; // no report reads the year
      const raw = await listStoredValues(db, { indicatorCode: indicator.code, years: [year] });
      await insertSpanRollups(db, rollupsOfYear(raw, indicator, year).spans);
    }
  }
}

export async function down(db: Knex): Promise<void> {
  await db.schema.dropTable('data_value_spans');
}
