/**
 * `npm run bench`: the state scorecard and one indicator's macro breakdown, each next to the bare
 * SQL aggregate over the same data in the same run, at Mato Grosso scale (example data) and at
 * national scale (5,570 synthetic municípios, 10 years of monthly values). Temporary SQLite files
 * only; the project's database is never touched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEMO_USERS } from '../server/auth/demo-users.ts';
import { createDb, createReadDb, type Db, migrateToLatest } from '../server/db/client.ts';
import { DATA_DIR } from '../server/db/data-files.ts';
import { bumpDataRevision } from '../server/db/repositories/data-revision-repository.ts';
import type { DataValueRow } from '../server/db/repositories/data-value-repository.ts';
import { listIndicators, listTargets } from '../server/db/repositories/plan-repository.ts';
import { seedExampleData, seedReferenceData } from '../server/db/seed.ts';
import { runImport } from '../server/services/data-import.ts';
import { saveDataValues } from '../server/services/data-values.ts';
import { getIndicatorFigures, getIndicatorSheet } from '../server/services/indicator-view.ts';
import { getPlanification } from '../server/services/planification.ts';
import { getPlanningReport, listReportPeriods } from '../server/services/planning-report.ts';
import { getStateScorecard } from '../server/services/scorecard.ts';
import { getSemesterReport } from '../server/services/semester-report.ts';
import { rebuildYearRollups } from '../server/services/year-rollups.ts';
import { startServer } from '../server/start.ts';
import { STATE_CODE } from '../shared/domain/territory.ts';
import type { TIndicator } from '../shared/schemas/indicator.ts';
import { bareMacroBreakdown, bareScorecard, bareStateTotals } from './bench/bare-sql.ts';
import { BROWSER_RUNS, timeRoutes } from './bench/browser-timing.ts';
import { firstRouteSize } from './bench/client-size.ts';
import { loadUrl, startServerProcess } from './bench/http-load.ts';
import { profileQueries, type Timing, timeMedian, timeOnce } from './bench/measure.ts';
import { buildNationalTerritory, loadIndicatorValues, NATIONAL, unitsOf } from './bench/national-data.ts';
import {
  formatInt,
  formatMs,
  formatRatio,
  formatSeconds,
  formatTiming,
  heading,
  printTable,
} from './bench/report.ts';
import { logIn } from './lib/log-in.ts';

/** The tests' frozen "today", so the example data's partial year is the same in every run. */
const NOW = new Date('2026-11-24T12:00:00-04:00');
const YEAR = 2025;
/** The last closed semester or quadrimester on NOW: the one its report page opens on. */
const lastClosed = (kind: 'semester' | 'quadrimester') => listReportPeriods(kind, NOW).lastClosed ?? '';
const BREAKDOWN_CODE = '713';
const RUNS = 7;
const SCORECARD_LIMIT_MS = 1000;

type Scale = 'MT' | 'Nacional';

const PERIODICITY_LABEL: Record<TIndicator['periodicity'], string> = {
  monthly: 'mensal',
  semiannual: 'semestral',
  yearly: 'anual',
};
const DATA_LEVEL_LABEL: Record<TIndicator['dataLevel'], string> = {
  municipality: 'município',
  macro: 'macro',
  state: 'estado',
};
const SYNCHRONOUS_LABEL = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];
/** `app`: served from kept figures; `appCold`: computed, as on the first read after any write. */
type Comparison = {
  scale: Scale;
  label: string;
  app: Timing;
  appCold: Timing;
  bareRaw: Timing;
  bareRollups: Timing;
};

/** `read` after a write elsewhere changed the data's revision: the figures are computed again. */
const coldRead = (db: Db, read: () => Promise<unknown>) => async () => {
  await bumpDataRevision(db);
  return read();
};

async function count(db: Db, table: string): Promise<number> {
  const row = (await db(table).count('* as n').first()) as { n: number | string } | undefined;
  return Number(row?.n ?? 0);
}

// The bench reads like a read token: no territorial limit.
const FULL_READER = null;

