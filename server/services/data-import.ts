/**
 * Importing indicator values from a file: the published template (CSV/XLSX) or a DATASUS TabNet
 * export. A preview says what would change; applying is all or nothing — one bad row rejects the
 * file with a per-row report and nothing is written — and values equal to those stored are left
 * alone, so applying the same file twice changes nothing the second time.
 *
 * TabNet files: absent municípios of a whole-state file enter as 0 (`absent-municipalities.ts`); rows
 * of unidentified municípios enter no territory, as the state figure is the sum of its municípios.
 */
import { closedPeriodProblem } from '../../shared/domain/data-closing.ts';
import { numberProblems, periodProblem } from '../../shared/domain/data-value-rules.ts';
import { currentMonthInMt } from '../../shared/domain/dates.ts';
import { yearOf } from '../../shared/domain/period.ts';
import { canEditIndicator } from '../../shared/domain/permissions.ts';
import { PLANIFICATION_INDICATORS, planificationOnlyMessage } from '../../shared/domain/planification.ts';
import { UNUSUAL_REFUSAL } from '../../shared/domain/unusual-values.ts';
import { populationBound } from '../../shared/domain/validation-rules.ts';
import { groupBy } from '../../shared/group-by.ts';
import { byLine, type RowProblem } from '../../shared/import/problems.ts';
import type { TIndicator } from '../../shared/schemas/indicator.ts';
import type { Db } from '../db/client.ts';
import { readTogether } from '../db/read-together.ts';
import {
  type DataValueRow,
  listStoredValues,
  type StoredValue,
} from '../db/repositories/data-value-repository.ts';
import { listIndicators } from '../db/repositories/plan-repository.ts';
import { listPopulations, listTerritories } from '../db/repositories/territory-repository.ts';
import { decodeText } from '../import/decode.ts';
import { parseTabnet, type Unidentified } from '../import/tabnet.ts';
import { parseTemplateCsv, parseTemplateXlsx } from '../import/template.ts';
import { fillAbsentMunicipalities, type ValueHalf } from './absent-municipalities.ts';
import type { AuthenticatedUser } from './auth.ts';
import { loadClosedMonths } from './data-closing.ts';
import { type Author, findYearShapeProblems, saveDataValues, valueKey } from './data-values.ts';
import { findUnusualValues, unusualSentence } from './unusual-values.ts';

export type ImportFormat = 'template' | 'tabnet';

export type ImportRequest = {
  bytes: Uint8Array;
  fileName: string;
  format: ImportFormat;
  /** TabNet: which indicator the file feeds, and whether it holds numerators or denominators. */
  indicatorCode?: string;
  half?: ValueHalf;
  /** Why the values far from their unit's history are right; needed to apply a file that has any. */
  justification?: string | null;
};

export type ImportPhase = 'lendo' | 'conferindo' | 'gravando' | 'concluido';
/** Told of each phase; the write waits for it (a test uses that moment to race a grid save). */
export type ImportProgress = (phase: ImportPhase, done: number, total: number) => void | Promise<void>;

type ChangeSample = {
  line: number;
  indicatorCode: string;
  territoryName: string;
  period: string;
  before: { numerator: number | null; denominator: number | null } | null;
  after: { numerator: number | null; denominator: number | null };
};

export type ImportReport = {
  fileName: string;
  format: ImportFormat;
  rowCount: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  problems: RowProblem[];
  problemCount: number;
  warnings: RowProblem[];
  warningCount: number;
  samples: ChangeSample[];
  /** Values far from their unit's history: applying needs a justification. */
  unusual: { line: number; column: string; text: string }[];
  unusualCount: number;
  /** Indicators the file feeds, for links to their pages. */
  indicatorCodes: string[];
  /** TabNet: rows without an identified município, which enter no territory. */
  unidentified: Unidentified | null;
  /** TabNet: municípios of Mato Grosso absent from a whole-state file, entered as 0. */
  zeroFilled: number;
  isApplied: boolean;
};

/** Who imports: a signed-in user (permissions apply), or the command line (full access). */
export type Importer = { kind: 'user'; user: AuthenticatedUser } | { kind: 'cli'; username: string };

const MAX_LISTED = 200;
const MAX_SAMPLES = 20;
const XLSX_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** `column`: where a problem of this value is reported. `hasProblem`: left out of the counts. */
type Candidate = DataValueRow & {
  line: number;
  column: string;
  territoryName: string;
  hasProblem: boolean;
  /** TabNet: the version of the stored value whose other half this candidate keeps. */
  basedOnVersion?: number | null;
};

type Candidates = {
  candidates: Candidate[];
  problems: RowProblem[];
  warnings: RowProblem[];
  rowCount: number;
  unidentified: Unidentified | null;
  zeroFilled: number;
};

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

const fileProblem = (reason: string): RowProblem => ({ line: 0, column: '', reason });

