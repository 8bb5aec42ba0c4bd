/**
 * Qualidade dos dados (issue 11, item 3): for one indicator and month, who has reported and who has
 * not (by região), the unusual values with their justifications, the stored values that break a rule
 * (loaded before the rule existed), each territory's reference month and the coordenadoria's check.
 * Coordenadorias see their indicators; the superintendência and the administrator see all.
 */
import { numberProblems } from '../../shared/domain/data-value-rules.ts';
import { yearOf } from '../../shared/domain/period.ts';
import { canEditIndicator } from '../../shared/domain/permissions.ts';
import { populationBound } from '../../shared/domain/validation-rules.ts';
import { compareText } from '../../shared/text.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import { listStoredValues } from '../db/repositories/data-value-repository.ts';
import { listPopulations } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';
import type { AuthenticatedUser } from './auth.ts';
import { checkStatuses, offeredMonths } from './data-checks.ts';
import { computeFigures } from './figures.ts';
import { getIndicatorOrFail, loadFigureContext } from './plan-catalogue.ts';

export async function getDataQuality(
  db: Db,
  user: AuthenticatedUser,
  request: { code: string; month?: string | undefined },
  now: Date,
) {
  const months = offeredMonths(now);
  const input = { code: request.code, month: request.month ?? (months[0] as string) };
  const indicator = await getIndicatorOrFail(db, input.code);
  if (!canEditIndicator(user, indicator))
    throw new AppError(
      'FORBIDDEN',
      `A qualidade dos dados do indicador ${indicator.code} é acompanhada pela coordenadoria ${indicator.coordinationCode}, pela superintendência e pelo administrador.`,
    );
  const year = yearOf(input.month);
  const context = await loadFigureContext(db, [indicator], now);
  const [stored, populations, checks] = await readTogether(db, [
    () => listStoredValues(db, { indicatorCode: indicator.code, years: [year] }),
    () => listPopulations(db),
    () => checkStatuses(db, input.month, [indicator]),
  ]);
  const byCode = new Map(context.territories.map((territory) => [territory.code, territory]));
  const unitLevel = indicator.dataLevel === 'municipality' ? 'municipality' : indicator.dataLevel;
  // The month's own value, or the whole year's when the year is held as one (it stands for the month).
  const ofMonth = stored.filter((value) => value.period === input.month || value.period === String(year));
  const reported = new Set(
    ofMonth
      .filter(
        (value) => value.numerator !== null && (indicator.kind === 'count' || value.denominator !== null),
      )
      .map((value) => value.territoryCode),
  );
  const units = context.territories.filter(
    (territory) =>
      territory.level === unitLevel && (territory.installedYear === null || territory.installedYear <= year),
  );
  const regions = context.territories.filter((territory) => territory.level === 'region');
  const reporting =
    unitLevel === 'municipality'
      ? regions
          .map((region) => {
            const members = units.filter((unit) => unit.regionCode === region.code);
            return {
              code: region.code,
              name: region.name,
              reported: members.filter((unit) => reported.has(unit.code)).length,
              expected: members.length,
              missing: members.filter((unit) => !reported.has(unit.code)).map((unit) => unit.name),
            };
          })
          .sort((a, b) => compareText(a.name, b.name))
      : [
          {
            code: 'unidades',
            name: 'Unidades de registro',
            reported: units.filter((unit) => reported.has(unit.code)).length,
            expected: units.length,
            missing: units.filter((unit) => !reported.has(unit.code)).map((unit) => unit.name),
          },
        ];
  const nameOf = (code: string) => byCode.get(code)?.name ?? code;
  const levels = (['state', 'macro', 'region'] as const).filter((level) =>
    indicator.dataLevel === 'municipality' ? true : level === 'state',
  );
  const referenceMonths = (
    await readTogether(
      db,
      levels.map((level) => () => computeFigures(db, context, { indicator, level, years: [year] })),
    )
  )
    .flat()
    .map((figure) => ({
      code: figure.territoryCode,
      name: figure.territoryName,
      level: figure.level,
      referenceMonth: figure.partialThrough,
      isPartial: figure.isPartial,
      pending: figure.pending,
      reporting: figure.reporting,
      expected: figure.expected,
    }));
  return {
    indicator: { code: indicator.code, shortName: indicator.shortName, kind: indicator.kind },
    month: input.month,
    offeredMonths: months,
    check: checks.get(indicator.code) ?? null,
    reporting,
    justified: stored
      .filter((value) => value.justification)
      .map((value) => ({
        territoryName: nameOf(value.territoryCode),
        period: value.period,
        numerator: value.numerator,
        denominator: value.denominator,
        justification: value.justification ?? '',
        updatedByName: value.updatedByName,
        updatedAt: value.updatedAt,
      })),
    // Rules checked again on what is stored: values loaded before a rule existed show here.
    brokenRules: stored.flatMap((value) => {
      const population = populationBound(
        populations.get(value.territoryCode) ?? new Map(),
        yearOf(value.period),
      );
      return numberProblems(value, indicator, population).map((problem) => ({
        territoryName: nameOf(value.territoryCode),
        period: value.period,
        message: problem.message,
      }));
    }),
    referenceMonths,
  };
}