/** (a) scorecard and (b) macro breakdown, each with its bare SQL on raw values and on roll-ups. */
async function measureScale(db: Db, scale: Scale, indicators: readonly TIndicator[]) {
  const codes = indicators.map((indicator) => indicator.code);
  const scorecard = await getStateScorecard(db, YEAR, NOW);
  const scorecardRows = scorecard.groups.flatMap((group) => group.rows);
  const withValue = scorecardRows.filter((row) => row.figure.value !== null).length;
  const breakdown = await getIndicatorFigures(
    db,
    { code: BREAKDOWN_CODE, level: 'macro', years: [YEAR] },
    FULL_READER,
    NOW,
  );
  console.log(
    `Conferência: scorecard ${YEAR} com ${scorecardRows.length} indicadores (${withValue} com valor); ` +
      `${BREAKDOWN_CODE} por macrorregião: ${breakdown.length} macrorregiões.`,
  );

  const comparisons: Comparison[] = [
    {
      scale,
      label: `scorecard estadual ${YEAR}`,
      app: await timeMedian(() => getStateScorecard(db, YEAR, NOW), RUNS),
      appCold: await timeMedian(
        coldRead(db, () => getStateScorecard(db, YEAR, NOW)),
        RUNS,
      ),
      bareRaw: await timeMedian(() => bareScorecard(db, codes, 'data_values'), RUNS),
      bareRollups: await timeMedian(() => bareScorecard(db, codes, 'data_value_years'), RUNS),
    },
    {
      scale,
      label: `${BREAKDOWN_CODE} por macrorregião ${YEAR}`,
      app: await timeMedian(
        () =>
          getIndicatorFigures(db, { code: BREAKDOWN_CODE, level: 'macro', years: [YEAR] }, FULL_READER, NOW),
        RUNS,
      ),
      appCold: await timeMedian(
        coldRead(db, () =>
          getIndicatorFigures(db, { code: BREAKDOWN_CODE, level: 'macro', years: [YEAR] }, FULL_READER, NOW),
        ),
        RUNS,
      ),
      bareRaw: await timeMedian(() => bareMacroBreakdown(db, BREAKDOWN_CODE, YEAR, 'data_values'), RUNS),
      bareRollups: await timeMedian(
        () => bareMacroBreakdown(db, BREAKDOWN_CODE, YEAR, 'data_value_years'),
        RUNS,
      ),
    },
  ];
  for (const comparison of comparisons) {
    console.log(`\n${comparison.label}`);
    console.log(`  app, figuras guardadas:          ${formatTiming(comparison.app)}`);
    console.log(
      `  app, calculado (após gravação):  ${formatTiming(comparison.appCold)}  → razão calculado/SQL roll-ups ${formatRatio(comparison.appCold.median, comparison.bareRollups.median)}`,
    );
    console.log(
      `  SQL puro em data_values:         ${formatTiming(comparison.bareRaw)}  → razão app/SQL ${formatRatio(comparison.app.median, comparison.bareRaw.median)}`,
    );
    console.log(
      `  SQL puro em data_value_years:    ${formatTiming(comparison.bareRollups)}  → razão app/SQL ${formatRatio(comparison.app.median, comparison.bareRollups.median)}`,
    );
  }
  return comparisons;
}

async function runMtScale(dir: string): Promise<Comparison[]> {
  heading('Escala Mato Grosso (dados de exemplo)');
  const examplePath = path.join(DATA_DIR, 'example/valores_exemplo.csv');
  if (!fs.existsSync(examplePath)) {
    throw new Error(`${examplePath} não existe: gere-o com \`npm run generate:example\` e rode de novo.`);
  }
  const db = createDb(path.join(dir, 'mt.sqlite'));
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
    const indicators = await listIndicators(db);
    const seeded = await timeOnce(() => seedExampleData(db, indicators, NOW));
    console.log(
      `Carga: ${formatInt(await count(db, 'data_values'))} valores brutos, ` +
        `${formatInt(await count(db, 'data_value_years'))} roll-ups anuais, ` +
        `${formatInt(await count(db, 'territories'))} territórios, via seedExampleData em ${formatSeconds(seeded.ms)}.`,
    );
    const comparisons = await measureScale(db, 'MT', indicators);
    heading('HTTP: leitores simultâneos do scorecard × /health no mesmo servidor (MT)');
    await measureHttpReaders(path.join(dir, 'mt.sqlite'));
    return comparisons;
  } finally {
    await db.destroy();
  }
}

const HTTP_SECONDS = 4;

/**
 * The scorecard under 50 and 200 concurrent readers against `/health` on the same server (the bare
 * HTTP stack), and a write seen by the very next read.
 */