function isXlsx(bytes: Uint8Array): boolean {
  return XLSX_SIGNATURE.every((byte, index) => bytes[index] === byte);
}

/** Numbers of the file → candidate raw values, with every problem the file alone or the plan shows. */
async function readCandidates(
  db: Db,
  importer: Importer,
  request: ImportRequest,
  now: Date,
): Promise<Candidates> {
  const currentMonth = currentMonthInMt(now);
  const indicators = new Map((await listIndicators(db)).map((indicator) => [indicator.code, indicator]));
  const [territories, populations] = await readTogether(db, [
    () => listTerritories(db),
    () => listPopulations(db),
  ]);
  const municipalityByIbge = new Map(
    territories
      .filter((territory) => territory.level === 'municipality')
      .map((territory) => [territory.ibge6, territory]),
  );
  const problems: RowProblem[] = [];
  const warnings: RowProblem[] = [];
  const candidates: Candidate[] = [];
  const refusedIndicators = new Set<string>();
  const nothing: Candidates = {
    candidates: [],
    problems,
    warnings,
    rowCount: 0,
    unidentified: null,
    zeroFilled: 0,
  };

  const indicatorFor = (code: string, line: number): TIndicator | null => {
    const indicator = indicators.get(code);
    if (!indicator) {
      problems.push({
        line,
        column: 'indicador',
        reason: `o indicador "${code}" não existe no painel do plano.`,
      });
      return null;
    }
    if (PLANIFICATION_INDICATORS.includes(code)) {
      if (!refusedIndicators.has(code))
        problems.push({ line, column: 'indicador', reason: planificationOnlyMessage(code) });
      refusedIndicators.add(code);
      return null;
    }
    if (importer.kind === 'user' && !canEditIndicator(importer.user, indicator)) {
      if (!refusedIndicators.has(code))
        problems.push({
          line,
          column: 'indicador',
          reason: `você não pode alterar o indicador ${code}: ele é da coordenadoria ${indicator.coordinationCode}.`,
        });
      refusedIndicators.add(code);
      return null;
    }
    if (indicator.dataLevel !== 'municipality') {
      problems.push({
        line,
        column: 'indicador',
        reason: `o indicador ${code} é registrado por ${indicator.dataLevel === 'macro' ? 'macrorregião' : 'estado'}, não por município: use a digitação.`,
      });
      return null;
    }
    return indicator;
  };

  /** `columns`: where each kind of problem points (a TabNet file has the period as its column). */
  const add = (
    where: { line: number; ibge: string; columns: { period: string; number: string } },
    indicator: TIndicator,
    period: string,
    numerator: number | null,
    denominator: number | null,
    basedOnVersion?: number | null,
  ) => {
    const { line, ibge, columns } = where;
    const municipality = municipalityByIbge.get(ibge.slice(0, 6));
    if (!municipality) {
      problems.push({ line, column: 'ibge', reason: `o município ${ibge} não existe em Mato Grosso.` });
      return;
    }
    const found: RowProblem[] = [];
    const badPeriod = periodProblem(period, indicator.periodicity, currentMonth);
    if (badPeriod) found.push({ line, column: columns.period, reason: lowerFirst(badPeriod) });
    if (municipality.installedYear !== null && yearOf(period) < municipality.installedYear)
      found.push({
        line,
        column: columns.period,
        reason: `${municipality.name} só existe a partir de ${municipality.installedYear}.`,
      });
    const population = populationBound(populations.get(municipality.code) ?? new Map(), yearOf(period));
    for (const problem of numberProblems({ numerator, denominator }, indicator, population))
      found.push({
        line,
        column: columns.number || (problem.field === 'denominator' ? 'denominador' : 'numerador'),
        reason: lowerFirst(problem.message),
      });
    problems.push(...found);
    candidates.push({
      line,
      column: columns.period,
      indicatorCode: indicator.code,
      territoryCode: municipality.code,
      territoryName: municipality.name,
      period,
      numerator,
      denominator,
      source: `Importação: ${request.fileName}`,
      isProvisional: false,
      isExample: false,
      hasProblem: found.length > 0,
      ...(basedOnVersion === undefined ? {} : { basedOnVersion }),
    });
  };

  if (request.format === 'template') {
    let parsed: Awaited<ReturnType<typeof parseTemplateXlsx>>;
    if (isXlsx(request.bytes)) parsed = await parseTemplateXlsx(request.bytes);
    else {
      const decoded = decodeText(request.bytes);
      if ('problem' in decoded) return { ...nothing, problems: [fileProblem(decoded.problem)] };
      parsed = parseTemplateCsv(decoded.text);
    }
    problems.push(...parsed.problems);
    for (const row of parsed.rows) {
      const indicator = indicatorFor(row.indicatorCode, row.line);
      if (indicator)
        add(
          { line: row.line, ibge: row.ibge, columns: { period: 'periodo', number: '' } },
          indicator,
          row.period,
          row.numerator,
          row.denominator,
        );
    }
    return {
      ...nothing,
      candidates,
      problems,
      rowCount: parsed.rows.length + parsed.problems.length,
    };
  }

  const indicator = request.indicatorCode ? indicatorFor(request.indicatorCode, 0) : null;
  if (!request.indicatorCode)
    problems.push(fileProblem('Escolha o indicador que o arquivo do TabNet alimenta.'));
  if (!request.half)
    problems.push(fileProblem('Diga se o arquivo do TabNet traz os numeradores ou os denominadores.'));
  const decoded = decodeText(request.bytes);
  if ('problem' in decoded) return { ...nothing, problems: [...problems, fileProblem(decoded.problem)] };
  const parsed = parseTabnet(decoded.text);
  problems.push(...parsed.problems);
  warnings.push(...parsed.warnings);
  const unidentified = parsed.unidentified.rows > 0 ? parsed.unidentified : null;
  const parsedCount = { ...nothing, rowCount: parsed.cells.length, unidentified };
  if (!indicator || !request.half) return parsedCount;
  const half = request.half;
  // The other half of each value stays as stored (or missing, until its own file arrives).
  const stored = await storedByKey(db, indicator.code, parsed.periods);
  const storedOf = (territoryCode: string, period: string) =>
    stored.get(valueKey({ indicatorCode: indicator.code, territoryCode, period }));
  const withHalf = (current: StoredValue | undefined, value: number) => ({
    numerator: half === 'numerator' ? value : (current?.numerator ?? null),
    denominator: half === 'denominator' ? value : (current?.denominator ?? null),
  });
  for (const cell of parsed.cells) {
    const municipality = municipalityByIbge.get(cell.ibge.slice(0, 6));
    // "Exibir linhas zeradas" lists a município in years before it existed, zeroed: nothing to keep.
    if (municipality?.installedYear && yearOf(cell.period) < municipality.installedYear && cell.value === 0) {
      warnings.push({
        line: cell.line,
        column: cell.column,
        reason: `${municipality.name} só existe a partir de ${municipality.installedYear}: a célula zerada foi ignorada.`,
      });
      continue;
    }
    const current = municipality ? storedOf(municipality.code, cell.period) : undefined;
    const halves = withHalf(current, cell.value);
    add(
      { line: cell.line, ibge: cell.ibge, columns: { period: cell.column, number: cell.column } },
      indicator,
      cell.period,
      halves.numerator,
      halves.denominator,
      current?.version ?? null,
    );
  }
  const zeroFilled = fillAbsentMunicipalities({
    parsed,
    municipalities: [...municipalityByIbge.values()],
    storedOf,
    half,
    warnings,
    problems,
    add: (municipality, period) => {
      const current = storedOf(municipality.code, period);
      const halves = withHalf(current, 0);
      add(
        {
          line: 0,
          ibge: municipality.code,
          columns: { period: parsed.columnLabels.get(period) ?? period, number: '' },
        },
        indicator,
        period,
        halves.numerator,
        halves.denominator,
        current?.version ?? null,
      );
    },
  });
  return { ...parsedCount, candidates, problems, warnings, zeroFilled };
}

