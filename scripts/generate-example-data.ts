/**
 * Generates data/example/valores_exemplo.csv, the example data set of the dashboard of the
 * Mato Grosso state health plan 2024–2027.
 *
 * Every value is generated (exemplo=1) except the real APS coverage of 2023-12 and 2024-04
 * (exemplo=0). The 2022 state totals of maternal deaths, live births and premature NCD deaths
 * are the real ones (IBGE ODS), spread at random over municípios and months.
 * Deterministic: a seeded PRNG, one stream per indicator, no clock.
 *
 * Run: npx tsx scripts/generate-example-data.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { readPlanFile } from '../server/db/plan-file.ts';
import { readTerritoryFiles } from '../server/db/territory-file.ts';
import { addTotals, aggregateYear, indicatorValue, type RawValue } from '../shared/domain/aggregation.ts';
import { valueProblems } from '../shared/domain/data-value-rules.ts';
import { currentMonthInMt } from '../shared/domain/dates.ts';
import { populationBound } from '../shared/domain/validation-rules.ts';
import { groupBy } from '../shared/group-by.ts';
import type { TIndicator } from '../shared/schemas/indicator.ts';
import { fnv1a, mulberry32, type Rng } from './lib/random.ts';

const DATA_DIR = path.resolve(import.meta.dirname, '../data');
const OUTPUT_FILE = path.join(DATA_DIR, 'example/valores_exemplo.csv');
const SEED = 20240127;

const FIRST_YEAR = 2022;
const LAST_YEAR = 2026;
/** Data of the last year run up to this month (year in progress). */
const LAST_MONTH_OF_LAST_YEAR = 10;
/** Latest year with a population estimate; later years reuse it. */
const LAST_POPULATION_YEAR = 2024;
/** Boa Esperança do Norte has no population in any source: an assumed example figure. */
const EXAMPLE_POPULATION_WITHOUT_SOURCE = 7000;
const STATE_CODE = '51';

const MACRO = {
  south: '5101',
  west: '5102',
  north: '5103',
  east: '5104',
  baixada: '5105',
  centerNorthwest: '5106',
} as const;

// ---------------------------------------------------------------------------------------------
// Small pure helpers
// ---------------------------------------------------------------------------------------------

/** One stream per indicator, so tuning one indicator does not reshuffle the others. */
function rngFor(label: string): Rng {
  return mulberry32((SEED ^ fnv1a(label)) >>> 0);
}

function normal(rng: Rng): number {
  const u1 = 1 - rng();
  const u2 = rng();
  return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
}

function logNormalFactor(rng: Rng, sigma: number): number {
  return Math.exp(sigma * normal(rng));
}

function poisson(rng: Rng, mean: number): number {
  if (mean <= 0) return 0;
  if (mean < 30) {
    // Knuth's method is exact and cheap for small means.
    const limit = Math.exp(-mean);
    let count = 0;
    let product = rng();
    while (product > limit) {
      count++;
      product *= rng();
    }
    return count;
  }
  return Math.max(0, Math.round(mean + Math.sqrt(mean) * normal(rng)));
}

function binomial(rng: Rng, trials: number, probability: number): number {
  if (trials <= 0 || probability <= 0) return 0;
  if (probability >= 1) return trials;
  const variance = trials * probability * (1 - probability);
  if (trials < 100 || variance < 9) {
    let successes = 0;
    for (let i = 0; i < trials; i++) if (rng() < probability) successes++;
    return successes;
  }
  const draw = Math.round(trials * probability + Math.sqrt(variance) * normal(rng));
  return Math.min(trials, Math.max(0, draw));
}

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Integers proportional to `weights` that add up to `total` exactly (largest remainder). */
function allocateLargestRemainder(total: number, weights: readonly number[]): number[] {
  const weightSum = sum(weights);
  if (weightSum <= 0) throw new Error('allocateLargestRemainder: weights add up to zero');
  const quotas = weights.map((weight) => (total * weight) / weightSum);
  const result = quotas.map((quota) => Math.floor(quota));
  const order = quotas
    .map((quota, index) => ({ index, remainder: quota - Math.floor(quota) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  let missing = total - sum(result);
  for (const { index } of order) {
    if (missing <= 0) break;
    result[index] = (result[index] ?? 0) + 1;
    missing--;
  }
  return result;
}

/**
 * Spreads `total` units at random over cells with probability proportional to `weights`
 * (multinomial), so each cell varies like a Poisson count while the total stays exact.
 * A unit that would exceed a cell's capacity is drawn again.
 */
function allocateRandom(
  total: number,
  weights: readonly number[],
  rng: Rng,
  capacities?: readonly number[],
): number[] {
  const cumulative: number[] = [];
  let running = 0;
  for (const weight of weights) {
    running += Math.max(0, weight);
    cumulative.push(running);
  }
  if (running <= 0) throw new Error('allocateRandom: weights add up to zero');
  if (capacities && sum(capacities) < total) throw new Error('allocateRandom: capacity below total');
  const counts = weights.map(() => 0);
  let placed = 0;
  let attempts = 0;
  while (placed < total) {
    if (++attempts > total * 1000 + 1000) throw new Error('allocateRandom: cannot place all units');
    const target = rng() * running;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) > target) high = middle;
      else low = middle + 1;
    }
    const count = counts[low] ?? 0;
    if (capacities && count >= (capacities[low] ?? 0)) continue;
    counts[low] = count + 1;
    placed++;
  }
  return counts;
}

/** Index drawn with probability proportional to its weight. */
function pickWeighted(weights: readonly number[], rng: Rng): number {
  let remaining = rng() * sum(weights);
  for (let i = 0; i < weights.length; i++) {
    remaining -= weights[i] ?? 0;
    if (remaining < 0) return i;
  }
  return weights.length - 1;
}

type Anchor = readonly [x: number, y: number];

/** Piecewise linear through the anchors, flat outside them. */
function interpolate(anchors: readonly Anchor[], x: number): number {
  const first = must(anchors[0], 'first anchor');
  if (x <= first[0]) return first[1];
  for (let i = 1; i < anchors.length; i++) {
    const from = must(anchors[i - 1], 'anchor');
    const to = must(anchors[i], 'anchor');
    if (x <= to[0]) return from[1] + ((to[1] - from[1]) * (x - from[0])) / (to[0] - from[0]);
  }
  return must(anchors[anchors.length - 1], 'last anchor')[1];
}

/** The shift `c` such that the weighted mean of logistic(logits + c) equals `target`. */
function calibrateLogitShift(weights: readonly number[], logits: readonly number[], target: number): number {
  const weightSum = sum(weights);
  const meanAt = (shift: number): number =>
    sum(weights.map((weight, index) => weight * logistic((logits[index] ?? 0) + shift))) / weightSum;
  let low = -15;
  let high = 15;
  for (let i = 0; i < 80; i++) {
    const middle = (low + high) / 2;
    if (meanAt(middle) < target) low = middle;
    else high = middle;
  }
  return (low + high) / 2;
}