async function measureHttpReaders(databaseUrl: string) {
  const server = await startServerProcess(databaseUrl);
  try {
    const superintendence = DEMO_USERS.find((user) => user.username === 'superintendencia');
    const cookie = await logIn(server.url, 'superintendencia', superintendence?.password ?? '');
    const scorecardUrl = `${server.url}/trpc/scorecard.state?input=${encodeURIComponent(JSON.stringify({ year: YEAR }))}`;
    const rows: string[][] = [];
    const ratios: string[] = [];
    // One second of each first, so both are measured with the server's code already optimised.
    for (const url of [`${server.url}/health`, scorecardUrl]) await loadUrl(url, cookie, 50, 1);
    for (const concurrency of [50, 200]) {
      const health = await loadUrl(`${server.url}/health`, cookie, concurrency, HTTP_SECONDS);
      const scorecard = await loadUrl(scorecardUrl, cookie, concurrency, HTTP_SECONDS);
      for (const [label, load] of [
        ['/health', health],
        ['scorecard', scorecard],
      ] as const) {
        rows.push([
          label,
          String(concurrency),
          formatInt(load.perSecond),
          formatMs(load.p50),
          formatMs(load.p95),
          formatInt(load.errors),
        ]);
      }
      ratios.push(
        `${concurrency} leitores: scorecard/health = ${formatRatio(scorecard.perSecond, health.perSecond)}`,
      );
    }
    // The same 200 readers as 200 people, each with their own session.
    const cookies: string[] = [];
    for (let reader = 0; reader < 200; reader += 1)
      cookies.push(await logIn(server.url, 'superintendencia', superintendence?.password ?? ''));
    const apart = await loadUrl(scorecardUrl, cookies, 200, HTTP_SECONDS);
    rows.push([
      'scorecard, uma sessão por leitor',
      '200',
      formatInt(apart.perSecond),
      formatMs(apart.p50),
      formatMs(apart.p95),
      formatInt(apart.errors),
    ]);
    printTable(['URL', 'leitores', 'req/s', 'p50', 'p95', 'erros'], rows, 1);
    console.log(`(${HTTP_SECONDS} s cada; servidor em processo próprio) ${ratios.join('; ')}`);
    console.log(
      `Gravação vista na leitura seguinte: ${(await writeSeenOnNextRead(server.url, scorecardUrl)) ? 'sim' : 'NÃO'}.`,
    );
    heading('Chromium: tempo até os dados aparecerem (MT)');
    await printBrowserTimings(server.url, cookie);
  } finally {
    await server.stop();
  }
}

const BROWSER_ROUTES = ['/', '/indicador/713', '/territorio/5103', '/mapa', '/acoes', '/planificacao'];

/**
 * Cold and warm time to data of the main routes, against the scorecard saved as static HTML; each
 * route's ratio is to the floor loads made between its own.
 */
async function printBrowserTimings(url: string, cookie: string) {
  const { routes, staticFloorMs } = await timeRoutes(url, cookie, BROWSER_ROUTES);
  printTable(
    ['página', 'frio', 'quente', 'piso no mesmo minuto', 'frio/HTML estático', 'frio até interativa'],
    routes.map((timing) => [
      timing.route,
      formatMs(timing.coldMs),
      formatMs(timing.warmMs),
      formatMs(timing.floorMs),
      formatRatio(timing.coldMs, timing.floorMs),
      formatMs(timing.coldInteractiveMs),
    ]),
    1,
  );
  console.log(
    `Piso: o painel salvo como HTML estático, carregado entre as cargas de cada página; mediana geral ${formatMs(staticFloorMs)} (alvo: frio ≤ 2× o piso). Medianas de ${BROWSER_RUNS} cargas.`,
  );
}