async function storedByKey(db: Db, indicatorCode: string, periods: readonly string[]) {
  const years = [...new Set(periods.map(yearOf))];
  const values = await listStoredValues(db, { indicatorCode, years });
  return new Map(values.map((value) => [valueKey(value), value]));
}

/**
 * The same numbers, real and final, are left alone whatever file they came from: a value made of two
 * halves (deaths from one file, births from another) does not change when either file comes again.
 */
function isUnchanged(stored: StoredValue | undefined, candidate: Candidate): boolean {
  return (
    stored !== undefined &&
    stored.numerator === candidate.numerator &&
    stored.denominator === candidate.denominator &&
    !stored.isExample &&
    !stored.isProvisional
  );
}

/** Previews (and, when asked and the file is clean, applies) one import. */
export async function runImport(
  db: Db,
  importer: Importer,
  request: ImportRequest,
  options: { apply: boolean; now: Date; onProgress?: ImportProgress },
): Promise<ImportReport> {
  const progress = options.onProgress ?? (() => undefined);
  progress('lendo', 0, 1);
  const { candidates, problems, warnings, rowCount, unidentified, zeroFilled } = await readCandidates(
    db,
    importer,
    request,
    options.now,
  );
  await progress('conferindo', 0, candidates.length);
  const indicators = new Map((await listIndicators(db)).map((indicator) => [indicator.code, indicator]));

  let toCreate = 0;
  let toUpdate = 0;
  let checked = 0;
  const toWrite: Candidate[] = [];
  // The version of each value as checked here: a grid save while the file is being checked or
  // written makes the import a conflict instead of being overwritten (issue 13).
  const expectedVersions = new Map<string, number | null>();
  const closed = await loadClosedMonths(db);
  const samples: ChangeSample[] = [];
  for (const [code, group] of groupBy(candidates, (candidate) => candidate.indicatorCode)) {
    const stored = await storedByKey(
      db,
      code,
      group.map((candidate) => candidate.period),
    );
    const indicator = indicators.get(code);
    for (const { row, problem } of indicator ? findYearShapeProblems(group, stored, indicator) : []) {
      problems.push({ line: row.line, column: row.column, reason: `${row.territoryName}: ${problem}` });
      row.hasProblem = true;
    }
    for (const candidate of group) {
      checked += 1;
      if (checked % 5000 === 0) progress('conferindo', checked, candidates.length);
      // A value with a problem is not something the file would change: it would be refused.
      if (candidate.hasProblem) continue;
      const current = stored.get(valueKey(candidate));
      if (isUnchanged(current, candidate)) continue;
      // A file that would change a value of a closed month is refused whole.
      const closedProblem = indicator
        ? closedPeriodProblem(candidate.period, indicator.periodicity, closed)
        : null;
      if (closedProblem) {
        problems.push({ line: candidate.line, column: candidate.column, reason: lowerFirst(closedProblem) });
        candidate.hasProblem = true;
        continue;
      }
      toWrite.push(candidate);
      // A TabNet half keeps the other half it read: the version of that read, else of this one.
      expectedVersions.set(
        valueKey(candidate),
        candidate.basedOnVersion !== undefined ? candidate.basedOnVersion : (current?.version ?? null),
      );
      if (current) toUpdate += 1;
      else toCreate += 1;
      if (samples.length < MAX_SAMPLES)
        samples.push({
          line: candidate.line,
          indicatorCode: candidate.indicatorCode,
          territoryName: candidate.territoryName,
          period: candidate.period,
          before: current ? { numerator: current.numerator, denominator: current.denominator } : null,
          after: { numerator: candidate.numerator, denominator: candidate.denominator },
        });
    }
  }
  const unusual = await findUnusualValues(db, toWrite, indicators);
  const lineOf = new Map(toWrite.map((candidate) => [valueKey(candidate), candidate]));
  const unusualRows = unusual.map((value) => {
    const candidate = lineOf.get(valueKey(value));
    return {
      line: candidate?.line ?? 0,
      column: candidate?.column ?? '',
      text: unusualSentence(value, candidate?.territoryName ?? value.territoryCode),
    };
  });
  const justification = request.justification?.trim() || null;
  if (options.apply && unusual.length > 0 && !justification)
    problems.push(
      fileProblem(
        `${unusual.length === 1 ? 'um valor está' : `${unusual.length} valores estão`} ${UNUSUAL_REFUSAL} (listados abaixo): confira e, se estiverem certos, escreva a justificativa e aplique de novo.`,
      ),
    );
  const report: ImportReport = {
    fileName: request.fileName,
    format: request.format,
    rowCount,
    toCreate,
    toUpdate,
    unchanged: candidates.filter((candidate) => !candidate.hasProblem).length - toCreate - toUpdate,
    problems: [...problems].sort(byLine).slice(0, MAX_LISTED),
    problemCount: problems.length,
    warnings: warnings.slice(0, MAX_LISTED),
    warningCount: warnings.length,
    samples,
    indicatorCodes: [...new Set(candidates.map((candidate) => candidate.indicatorCode))].sort(),
    unusual: unusualRows.slice(0, MAX_LISTED),
    unusualCount: unusualRows.length,
    unidentified,
    zeroFilled,
    isApplied: false,
  };
  if (candidates.length === 0 && problems.length === 0)
    report.problems = [fileProblem('O arquivo não tem nenhum valor para importar.')];
  report.problemCount = Math.max(report.problemCount, report.problems.length);
  if (!options.apply || report.problemCount > 0) {
    progress('concluido', 1, 1);
    return report;
  }

  await progress('gravando', 0, toCreate + toUpdate);
  const author: Author =
    importer.kind === 'user'
      ? { id: importer.user.id, username: importer.user.username }
      : { id: null, username: importer.username };
  await saveDataValues(
    db,
    toWrite.map(
      ({
        line: _line,
        column: _column,
        territoryName: _name,
        hasProblem: _problem,
        basedOnVersion: _version,
        ...row
      }) => row,
    ),
    indicators,
    options.now,
    // Judged just above on the same data: the write does not judge again.
    {
      author,
      justification,
      unusualKeys: new Set(unusual.map(valueKey)),
      expectedVersions,
      readIn: 'import',
    },
  );
  progress('concluido', 1, 1);
  return { ...report, isApplied: true };
}