/** A smooth AR(1) wobble, so generated series move a little without jumping month to month. */
function smoothNoise(rng: Rng, length: number, persistence = 0.8): number[] {
  const values: number[] = [];
  let current = normal(rng);
  for (let i = 0; i < length; i++) {
    values.push(current);
    current = persistence * current + Math.sqrt(1 - persistence ** 2) * normal(rng);
  }
  return values;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

// ---------------------------------------------------------------------------------------------
// Periods
// ---------------------------------------------------------------------------------------------

type Month = { year: number; month: number; index: number; period: string };

const MONTHS: Month[] = [];
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const lastMonth = year === LAST_YEAR ? LAST_MONTH_OF_LAST_YEAR : 12;
  for (let month = 1; month <= lastMonth; month++) {
    MONTHS.push({ year, month, index: MONTHS.length, period: `${year}-${pad2(month)}` });
  }
}

function monthIndex(year: number, month: number): number {
  return (year - FIRST_YEAR) * 12 + month - 1;
}

const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, offset) => FIRST_YEAR + offset);

/** Mean-one seasonal profile (index 0 = January). */
function seasonal(profile: readonly number[]): number[] {
  const mean = sum(profile) / profile.length;
  return profile.map((value) => value / mean);
}

// Clinical admissions peak with the autumn/winter respiratory season.
const ADMISSION_SEASON = seasonal([0.95, 0.93, 1.0, 1.03, 1.08, 1.08, 1.05, 1.02, 0.98, 0.97, 0.95, 0.96]);
// Births in Brazil peak in March–May.
const BIRTH_SEASON = seasonal([1.0, 0.95, 1.07, 1.05, 1.06, 1.0, 1.0, 0.98, 0.98, 0.97, 0.95, 0.99]);

// ---------------------------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------------------------

const integerField = z
  .string()
  .regex(/^-?\d+$/, 'integer expected')
  .transform((text) => Number(text));

function readCsv<T>(relativePath: string, schema: z.ZodType<T>): T[] {
  const text = fs.readFileSync(path.join(DATA_DIR, relativePath), 'utf8');
  const records = parse<Record<string, string>>(text, {
    columns: true,
    skip_empty_lines: true,
    trim: true,
    bom: true,
  });
  return z.array(schema).parse(records);
}

type Municipality = {
  ibge7: string;
  ibge6: string;
  name: string;
  isCapital: boolean;
  region: string;
  macro: string;
  installedIn: number | null;
};

type RealCoverage = { registered: number; population: number };

type Inputs = {
  municipalities: Municipality[];
  population: (municipality: Municipality, year: number) => number;
  population3069: (municipality: Municipality, year: number) => number;
  /** competência → ibge7 → real APS coverage */
  apsReal: Map<string, Map<string, RealCoverage>>;
  maternalDeaths2022: number;
  liveBirths2022: number;
  ncdDeaths2022: number;
};

function exists(municipality: Municipality, year: number): boolean {
  return municipality.installedIn === null || year >= municipality.installedIn;
}

const odsRowSchema = z.object({
  indicador_ods: z.string(),
  ano: integerField,
  cod_variavel: z.string(),
  sexo: z.string(),
  faixa_etaria: z.string(),
  valor: z.string(),
});
type OdsRow = z.infer<typeof odsRowSchema>;

/**
 * One state total from the ODS table. Uses the `Total` row when there is one; otherwise adds
 * Homens + Mulheres, so a total is never counted twice.
 */
function odsTotal(
  rows: readonly OdsRow[],
  filter: { indicator: string; year: number; variable: string; ageBand?: string },
): number {
  const matching = rows.filter(
    (row) =>
      row.indicador_ods === filter.indicator &&
      row.ano === filter.year &&
      row.cod_variavel === filter.variable &&
      (filter.ageBand === undefined || row.faixa_etaria === filter.ageBand),
  );
  const valueForSex = (sex: string): number | null => {
    const bySex = matching.filter((row) => row.sexo === sex);
    if (bySex.length > 1) throw new Error(`ODS: ${bySex.length} rows for ${JSON.stringify(filter)} ${sex}`);
    const row = bySex[0];
    if (!row) return null;
    const value = Number(row.valor);
    if (!Number.isFinite(value)) throw new Error(`ODS: non-numeric value ${row.valor}`);
    return value;
  };
  const total = valueForSex('Total');
  const men = valueForSex('Homens');
  const women = valueForSex('Mulheres');
  if (total !== null) {
    if (men !== null && women !== null && men + women !== total)
      console.warn(`ODS: Homens + Mulheres (${men + women}) differs from Total (${total})`);
    return total;
  }
  if (men === null || women === null) throw new Error(`ODS: no total for ${JSON.stringify(filter)}`);
  return men + women;
}