/** Saves one value of 713 through the API and reads the scorecard right after. */
async function writeSeenOnNextRead(url: string, scorecardUrl: string): Promise<boolean> {
  const coap = DEMO_USERS.find((user) => user.username === 'coap');
  const cookie = await logIn(url, 'coap', coap?.password ?? '');
  const state = async () => {
    const body = (await (await fetch(scorecardUrl, { headers: { cookie } })).json()) as {
      result: { data: { groups: { rows: { code: string; figure: { numerator: number | null } }[] }[] } };
    };
    return body.result.data.groups.flatMap((group) => group.rows).find((row) => row.code === '713')?.figure
      .numerator;
  };
  const before = (await state()) ?? 0;
  const gridUrl = `${url}/trpc/dataEntry.grid?input=${encodeURIComponent(JSON.stringify({ code: '713', year: YEAR }))}`;
  type GridCell = {
    territoryCode: string;
    period: string;
    numerator: number | null;
    denominator: number | null;
    version: number;
  };
  const grid = (await (await fetch(gridUrl, { headers: { cookie } })).json()) as {
    result: { data: { cells: GridCell[] } };
  };
  const cell = grid.result.data.cells.find(
    (item) => item.territoryCode === '5103403' && item.period === `${YEAR}-06`,
  );
  const save = await fetch(`${url}/trpc/dataEntry.save`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({
      code: '713',
      cells: [
        {
          territoryCode: '5103403',
          period: `${YEAR}-06`,
          numerator: (cell?.numerator ?? 0) + 1,
          denominator: cell?.denominator ?? 1000,
          expectedVersion: cell?.version ?? null,
        },
      ],
      justification: 'benchmark',
    }),
  });
  if (save.status !== 200) return false;
  return (await state()) !== before;
}

type LoadResult = { rows: number; loadMs: number; rollupMs: number };

async function loadNational(db: Db, indicators: readonly TIndicator[]): Promise<LoadResult> {
  const territory = await timeOnce(() => buildNationalTerritory(db));
  console.log(
    `Território sintético: estado ${STATE_CODE}, ${territory.value.macros.length} macrorregiões ` +
      `(as 6 de MT + ${territory.value.macros.length - 6} novas), ${territory.value.regions} regiões, ` +
      `${formatInt(territory.value.municipalities.length)} municípios, em ${formatSeconds(territory.ms)}.`,
  );
  const targets = await listTargets(db);
  const stateTarget = (code: string) =>
    targets.find(
      (target) =>
        target.indicatorCode === code && target.year === YEAR && target.territoryCode === STATE_CODE,
    )?.value ?? null;

  // Only the bulk load runs without fsync; roll-ups and every measurement use the normal setting.
  const pragma = (await db.raw('PRAGMA synchronous')) as { synchronous: number }[];
  const synchronous = pragma[0]?.synchronous ?? 2;
  await db.raw('PRAGMA synchronous = OFF');
  console.log(
    `Valores ${NATIONAL.firstYear}–${NATIONAL.lastYear} (PRAGMA synchronous=OFF só durante a carga bruta; ` +
      `depois volta a ${SYNCHRONOUS_LABEL[synchronous] ?? synchronous}). Roll-ups com rebuildYearRollups do projeto.`,
  );
  const rows: string[][] = [];
  const total: LoadResult = { rows: 0, loadMs: 0, rollupMs: 0 };
  try {
    for (const indicator of indicators) {
      const load = await timeOnce(() =>
        loadIndicatorValues(db, indicator, territory.value, stateTarget(indicator.code)),
      );
      total.rows += load.value;
      total.loadMs += load.ms;
      rows.push([
        indicator.code,
        `${PERIODICITY_LABEL[indicator.periodicity]}/${DATA_LEVEL_LABEL[indicator.dataLevel]}`,
        formatInt(unitsOf(indicator, territory.value).length),
        formatInt(load.value),
        formatSeconds(load.ms),
      ]);
    }
  } finally {
    await db.raw(`PRAGMA synchronous = ${Number(synchronous)}`);
  }
  for (const [index, indicator] of indicators.entries()) {
    const rollup = await timeOnce(() => rebuildYearRollups(db, indicator));
    total.rollupMs += rollup.ms;
    rows[index]?.push(formatSeconds(rollup.ms));
  }
  // Leave a compact file behind the measurements, as a server would after its auto-checkpoints.
  await db.raw('PRAGMA wal_checkpoint(TRUNCATE)');
  printTable(['indicador', 'periodicidade/nível', 'unidades', 'valores', 'carga', 'roll-ups'], rows, 2);
  console.log(
    `Total: ${formatInt(total.rows)} valores brutos em ${formatSeconds(total.loadMs)} ` +
      `(${formatInt(total.rows / (total.loadMs / 1000))}/s); ${formatInt(await count(db, 'data_value_years'))} ` +
      `roll-ups em ${formatSeconds(total.rollupMs)}.`,
  );
  return total;
}

/** Where the scorecard's time goes: SQL statements by shape, and what is left for JavaScript. */
async function profileScorecard(db: Db): Promise<void> {
  const profile = await profileQueries(
    db,
    coldRead(db, () => getStateScorecard(db, YEAR, NOW)),
  );
  console.log(
    `Uma chamada: ${formatMs(profile.totalMs)}; ${profile.queries} comandos SQL somam ${formatMs(profile.sqlMs)} ` +
      `(driver incluso); o resto, ${formatMs(profile.totalMs - profile.sqlMs)}, é JavaScript e espera.`,
  );
  printTable(
    ['comando SQL (literais → N)', 'vezes', 'total'],
    profile.shapes
      .slice(0, 6)
      .map((shape) => [
        shape.sql.length > 100 ? `${shape.sql.slice(0, 97)}...` : shape.sql,
        String(shape.count),
        formatMs(shape.ms),
      ]),
  );
}

type Check = { label: string; equal: boolean };

async function compareState(db: Db, indicator: TIndicator, label: string): Promise<Check> {
  const [figure] = await getIndicatorFigures(
    db,
    { code: indicator.code, level: 'state', years: [YEAR] },
    FULL_READER,
    NOW,
  );
  const bare = await bareStateTotals(db, indicator, YEAR);
  const equal = figure?.numerator === bare.numerator && figure?.denominator === bare.denominator;
  console.log(
    `${label}: app ${figure?.numerator ?? '—'}/${figure?.denominator ?? '—'}, ` +
      `SQL ${bare.numerator ?? '—'}/${bare.denominator ?? '—'} → ${equal ? 'IGUAL' : 'DIFERENTE'}`,
  );
  return { label, equal };
}

/** The app's state totals (read from roll-ups) against the year rule applied in SQL to raw values. */
async function checkConsistency(db: Db, indicators: readonly TIndicator[]): Promise<Check[]> {
  const pick = (rule: 'sum' | 'last') =>
    indicators.find(
      (indicator) =>
        indicator.kind === 'rate' &&
        indicator.dataLevel === 'municipality' &&
        indicator.numeratorRule === rule &&
        indicator.denominatorRule === rule,
    );
  const checks: Check[] = [];
  for (const indicator of [pick('sum'), pick('last')]) {
    if (!indicator) continue;
    const rule = indicator.numeratorRule === 'sum' ? 'soma' : 'último';
    checks.push(await compareState(db, indicator, `${indicator.code} (${rule}) estado ${YEAR}`));
  }

  // The write path: one value changed through saveDataValues must reach the roll-ups at once.
  const sumIndicator = pick('sum');
  if (sumIndicator) {
    const [unit] = (await db('data_values')
      .where({ indicator_code: sumIndicator.code, period: `${YEAR}-06` })
      .orderBy('territory_code')
      .limit(1)
      .select('territory_code', 'denominator')) as { territory_code: string; denominator: number }[];
    if (unit) {
      const row: DataValueRow = {
        indicatorCode: sumIndicator.code,
        territoryCode: unit.territory_code,
        period: `${YEAR}-06`,
        numerator: Math.floor(unit.denominator / 2),
        denominator: unit.denominator,
        source: 'bench: escrita',
        isProvisional: false,
        isExample: false,
      };
      const write = await timeOnce(() =>
        saveDataValues(db, [row], new Map([[sumIndicator.code, sumIndicator]]), NOW),
      );
      console.log(
        `Escrita de 1 valor via saveDataValues (${unit.territory_code}, ${row.period}): ${formatMs(write.ms)}`,
      );
      checks.push(await compareState(db, sumIndicator, `${sumIndicator.code} estado ${YEAR} após a escrita`));
    }
  }
  return checks;
}

/**
 * Imports a 200,000-row template (713 for 5,570 municípios × 36 months) through the import service,
 * preview then apply, while a reader keeps computing the state scorecard: the slowest read during
 * the import says whether the panel froze.
 */