function readInputs(): Inputs {
  const municipalities = readCsv(
    'territory/municipios.csv',
    z.object({
      ibge7: z.string().regex(/^\d{7}$/),
      ibge6: z.string().regex(/^\d{6}$/),
      municipio: z.string(),
      capital: z.enum(['0', '1']),
      cod_regiao_saude: z.string(),
      ano_instalacao: z.string().regex(/^(\d{4})?$/),
    }),
  );
  const regions = readCsv(
    'territory/regioes_saude.csv',
    z.object({ cod_regiao_saude: z.string(), cod_macrorregiao: z.string() }),
  );
  const macroOfRegion = new Map(regions.map((region) => [region.cod_regiao_saude, region.cod_macrorregiao]));
  const parsedMunicipalities: Municipality[] = municipalities
    .map((row) => ({
      ibge7: row.ibge7,
      ibge6: row.ibge6,
      name: row.municipio,
      isCapital: row.capital === '1',
      region: row.cod_regiao_saude,
      macro: must(macroOfRegion.get(row.cod_regiao_saude), `macro of ${row.cod_regiao_saude}`),
      installedIn: row.ano_instalacao === '' ? null : Number(row.ano_instalacao),
    }))
    .sort((a, b) => (a.ibge7 < b.ibge7 ? -1 : a.ibge7 > b.ibge7 ? 1 : 0));

  const populationRows = readCsv(
    'territory/populacao_ibge.csv',
    z.object({ ibge7: z.string(), ano: integerField, populacao: integerField }),
  );
  const populationByMunicipality = new Map<string, Map<number, number>>();
  for (const row of populationRows) {
    const byYear = populationByMunicipality.get(row.ibge7) ?? new Map<number, number>();
    byYear.set(row.ano, row.populacao);
    populationByMunicipality.set(row.ibge7, byYear);
  }
  const withoutPopulation = parsedMunicipalities.filter((m) => !populationByMunicipality.has(m.ibge7));
  if (withoutPopulation.length > 1)
    throw new Error(`Municípios without population: ${withoutPopulation.map((m) => m.name).join(', ')}`);

  const population = (municipality: Municipality, year: number): number => {
    const byYear = populationByMunicipality.get(municipality.ibge7);
    if (!byYear) return EXAMPLE_POPULATION_WITHOUT_SOURCE;
    return must(byYear.get(Math.min(year, LAST_POPULATION_YEAR)), `population ${municipality.ibge7} ${year}`);
  };

  const rows3069 = readCsv(
    'sources/populacao_30_69_datasus_2010_2021.csv',
    z.object({ ibge6: z.string(), ano: integerField, populacao_30_69: integerField }),
  );
  const by3069 = new Map<string, Map<number, number>>();
  for (const row of rows3069) {
    const byYear = by3069.get(row.ibge6) ?? new Map<number, number>();
    byYear.set(row.ano, row.populacao_30_69);
    by3069.set(row.ibge6, byYear);
  }
  const last3069Year = 2021;
  const sourced3069 = (municipality: Municipality, year: number): number | null => {
    const byYear = by3069.get(municipality.ibge6);
    if (!byYear) return null;
    const direct = byYear.get(year);
    if (direct !== undefined) return direct;
    if (year < last3069Year) throw new Error(`No 30–69 population for ${municipality.ibge6} ${year}`);
    // After DATASUS's last year, follow the município's IBGE population growth.
    const base = must(byYear.get(last3069Year), `30–69 population ${municipality.ibge6}`);
    return Math.round((base * population(municipality, year)) / population(municipality, last3069Year));
  };
  const population3069 = (municipality: Municipality, year: number): number => {
    const sourced = sourced3069(municipality, year);
    if (sourced !== null) return sourced;
    // No source (Boa Esperança do Norte): the state's 30–69 share of its example population.
    const withSource = parsedMunicipalities.filter((m) => by3069.has(m.ibge6));
    const share =
      sum(withSource.map((m) => sourced3069(m, year) ?? 0)) / sum(withSource.map((m) => population(m, year)));
    return Math.round(population(municipality, year) * share);
  };

  const apsRows = readCsv(
    'sources/cobertura_aps_egestor_2023_2024.csv',
    z.object({
      competencia: z.string().regex(/^\d{4}-\d{2}$/),
      ibge7: z.string(),
      populacao: integerField,
      qt_total_cadastros_limitado_pop: integerField,
    }),
  );
  const apsReal = new Map<string, Map<string, RealCoverage>>();
  for (const row of apsRows) {
    if (row.qt_total_cadastros_limitado_pop > row.populacao)
      throw new Error(`APS: registered above population in ${row.ibge7} ${row.competencia}`);
    const byMunicipality = apsReal.get(row.competencia) ?? new Map<string, RealCoverage>();
    byMunicipality.set(row.ibge7, {
      registered: row.qt_total_cadastros_limitado_pop,
      population: row.populacao,
    });
    apsReal.set(row.competencia, byMunicipality);
  }

  const odsRows = readCsv('sources/ods_saude_estado_ibge.csv', odsRowSchema);
  return {
    municipalities: parsedMunicipalities,
    population,
    population3069,
    apsReal,
    maternalDeaths2022: odsTotal(odsRows, { indicator: '3.1.1', year: 2022, variable: '9435' }),
    liveBirths2022: odsTotal(odsRows, { indicator: '3.1.1', year: 2022, variable: '9436' }),
    ncdDeaths2022: odsTotal(odsRows, {
      indicator: '3.4.1',
      year: 2022,
      variable: '12948',
      ageBand: '30 a 69 anos',
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Rows
// ---------------------------------------------------------------------------------------------

type Row = {
  indicator: string;
  territory: string;
  period: string;
  numerator: number;
  denominator: number | null;
  source: string;
  provisional: boolean;
  example: boolean;
};

/** SIM/SINASC-based indicators: the two most recent years are still being closed. */
const PROVISIONAL_INDICATORS = new Set(['717', '731', '718']);
const FIRST_PROVISIONAL_YEAR = 2025;

function makeRow(
  indicator: string,
  territory: string,
  period: string,
  numerator: number,
  denominator: number | null,
  source: string,
  example = true,
): Row {
  const year = Number(period.slice(0, 4));
  return {
    indicator,
    territory,
    period,
    numerator,
    denominator,
    source,
    provisional: PROVISIONAL_INDICATORS.has(indicator) && year >= FIRST_PROVISIONAL_YEAR,
    example,
  };
}

const SOURCE = {
  icsap: 'Exemplo gerado (base: SIH/SUS)',
  primaryCare: 'Exemplo gerado (base: e-Gestor AB)',
  primaryCareReal: 'e-Gestor AB — cobertura APS (real)',
  digitalHealth: 'Exemplo gerado (base: Telessaúde SES-MT)',
  vital: 'Exemplo gerado (base: SIM/SINASC)',
  vital2022: 'Exemplo gerado (base: SIM/SINASC; total MT 2022 real)',
  ncd: 'Exemplo gerado (base: SIM; pop. DATASUS)',
  ncd2022: 'Exemplo gerado (base: SIM; total MT 2022 real)',
  beds: 'Exemplo gerado (base: CNES)',
  bolsaFamilia: 'Exemplo gerado (base: PBF na Saúde)',
  planning: 'Exemplo gerado (base: SES-MT)',
  cib: 'Exemplo gerado (base: Resoluções CIB MT)',
} as const;

// ---------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------

/** 713 ICSAPS: clinical admissions of residents and how many were APS-sensitive. */
function generateIcsap(inputs: Inputs): Row[] {
  const rng = rngFor('713');
  const { municipalities, population } = inputs;
  // Lower is better; targets 19.4 / 19 / 18.6: met in 2024, missed in 2025 and 2026.
  const proportionByYear = new Map([
    [2022, 0.205],
    [2023, 0.2],
    [2024, 0.192],
    [2025, 0.192],
    [2026, 0.19],
  ]);
  const admissionRate = 0.045;
  const admissionFactor = municipalities.map(() => logNormalFactor(rng, 0.2));
  const municipalEffect = municipalities.map(() => 0.3 * normal(rng));

  // A few small municípios miss some months of 2025, so the app shows incomplete data.
  const small = municipalities.filter((m) => m.installedIn === null && population(m, 2024) < 5000);
  const missing = new Set<string>();
  const lateCount = 2 + Math.floor(rng() * 2);
  for (let i = 0; i < lateCount && small.length > 0; i++) {
    const [chosen] = small.splice(Math.floor(rng() * small.length), 1);
    if (!chosen) break;
    const monthsMissing = 1 + Math.floor(rng() * 3);
    const months = new Set<number>();
    while (months.size < monthsMissing) months.add(1 + Math.floor(rng() * 10));
    for (const month of months) missing.add(`${chosen.ibge7}|2025-${pad2(month)}`);
  }

  const rows: Row[] = [];
  for (const month of MONTHS) {
    const active = municipalities
      .map((municipality, index) => ({ municipality, index }))
      .filter(({ municipality }) => exists(municipality, month.year));
    const expected = active.map(
      ({ municipality, index }) =>
        ((population(municipality, month.year) * admissionRate) / 12) *
        must(ADMISSION_SEASON[month.month - 1], 'season') *
        (admissionFactor[index] ?? 1),
    );
    const logits = active.map(({ index }) => (municipalEffect[index] ?? 0) + 0.08 * normal(rng));
    const target = must(proportionByYear.get(month.year), 'ICSAP target');
    const shift = calibrateLogitShift(expected, logits, target);
    active.forEach(({ municipality }, position) => {
      const admissions = poisson(rng, expected[position] ?? 0);
      const sensitive = binomial(rng, admissions, logistic((logits[position] ?? 0) + shift));
      if (missing.has(`${municipality.ibge7}|${month.period}`)) return;
      rows.push(makeRow('713', municipality.ibge7, month.period, sensitive, admissions, SOURCE.icsap));
    });
  }
  return rows;
}

/** Uncovered share → covered people, never above the population. */
function coveredPeople(uncovered: number, people: number): number {
  const coverage = 1 - Math.min(0.9, Math.max(0, uncovered));
  return Math.min(people, Math.max(0, Math.round(coverage * people)));
}

/** Jitter amplitude of a coverage gap: small municípios wobble more. */
function gapJitter(people: number): number {
  return Math.min(0.08, 4 / Math.sqrt(people));
}

/**
 * 714 Saúde da Família / APS coverage. The two real competências are kept as they are; the other
 * months move smoothly away from them, calibrated month by month to a state path.
 */
function generatePrimaryCareCoverage(inputs: Inputs): Row[] {
  const rng = rngFor('714');
  const { municipalities, population, apsReal } = inputs;
  const realDecember = must(apsReal.get('2023-12'), 'APS 2023-12');
  const realApril = must(apsReal.get('2024-04'), 'APS 2024-04');
  const decemberIndex = monthIndex(2023, 12);
  const aprilIndex = monthIndex(2024, 4);

  const units = municipalities.map((municipality) => {
    const december = realDecember.get(municipality.ibge7);
    const april = realApril.get(municipality.ibge7);
    if (exists(municipality, 2023) && (!december || !april))
      throw new Error(`No real APS coverage for ${municipality.name}`);
    const gapDecember = december ? 1 - december.registered / december.population : 0.3;
    // A new município starts with a wider, made-up gap.
    const gapApril = april ? 1 - april.registered / april.population : 0.2 + 0.15 * rng();
    return {
      municipality,
      gapDecember,
      gapApril,
      // Gap widening per month going back in time; some stay where they are, and a gap that is
      // already wide does not widen further.
      backwardSlope: rng() < 0.3 || gapDecember > 0.6 ? 0 : Math.min(0.008, -0.0045 * Math.log(1 - rng())),
      // Speed at which the gap closes after the last real point.
      closingRate: 0.02 * logNormalFactor(rng, 0.5),
      jitter: smoothNoise(rng, MONTHS.length),
    };
  });

  const weightedGap = (year: number, gapOf: (unit: (typeof units)[number]) => number): number => {
    const active = units.filter((unit) => exists(unit.municipality, year));
    const people = active.map((unit) => population(unit.municipality, year));
    return sum(active.map((unit, i) => (people[i] ?? 0) * gapOf(unit))) / sum(people);
  };
  // State paths start where the real points leave off, so no month jumps.
  const backwardPath: Anchor[] = [
    [0, 0.79],
    [11, 0.805],
    [decemberIndex, 1 - weightedGap(2023, (unit) => unit.gapDecember)],
  ];
  const forwardPath: Anchor[] = [
    [aprilIndex, 1 - weightedGap(2024, (unit) => unit.gapApril)],
    [monthIndex(2024, 12), 0.89],
    [monthIndex(2025, 12), 0.901],
    [monthIndex(2026, 10), 0.908],
  ];

  const gaps = new Map<string, number[]>();
  for (const unit of units) gaps.set(unit.municipality.ibge7, []);
  for (const month of MONTHS) {
    const active = units.filter((unit) => exists(unit.municipality, month.year));
    const people = active.map((unit) => population(unit.municipality, month.year));
    const peopleSum = sum(people);
    let gapOf: (unit: (typeof units)[number]) => number;
    if (month.index < decemberIndex) {
      // gap = gapDecember + k · slope · monthsBefore; k is solved to hit the state path.
      const before = decemberIndex - month.index;
      const targetGap = 1 - interpolate(backwardPath, month.index);
      const base = sum(active.map((unit, i) => (people[i] ?? 0) * unit.gapDecember));
      const spread = sum(active.map((unit, i) => (people[i] ?? 0) * unit.backwardSlope * before));
      const k = spread > 0 ? Math.max(0, (targetGap * peopleSum - base) / spread) : 0;
      gapOf = (unit) => unit.gapDecember + k * unit.backwardSlope * before;
    } else if (month.index <= aprilIndex) {
      const share = (month.index - decemberIndex) / (aprilIndex - decemberIndex);
      gapOf = (unit) => unit.gapDecember + (unit.gapApril - unit.gapDecember) * share;
    } else {
      // gap = gapApril · (1 − k · closed), closed = 1 − e^(−rate · monthsAfter).
      const after = month.index - aprilIndex;
      const targetGap = 1 - interpolate(forwardPath, month.index);
      const closed = (unit: (typeof units)[number]): number => 1 - Math.exp(-unit.closingRate * after);
      const base = sum(active.map((unit, i) => (people[i] ?? 0) * unit.gapApril));
      const closable = sum(active.map((unit, i) => (people[i] ?? 0) * unit.gapApril * closed(unit)));
      const k = closable > 0 ? Math.max(0, (base - targetGap * peopleSum) / closable) : 0;
      gapOf = (unit) => unit.gapApril * Math.max(0, 1 - k * closed(unit));
    }
    for (const unit of active) must(gaps.get(unit.municipality.ibge7), 'gaps').push(gapOf(unit));
  }

  const rows: Row[] = [];
  for (const unit of units) {
    const { municipality } = unit;
    const unitGaps = must(gaps.get(municipality.ibge7), 'gaps');
    let position = 0;
    for (const month of MONTHS) {
      if (!exists(municipality, month.year)) continue;
      const gap = must(unitGaps[position++], 'gap');
      const real = (
        month.index === decemberIndex ? realDecember : month.index === aprilIndex ? realApril : null
      )?.get(municipality.ibge7);
      if (real) {
        rows.push(
          makeRow(
            '714',
            municipality.ibge7,
            month.period,
            real.registered,
            real.population,
            SOURCE.primaryCareReal,
            false,
          ),
        );
        continue;
      }
      const people = population(municipality, month.year);
      const wobble = Math.exp(gapJitter(people) * (unit.jitter[month.index] ?? 0));
      rows.push(
        makeRow(
          '714',
          municipality.ibge7,
          month.period,
          coveredPeople(gap * wobble, people),
          people,
          SOURCE.primaryCare,
        ),
      );
    }
  }
  return rows;
}

/** 715 Saúde Bucal coverage: wide municipal spread, slowly closing gaps toward a state path. */
function generateOralHealthCoverage(inputs: Inputs): Row[] {
  const rng = rngFor('715');
  const { municipalities, population } = inputs;
  const units = municipalities.map((municipality) => {
    const people = population(municipality, LAST_POPULATION_YEAR);
    // Small municípios often have full coverage, the large ones far less.
    const coverage = Math.min(1, 1.08 * logistic(2.0 - 1.6 * (Math.log10(people) - 4) + normal(rng)));
    return {
      municipality,
      rawGap: 1 - coverage,
      closingRate: 0.012 * logNormalFactor(rng, 0.6),
      jitter: smoothNoise(rng, MONTHS.length),
    };
  });

  // Scale the starting gaps so the state starts at the path's first value.
  const startPath: Anchor[] = [
    [0, 0.58],
    [monthIndex(2022, 12), 0.587],
    [monthIndex(2023, 12), 0.595],
    [monthIndex(2024, 12), 0.6045],
    [monthIndex(2025, 12), 0.614],
    [monthIndex(2026, 10), 0.625],
  ];
  const first = units.filter((unit) => exists(unit.municipality, FIRST_YEAR));
  const firstPeople = first.map((unit) => population(unit.municipality, FIRST_YEAR));
  const stateGapAt = (scale: number): number =>
    sum(first.map((unit, i) => (firstPeople[i] ?? 0) * Math.min(0.8, unit.rawGap * scale))) /
    sum(firstPeople);
  let low = 0;
  let high = 5;
  for (let i = 0; i < 60; i++) {
    const middle = (low + high) / 2;
    if (stateGapAt(middle) < 1 - interpolate(startPath, 0)) low = middle;
    else high = middle;
  }
  const scale = (low + high) / 2;
  const startGap = (unit: (typeof units)[number]): number => Math.min(0.8, unit.rawGap * scale);

  const rows: Row[] = [];
  const gapsByMonth = MONTHS.map((month) => {
    const active = units.filter((unit) => exists(unit.municipality, month.year));
    const people = active.map((unit) => population(unit.municipality, month.year));
    const closed = (unit: (typeof units)[number]): number => 1 - Math.exp(-unit.closingRate * month.index);
    const base = sum(active.map((unit, i) => (people[i] ?? 0) * startGap(unit)));
    const closable = sum(active.map((unit, i) => (people[i] ?? 0) * startGap(unit) * closed(unit)));
    const targetGap = 1 - interpolate(startPath, month.index);
    const k = closable > 0 ? Math.max(0, (base - targetGap * sum(people)) / closable) : 0;
    return new Map(
      active.map((unit) => [unit.municipality.ibge7, startGap(unit) * Math.max(0, 1 - k * closed(unit))]),
    );
  });
  for (const unit of units) {
    const { municipality } = unit;
    for (const month of MONTHS) {
      const gap = gapsByMonth[month.index]?.get(municipality.ibge7);
      if (gap === undefined) continue;
      const people = population(municipality, month.year);
      const wobble = Math.exp(gapJitter(people) * (unit.jitter[month.index] ?? 0));
      rows.push(
        makeRow(
          '715',
          municipality.ibge7,
          month.period,
          coveredPeople(gap * wobble, people),
          people,
          SOURCE.primaryCare,
        ),
      );
    }
  }
  return rows;
}

/** 716 digital health: a município adopts once and keeps it; larger ones tend to adopt first. */
function generateDigitalHealth(inputs: Inputs): Row[] {
  const rng = rngFor('716');
  const { municipalities, population } = inputs;
  const sharePath: Anchor[] = [
    [0, 0.7],
    [MONTHS.length - 1, 0.96],
  ];
  const queue = municipalities
    .map((municipality) => ({
      municipality,
      score: Math.log(population(municipality, LAST_POPULATION_YEAR)) + 0.9 * normal(rng),
    }))
    .sort((a, b) => b.score - a.score)
    .map(({ municipality }) => municipality);
  const adopted = new Set<string>();
  const rows: Row[] = [];
  for (const month of MONTHS) {
    const active = municipalities.filter((m) => exists(m, month.year));
    const wanted = Math.round(interpolate(sharePath, month.index) * active.length);
    for (const municipality of queue) {
      if (adopted.size >= wanted) break;
      if (exists(municipality, month.year)) adopted.add(municipality.ibge7);
    }
    for (const municipality of active) {
      const value = adopted.has(municipality.ibge7) ? 1 : 0;
      rows.push(makeRow('716', municipality.ibge7, month.period, value, 1, SOURCE.digitalHealth));
    }
  }
  return rows;
}

type Cell = { municipalityIndex: number; monthIndex: number };

/** Live births per município and month, shared by 717 and 731 (same denominators). */
function generateLiveBirths(inputs: Inputs): number[][] {
  const rng = rngFor('births');
  const { municipalities, population } = inputs;
  // Crude birth rate slowly falling, as in Brazil; 2022 comes from the real total instead.
  const birthRate = new Map([
    [2023, 0.0157],
    [2024, 0.0155],
    [2025, 0.0153],
    [2026, 0.0152],
  ]);
  const fertility = municipalities.map(() => logNormalFactor(rng, 0.1));
  const births = municipalities.map(() => MONTHS.map(() => 0));
  const expected = (municipalityIndex: number, month: Month): number => {
    const municipality = must(municipalities[municipalityIndex], 'município');
    return (
      (population(municipality, month.year) / 12) *
      must(BIRTH_SEASON[month.month - 1], 'season') *
      (fertility[municipalityIndex] ?? 1)
    );
  };

  // 2022: the real state total spread over municípios (by population) and months.
  const cells2022: Cell[] = [];
  municipalities.forEach((municipality, municipalityIndex) => {
    if (!exists(municipality, 2022)) return;
    for (const month of MONTHS)
      if (month.year === 2022) cells2022.push({ municipalityIndex, monthIndex: month.index });
  });
  const weights2022 = cells2022.map((cell) =>
    expected(cell.municipalityIndex, must(MONTHS[cell.monthIndex], 'month')),
  );
  const counts2022 = allocateRandom(inputs.liveBirths2022, weights2022, rng);
  cells2022.forEach((cell, i) => {
    must(births[cell.municipalityIndex], 'births')[cell.monthIndex] = counts2022[i] ?? 0;
  });

  municipalities.forEach((municipality, municipalityIndex) => {
    const row = must(births[municipalityIndex], 'births');
    for (const month of MONTHS) {
      if (month.year === 2022 || !exists(municipality, month.year)) continue;
      row[month.index] = poisson(
        rng,
        expected(municipalityIndex, month) * must(birthRate.get(month.year), 'rate'),
      );
    }
  });
  return births;
}

/**
 * Deaths among the live births: the state total of each year (real for 2022 when given, else
 * rate × births) spread at random by births × a municipal risk, never more than the births.
 */
function allocateDeathsOverBirths(
  inputs: Inputs,
  births: number[][],
  rng: Rng,
  options: { perBirths: number; rateByYear: Map<number, number>; real2022?: number; riskSigma: number },
): number[][] {
  const { municipalities } = inputs;
  const risk = municipalities.map(() => logNormalFactor(rng, options.riskSigma));
  const deaths = municipalities.map(() => MONTHS.map(() => 0));
  for (const year of YEARS) {
    const cells: Cell[] = [];
    municipalities.forEach((municipality, municipalityIndex) => {
      if (!exists(municipality, year)) return;
      for (const month of MONTHS)
        if (month.year === year) cells.push({ municipalityIndex, monthIndex: month.index });
    });
    const birthsOf = (cell: Cell): number => births[cell.municipalityIndex]?.[cell.monthIndex] ?? 0;
    const capacities = cells.map(birthsOf);
    const yearBirths = sum(capacities);
    const total =
      year === 2022 && options.real2022 !== undefined
        ? options.real2022
        : Math.round((must(options.rateByYear.get(year), 'rate') * yearBirths) / options.perBirths);
    const weights = cells.map((cell) => birthsOf(cell) * (risk[cell.municipalityIndex] ?? 1));
    const counts = allocateRandom(total, weights, rng, capacities);
    cells.forEach((cell, i) => {
      must(deaths[cell.municipalityIndex], 'deaths')[cell.monthIndex] = counts[i] ?? 0;
    });
  }
  return deaths;
}

function vitalRows(
  indicator: string,
  inputs: Inputs,
  numerators: number[][],
  births: number[][],
  source2022: string,
): Row[] {
  const rows: Row[] = [];
  inputs.municipalities.forEach((municipality, municipalityIndex) => {
    for (const month of MONTHS) {
      if (!exists(municipality, month.year)) continue;
      const deaths = numerators[municipalityIndex]?.[month.index] ?? 0;
      const born = births[municipalityIndex]?.[month.index] ?? 0;
      const source = month.year === 2022 ? source2022 : SOURCE.vital;
      rows.push(makeRow(indicator, municipality.ibge7, month.period, deaths, born, source));
    }
  });
  return rows;
}

/** 717 maternal mortality ratio and 731 infant mortality, over the same live births. */
function generateMaternalAndInfant(inputs: Inputs): Row[] {
  const births = generateLiveBirths(inputs);
  const maternal = allocateDeathsOverBirths(inputs, births, rngFor('717'), {
    perBirths: 100_000,
    rateByYear: new Map([
      [2023, 45],
      [2024, 42],
      [2025, 39],
      [2026, 37],
    ]),
    real2022: inputs.maternalDeaths2022,
    riskSigma: 0.3,
  });
  const infant = allocateDeathsOverBirths(inputs, births, rngFor('731'), {
    perBirths: 1000,
    // Targets 12.48 / 12.3 / 12.11: met in 2024, missed after.
    rateByYear: new Map([
      [2022, 13.5],
      [2023, 13.1],
      [2024, 12.45],
      [2025, 12.4],
      [2026, 12.2],
    ]),
    riskSigma: 0.25,
  });
  return [
    ...vitalRows('717', inputs, maternal, births, SOURCE.vital2022),
    ...vitalRows('731', inputs, infant, births, SOURCE.vital),
  ];
}

/** 718 premature NCD mortality (30–69), yearly; 2026 is not closed yet. */
function generatePrematureNcd(inputs: Inputs): Row[] {
  const rng = rngFor('718');
  const { municipalities, population3069 } = inputs;
  // Targets 249.2 (2024) / 244.2 (2025): met in 2024, missed in 2025.
  const ratePer100k = new Map([
    [2023, 255],
    [2024, 249],
    [2025, 246],
  ]);
  const risk = municipalities.map(() => logNormalFactor(rng, 0.2));
  const rows: Row[] = [];
  for (const year of [2022, 2023, 2024, 2025]) {
    const active = municipalities
      .map((municipality, index) => ({ municipality, index }))
      .filter(({ municipality }) => exists(municipality, year));
    const people = active.map(({ municipality }) => population3069(municipality, year));
    const total =
      year === 2022
        ? inputs.ncdDeaths2022
        : Math.round((must(ratePer100k.get(year), 'rate') * sum(people)) / 100_000);
    const weights = active.map(({ index }, i) => (people[i] ?? 0) * (risk[index] ?? 1));
    const deaths = allocateRandom(total, weights, rng, people);
    active.forEach(({ municipality }, i) => {
      const source = year === 2022 ? SOURCE.ncd2022 : SOURCE.ncd;
      rows.push(makeRow('718', municipality.ibge7, String(year), deaths[i] ?? 0, people[i] ?? 0, source));
    });
  }
  return rows;
}

/**
 * 719 complementary (ICU) beds: a stock held by regional hubs, changing in blocks of 5–10 beds a
 * few times a year to follow the state path.
 */
function generateIcuBeds(inputs: Inputs): Row[] {
  const rng = rngFor('719');
  const { municipalities, population } = inputs;
  // Targets 5.85 / 5.92 / 5.97: missed in 2024, met in 2025 and 2026.
  const ratePath: Anchor[] = [
    [0, 5.6],
    [monthIndex(2022, 12), 5.65],
    [monthIndex(2023, 12), 5.72],
    [monthIndex(2024, 12), 5.8],
    [monthIndex(2025, 12), 5.94],
    [monthIndex(2026, 10), 6.01],
  ];
  const largestOfRegion = new Map<string, Municipality>();
  for (const municipality of municipalities) {
    if (!exists(municipality, FIRST_YEAR)) continue;
    const current = largestOfRegion.get(municipality.region);
    if (!current || population(municipality, FIRST_YEAR) > population(current, FIRST_YEAR))
      largestOfRegion.set(municipality.region, municipality);
  }
  const hubCodes = new Set([...largestOfRegion.values()].map((m) => m.ibge7));
  for (const municipality of municipalities) {
    if (
      municipality.isCapital ||
      (exists(municipality, FIRST_YEAR) && population(municipality, FIRST_YEAR) >= 100_000)
    )
      hubCodes.add(municipality.ibge7);
  }
  const hubs = municipalities.filter((m) => hubCodes.has(m.ibge7));
  const beds = new Map<string, number>(municipalities.map((m) => [m.ibge7, 0]));
  // Mid-sized municípios outside the hubs keep one small unit.
  for (const municipality of municipalities) {
    if (
      !hubCodes.has(municipality.ibge7) &&
      exists(municipality, FIRST_YEAR) &&
      population(municipality, FIRST_YEAR) >= 30_000
    )
      beds.set(municipality.ibge7, 10);
  }

  const statePopulation = (year: number): number =>
    sum(municipalities.filter((m) => exists(m, year)).map((m) => population(m, year)));
  const totalBeds = (): number => sum([...beds.values()]);
  const initial = Math.round((interpolate(ratePath, 0) * statePopulation(FIRST_YEAR)) / 10_000);
  const hubWeights = hubs.map((hub) => population(hub, FIRST_YEAR) ** 1.15 * (hub.isCapital ? 1.5 : 1));
  const units = allocateLargestRemainder(Math.round((initial - totalBeds()) / 5), hubWeights);
  hubs.forEach((hub, i) => {
    beds.set(hub.ibge7, (units[i] ?? 0) * 5);
  });
  const capital = must(
    hubs.find((hub) => hub.isCapital),
    'capital',
  );
  beds.set(capital.ibge7, (beds.get(capital.ibge7) ?? 0) + initial - totalBeds());

  // Larger hubs open (and close) units more often.
  const pickHub = (eligible: Municipality[]): Municipality =>
    must(
      eligible[
        pickWeighted(
          eligible.map((hub) => population(hub, FIRST_YEAR)),
          rng,
        )
      ],
      'hub',
    );

  const rows: Row[] = [];
  for (const month of MONTHS) {
    const wanted = Math.round((interpolate(ratePath, month.index) * statePopulation(month.year)) / 10_000);
    // At most two openings or closures a month: beds follow the path with a lag, as in reality.
    for (let change = 0; change < 2; change++) {
      const difference = wanted - totalBeds();
      if (difference >= 5) {
        const hub = pickHub(hubs);
        beds.set(hub.ibge7, (beds.get(hub.ibge7) ?? 0) + (difference >= 10 ? 10 : 5));
      } else if (difference <= -8) {
        const hub = pickHub(hubs.filter((h) => (beds.get(h.ibge7) ?? 0) >= 15));
        beds.set(hub.ibge7, (beds.get(hub.ibge7) ?? 0) - 5);
      } else break;
    }
    for (const municipality of municipalities) {
      if (!exists(municipality, month.year)) continue;
      const value = beds.get(municipality.ibge7) ?? 0;
      rows.push(
        makeRow(
          '719',
          municipality.ibge7,
          month.period,
          value,
          population(municipality, month.year),
          SOURCE.beds,
        ),
      );
    }
  }
  return rows;
}

/** PBF conditionality follow-up, per vigência (June and December). */
function generateBolsaFamilia(inputs: Inputs): Row[] {
  const rng = rngFor('PBF');
  const { municipalities, population } = inputs;
  // Targets 80 / 82 / 84: met in 2024, missed in 2025 and (so far) 2026.
  const stateShare = new Map([
    ['2022-06', 0.76],
    ['2022-12', 0.765],
    ['2023-06', 0.772],
    ['2023-12', 0.778],
    ['2024-06', 0.79],
    ['2024-12', 0.803],
    ['2025-06', 0.808],
    ['2025-12', 0.815],
    ['2026-06', 0.83],
  ]);
  const beneficiaryShare = municipalities.map(() => 0.09 * logNormalFactor(rng, 0.3));
  const municipalEffect = municipalities.map(() => 0.6 * normal(rng));
  const rows: Row[] = [];
  for (const [period, target] of stateShare) {
    const year = Number(period.slice(0, 4));
    const active = municipalities
      .map((municipality, index) => ({ municipality, index }))
      .filter(({ municipality }) => exists(municipality, year));
    const toFollow = active.map(({ municipality, index }) =>
      Math.round(
        population(municipality, year) * (beneficiaryShare[index] ?? 0.09) * logNormalFactor(rng, 0.03),
      ),
    );
    const logits = active.map(({ index }) => (municipalEffect[index] ?? 0) + 0.15 * normal(rng));
    const shift = calibrateLogitShift(toFollow, logits, target);
    active.forEach(({ municipality }, i) => {
      const denominator = toFollow[i] ?? 0;
      const followed = binomial(rng, denominator, logistic((logits[i] ?? 0) + shift));
      rows.push(makeRow('PBF', municipality.ibge7, period, followed, denominator, SOURCE.bolsaFamilia));
    });
  }
  return rows;
}

/** Planificação: municípios adhering (per município), professionals and phase 1 (per macro). */
function generatePlanning(inputs: Inputs): Row[] {
  const rng = rngFor('planning');
  const { municipalities } = inputs;
  const inMacro = (macro: string, year: number): Municipality[] =>
    municipalities.filter((m) => m.macro === macro && exists(m, year));
  const pickSome = (pool: Municipality[], count: number): Set<string> => {
    const remaining = [...pool];
    const picked = new Set<string>();
    while (picked.size < count && remaining.length > 0) {
      const [chosen] = remaining.splice(Math.floor(rng() * remaining.length), 1);
      if (chosen) picked.add(chosen.ibge7);
    }
    return picked;
  };
  const northLate = pickSome(inMacro(MACRO.north, 2024), 2);
  const westLate = pickSome(inMacro(MACRO.west, 2025), 1);
  const centerNorthwestOut = pickSome(inMacro(MACRO.centerNorthwest, 2026), 2);
  const baixadaOut = pickSome(inMacro(MACRO.baixada, 2026), 1);

  const joinYear = (municipality: Municipality): number | null => {
    const { ibge7, macro } = municipality;
    if (municipality.installedIn !== null) return macro === MACRO.east ? null : 2026;
    switch (macro) {
      case MACRO.south:
        return 2024;
      case MACRO.north:
        return northLate.has(ibge7) ? 2026 : 2024;
      case MACRO.west:
        return westLate.has(ibge7) ? 2026 : 2025;
      case MACRO.centerNorthwest:
        return centerNorthwestOut.has(ibge7) ? null : 2026;
      case MACRO.baixada:
        return baixadaOut.has(ibge7) ? null : 2026;
      default:
        return null;
    }
  };

  const rows: Row[] = [];
  for (const year of [2024, 2025, 2026]) {
    for (const municipality of municipalities) {
      if (!exists(municipality, year)) continue;
      const joined = joinYear(municipality);
      const value = joined !== null && year >= joined ? 1 : 0;
      rows.push(makeRow('PLAN-MUN', municipality.ibge7, String(year), value, null, SOURCE.planning));
    }
  }

  const about = (value: number): number => Math.round(value * (1 + 0.03 * normal(rng)));
  const continuing = (): number => 50 + Math.floor(rng() * 151);
  const trained: [string, number, number][] = [
    [MACRO.south, 2024, about(2700)],
    [MACRO.north, 2024, about(3900)],
    [MACRO.south, 2025, continuing()],
    [MACRO.west, 2025, about(1300)],
    [MACRO.north, 2025, continuing()],
    [MACRO.baixada, 2026, about(2500)],
    [MACRO.centerNorthwest, 2026, about(1800)],
  ];

  const phaseOne: [string, number, number][] = [
    [MACRO.north, 2024, 1],
    [MACRO.west, 2025, 1],
    [MACRO.baixada, 2026, 1],
    [MACRO.centerNorthwest, 2026, 0],
  ];
  // Every macro reports every year, 0 when nothing happened: a missing record would read as
  // "não informou" and lower the completeness of the state figure.
  const recorded: [string, [string, number, number][]][] = [
    ['PLAN-PROF', trained],
    ['PLAN-F1', phaseOne],
  ];
  for (const [code, entries] of recorded) {
    for (const year of [2024, 2025, 2026]) {
      for (const macro of Object.values(MACRO)) {
        const entry = entries.find(([candidate, entryYear]) => candidate === macro && entryYear === year);
        rows.push(makeRow(code, macro, String(year), entry ? entry[2] : 0, null, SOURCE.planning));
      }
    }
  }
  return rows;
}

/** State-level milestones validated in CIB. */
function generateStateMilestones(): Row[] {
  const milestones: [string, number, number][] = [
    ['RAS-CIB', 2024, 1],
    ['RAS-CIB', 2025, 0],
    ['RAS-CIB', 2026, 1],
    ['DIRETRIZES-CIB', 2024, 2],
    ['DIRETRIZES-CIB', 2025, 1],
    ['DIRETRIZES-CIB', 2026, 0],
    ['LC-ESTRAT', 2024, 0],
    ['LC-ESTRAT', 2025, 1],
    ['LC-ESTRAT', 2026, 0],
  ];
  return milestones.map(([indicator, year, value]) =>
    makeRow(indicator, STATE_CODE, String(year), value, null, SOURCE.cib),
  );
}

// ---------------------------------------------------------------------------------------------
// Checks, output and summary
// ---------------------------------------------------------------------------------------------

/**
 * Every row passes the rules every other way in passes (`valueProblems`: only periods that exist by
 * today's month in Mato Grosso, the periodicity, whole counts, proportions), once and no duplicates.
 */
function checkRows(rows: readonly Row[], inputs: Inputs, indicators: ReadonlyMap<string, TIndicator>): void {
  const installed = new Map(inputs.municipalities.map((m) => [m.ibge7, m.installedIn]));
  const currentMonth = currentMonthInMt(new Date());
  const populations = groupBy(readTerritoryFiles().populations, (row) => row.territoryCode);
  const keys = new Set<string>();
  for (const row of rows) {
    const key = `${row.indicator}|${row.territory}|${row.period}`;
    if (keys.has(key)) throw new Error(`Duplicate row ${key}`);
    keys.add(key);
    const indicator = must(indicators.get(row.indicator), `indicator ${row.indicator}`);
    const population = populationBound(
      new Map((populations.get(row.territory) ?? []).map((entry) => [entry.year, entry.population])),
      Number(row.period.slice(0, 4)),
    );
    const problems = valueProblems(row, indicator, currentMonth, population);
    if (problems.length > 0) throw new Error(`${key}: ${problems.join(' ')}`);
    const installedIn = installed.get(row.territory);
    if (installedIn && Number(row.period.slice(0, 4)) < installedIn)
      throw new Error(`${key} before installation`);
  }
}

function csvField(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function compareRows(a: Row, b: Row): number {
  const keyA = [a.indicator, a.territory, a.period];
  const keyB = [b.indicator, b.territory, b.period];
  for (let i = 0; i < keyA.length; i++) {
    const left = keyA[i] ?? '';
    const right = keyB[i] ?? '';
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

function toCsv(rows: readonly Row[]): string {
  const header = 'indicador,territorio,periodo,numerador,denominador,fonte,provisorio,exemplo';
  const lines = rows.map((row) =>
    [
      row.indicator,
      row.territory,
      row.period,
      String(row.numerator),
      row.denominator === null ? '' : String(row.denominator),
      row.source,
      row.provisional ? '1' : '0',
      row.example ? '1' : '0',
    ]
      .map(csvField)
      .join(','),
  );
  return `${[header, ...lines].join('\n')}\n`;
}

/** The state figure of each year, by the panel's own aggregation (step 1 per unit, step 2 summed). */
function printSummary(rows: readonly Row[], indicators: ReadonlyMap<string, TIndicator>): void {
  const byIndicator = new Map<string, Row[]>();
  for (const row of rows) byIndicator.set(row.indicator, [...(byIndicator.get(row.indicator) ?? []), row]);
  console.log('indicador       linhas  valor estadual por ano (num / den)');
  for (const [code, list] of byIndicator) {
    const indicator = must(indicators.get(code), `indicator ${code}`);
    const parts: string[] = [];
    for (const year of YEARS) {
      const byUnit = new Map<string, RawValue[]>();
      for (const row of list.filter((candidate) => candidate.period.startsWith(String(year))))
        byUnit.set(row.territory, [
          ...(byUnit.get(row.territory) ?? []),
          { ...row, isProvisional: row.provisional, isExample: row.example },
        ]);
      const totals = addTotals(
        [...byUnit.values()].flatMap((values) => aggregateYear(values, indicator) ?? []),
      );
      if (!totals) continue;
      const value = indicatorValue(indicator.kind, indicator.factor, totals);
      parts.push(
        `${year}: ${totals.denominator === null ? totals.numerator : `${value === null ? '—' : value.toFixed(2)} (${totals.numerator}/${totals.denominator})`}`,
      );
    }
    console.log(`${code.padEnd(15)} ${String(list.length).padStart(6)}  ${parts.join(' | ')}`);
  }
  const real = rows.filter((row) => !row.example).length;
  console.log(`total ${rows.length} linhas, ${real} reais (exemplo=0)`);
}

function main(): void {
  const inputs = readInputs();
  const rows = [
    ...generateIcsap(inputs),
    ...generatePrimaryCareCoverage(inputs),
    ...generateOralHealthCoverage(inputs),
    ...generateDigitalHealth(inputs),
    ...generateMaternalAndInfant(inputs),
    ...generatePrematureNcd(inputs),
    ...generateIcuBeds(inputs),
    ...generateBolsaFamilia(inputs),
    ...generatePlanning(inputs),
    ...generateStateMilestones(),
  ].sort(compareRows);
  const indicators = new Map(readPlanFile().indicators.map((indicator) => [indicator.code, indicator]));
  checkRows(rows, inputs, indicators);
  fs.mkdirSync(path.dirname(OUTPUT_FILE), { recursive: true });
  fs.writeFileSync(OUTPUT_FILE, toCsv(rows), 'utf8');
  console.log(`Escrito ${path.relative(process.cwd(), OUTPUT_FILE)}`);
  console.log(
    `Totais reais de 2022 (IBGE ODS): óbitos maternos ${inputs.maternalDeaths2022}, nascidos vivos ${inputs.liveBirths2022}, óbitos DCNT 30–69 ${inputs.ncdDeaths2022}`,
  );
  printSummary(rows, indicators);
}

main();