async function measureBigImport(db: Db, databaseUrl: string) {
  const municipalities: { ibge6: string }[] = await db('territories')
    .where({ level: 'municipality' })
    .select('ibge6');
  const lines = ['indicador;ibge;periodo;numerador;denominador'];
  for (const [index, municipality] of municipalities.entries()) {
    for (let month = 0; month < 36; month += 1) {
      const period = `${2024 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
      const denominator = 50 + ((index * 7 + month * 13) % 400);
      lines.push(`713;${municipality.ibge6};${period};${Math.floor(denominator * 0.19)};${denominator}`);
      if (lines.length > 200_000) break;
    }
    if (lines.length > 200_000) break;
  }
  const bytes = new TextEncoder().encode(lines.join('\n'));
  // Synthetic values far from the synthetic history: the import says why, as a person would.
  const request = {
    bytes,
    fileName: 'bench-200k.csv',
    format: 'template' as const,
    justification: 'Valores sintéticos do benchmark',
  };
  const importer = { kind: 'cli' as const, username: 'bench' };
  const preview = await timeOnce(() => runImport(db, importer, request, { apply: false, now: NOW }));
  const readDb = createReadDb(databaseUrl, db);
  const readTimes: number[] = [];
  let isImporting = true;
  const reading = (async () => {
    while (isImporting) {
      const started = performance.now();
      await getStateScorecard(readDb, YEAR, NOW);
      readTimes.push(performance.now() - started);
    }
  })();
  const applied = await timeOnce(() => runImport(db, importer, request, { apply: true, now: NOW }));
  isImporting = false;
  await reading;
  await readDb.destroy();
  const slowest = Math.max(...readTimes);
  console.log(
    `Arquivo: ${formatInt(lines.length - 1)} linhas, ${(bytes.length / 1e6).toFixed(1).replace('.', ',')} MB. ` +
      `Prévia: ${formatSeconds(preview.ms)} (${formatInt(preview.value.toCreate + preview.value.toUpdate)} valores a gravar). ` +
      `Aplicação: ${formatSeconds(applied.ms)}.`,
  );
  console.log(
    `Durante a aplicação, ${formatInt(readTimes.length)} scorecards nacionais lidos em paralelo; o mais lento levou ${formatMs(slowest)}.`,
  );
  return {
    rows: lines.length - 1,
    previewMs: preview.ms,
    applyMs: applied.ms,
    reads: readTimes.length,
    slowestReadMs: slowest,
  };
}

async function runNationalScale(dir: string) {
  heading('Escala nacional (dados sintéticos)');
  const db = createDb(path.join(dir, 'nacional.sqlite'));
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
    const indicators = await listIndicators(db);
    const load = await loadNational(db, indicators);
    const comparisons = await measureScale(db, 'Nacional', indicators);
    heading('Onde vai o tempo do scorecard nacional');
    await profileScorecard(db);
    heading('Consistência roll-ups × valores brutos (nacional)');
    const checks = await checkConsistency(db, indicators);
    heading('Importação de 200.000 linhas (modelo CSV) com leituras em paralelo');
    const importing = await measureBigImport(db, path.join(dir, 'nacional.sqlite'));
    heading('Servidor no banco nacional: partida, reinício e páginas');
    const serving = await measureNationalServer(path.join(dir, 'nacional.sqlite'));
    return { comparisons, load, checks, importing, serving };
  } finally {
    await db.destroy();
  }
}

/**
 * The server on the national database: its first start (the planificação records made from the
 * values), a restart, and the server time of the heavy pages' services, cold (first read after a
 * change) and warm (kept figures).
 */
async function measureNationalServer(databaseUrl: string) {
  const first = await timeOnce(() =>
    startServer({ databaseUrl, port: 0, seedExampleData: false, now: () => NOW }),
  );
  await first.value.close();
  const restart = await timeOnce(() =>
    startServer({ databaseUrl, port: 0, seedExampleData: false, now: () => NOW }),
  );
  const server = restart.value;
  try {
    console.log(`Primeira partida: ${formatSeconds(first.ms)}; reinício: ${formatSeconds(restart.ms)}.`);
    // As the pages' routes read: from the read pool (several connections on SQLite).
    const reader = server.readDb;
    const pages: [string, () => Promise<unknown>][] = [
      ['indicador 713: ficha', () => getIndicatorSheet(reader, BREAKDOWN_CODE, NOW)],
      [
        'indicador 713: municípios',
        () =>
          getIndicatorFigures(
            reader,
            { code: BREAKDOWN_CODE, level: 'municipality', years: [YEAR] },
            null,
            NOW,
          ),
      ],
      ['planificação', () => getPlanification(reader, null, NOW)],
      ['relatório semestral', () => getSemesterReport(reader, null, `${YEAR}-S2`, NOW)],
      // The reports a reader opens (the last closed period): inside the year still running, "as of"
      // their last month, from the roll-ups of the spans reports read (year-rollups.ts).
      [
        `relatório semestral ${lastClosed('semester')}`,
        () => getSemesterReport(reader, null, lastClosed('semester'), NOW),
      ],
      [
        `relatório quadrimestral ${lastClosed('quadrimester')}`,
        () =>
          getPlanningReport(reader, null, { kind: 'quadrimester', period: lastClosed('quadrimester') }, NOW),
      ],
    ];
    const rows: string[][] = [];
    for (const [label, read] of pages) {
      const cold = await timeOnce(coldRead(server.db, read));
      const warm = await timeOnce(read);
      rows.push([label, formatMs(cold.ms), formatMs(warm.ms)]);
    }
    printTable(['serviço', 'frio', 'quente'], rows, 1);
    heading('Chromium: tempo até os dados aparecerem (nacional)');
    const superintendence = DEMO_USERS.find((user) => user.username === 'superintendencia');
    await printBrowserTimings(
      server.url,
      await logIn(server.url, 'superintendencia', superintendence?.password ?? ''),
    );
    return { firstStartMs: first.ms, restartMs: restart.ms, pages: rows };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'painel-bench-'));
  console.log(
    `Benchmark do painel: SQLite em ${dir} (removido ao final, salvo com --manter-bancos); Node ${process.version}, ${os.cpus().length} CPUs.`,
  );
  try {
    const mt = await runMtScale(dir);
    // `npm run bench -- --so-mt`: Mato Grosso only, a minute instead of several.
    if (process.argv.includes('--so-mt')) return;
    const national = await runNationalScale(dir);

    heading('Resumo');
    printTable(
      [
        'escala',
        'medida',
        'app guardado',
        'app calculado',
        'SQL bruto',
        'SQL roll-ups',
        'calculado/roll-ups',
      ],
      [...mt, ...national.comparisons].map((comparison) => [
        comparison.scale,
        comparison.label,
        formatMs(comparison.app.median),
        formatMs(comparison.appCold.median),
        formatMs(comparison.bareRaw.median),
        formatMs(comparison.bareRollups.median),
        formatRatio(comparison.appCold.median, comparison.bareRollups.median),
      ]),
      2,
    );
    console.log(
      '(medianas de 7 execuções após 1 de aquecimento; "SQL bruto" soma data_values direto, sem regras; ' +
        '"SQL roll-ups" soma a tabela anual que o app lê)',
    );
    console.log(
      `Carga nacional: ${formatInt(national.load.rows)} valores brutos em ${formatSeconds(national.load.loadMs)}, ` +
        `roll-ups em ${formatSeconds(national.load.rollupMs)}.`,
    );
    const equal = national.checks.filter((check) => check.equal).length;
    console.log(`Consistência: ${equal}/${national.checks.length} iguais ao SQL sobre os valores brutos.`);
    const nationalScorecard = national.comparisons[0]?.appCold.median ?? Number.NaN;
    console.log(
      `scorecard nacional calculado: ${formatMs(nationalScorecard)} (limite ${formatInt(SCORECARD_LIMIT_MS)} ms): ` +
        `${nationalScorecard < SCORECARD_LIMIT_MS ? 'OK' : 'ACIMA'}`,
    );
    console.log(
      `Importação de ${formatInt(national.importing.rows)} linhas: prévia ${formatSeconds(national.importing.previewMs)}, ` +
        `aplicação ${formatSeconds(national.importing.applyMs)}; leitura mais lenta durante a aplicação ` +
        `${formatMs(national.importing.slowestReadMs)} (${formatInt(national.importing.reads)} leituras).`,
    );
    console.log(
      `Servidor nacional: primeira partida ${formatSeconds(national.serving.firstStartMs)}, reinício ` +
        `${formatSeconds(national.serving.restartMs)} (alvo < 10 s).`,
    );
    const client = firstRouteSize();
    console.log(
      client
        ? `Cliente, primeira página (painel): ${formatInt(client.jsGzipBytes / 1024)} KB de JS e ` +
            `${formatInt(client.cssGzipBytes / 1024)} KB de CSS com gzip, em ${client.files} arquivos (alvo: JS ≤ 150 KB).`
        : 'Cliente: sem build (rode npm run build para medir o que a primeira página baixa).',
    );
    console.log(`Tempo total do benchmark: ${formatSeconds(performance.now() - started)}.`);
  } finally {
    // `npm run bench -- --manter-bancos`: the databases stay, to profile a page on them.
    if (process.argv.includes('--manter-bancos')) console.log(`Bancos mantidos em ${dir}.`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
