/**
 * The read API for spreadsheets and BI tools (README: "API de leitura"). JSON by default, or CSV for
 * Excel in Portuguese with `format=csv`. Every error is a 4xx with a Portuguese message.
 */
import express, { type NextFunction, type Request, type Response } from 'express';
import { AUDIT_COLUMNS, auditFileRow } from '../../shared/domain/audit-text.ts';
import { type TerritoryLevel, valueDecimals } from '../../shared/domain/indicator.ts';
import { PANEL_YEARS } from '../../shared/domain/period.ts';
import { canManageUsers } from '../../shared/domain/permissions.ts';
import { STATUS_LABELS } from '../../shared/domain/status.ts';
import type { ExportTable } from '../../shared/export-table.ts';
import { figureTable } from '../../shared/figure-table.ts';
import { formatNumber } from '../../shared/format.ts';
import { ZTerritoryLevelSchema, ZYearSchema } from '../../shared/schemas/indicator.ts';
import { ZMunicipalityTableQuerySchema, ZTerritoryCodeSchema } from '../../shared/schemas/query.ts';
import { ZAuditFilterSchema } from '../../shared/schemas/user.ts';
import { inputErrorMessage, z } from '../../shared/schemas/zod-locale.ts';
import type { Db } from '../db/client.ts';
import { AppError, HTTP_STATUS } from '../errors.ts';
import { sendTable } from '../export/send-table.ts';
import { authOf } from '../http/authenticate.ts';
import { logError } from '../logging.ts';
import { listAllAudit, listAllAuditDescribed } from '../services/audit.ts';
import type { Figure } from '../services/figures.ts';
import { getIndicatorContribution, getIndicatorFigures } from '../services/indicator-view.ts';
import { listMunicipalityFigures } from '../services/municipality-table.ts';
import { getIndicatorOrFail, getPlanCatalogue } from '../services/plan-catalogue.ts';
import type { Reader } from '../services/read-scope.ts';
import { getScorecardFigures, type ScorecardFigure } from '../services/scorecard.ts';
import { actionsHandler } from './actions.ts';
import { boundariesHandler } from './boundaries.ts';
import { MAX_IMPORT_MB } from './imports.ts';
import { planningReportHandler, semesterReportHandler } from './reports.ts';

const LEVEL_NAMES: Record<string, TerritoryLevel> = {
  state: 'state',
  estado: 'state',
  macro: 'macro',
  region: 'region',
  regiao: 'region',
  municipality: 'municipality',
  municipio: 'municipality',
};

/** The level in a file name, in Portuguese like the rest of it. */
const LEVEL_FILE_NAMES: Record<TerritoryLevel, string> = {
  state: 'estado',
  macro: 'macrorregioes',
  region: 'regioes',
  municipality: 'municipios',
};

const ZFormatSchema = z
  .string()
  .transform((format) => format.toLowerCase())
  .pipe(z.enum(['json', 'csv', 'xlsx'], { error: 'Formato desconhecido. Use json, csv ou xlsx.' }))
  .optional();

function parseFormat(query: unknown): { format?: 'json' | 'csv' | 'xlsx' } {
  const parsed = z.object({ format: ZFormatSchema }).safeParse(query);
  if (!parsed.success) throw new AppError('BAD_REQUEST', inputErrorMessage(parsed.error));
  return parsed.data;
}

/** `level=` in English or Portuguese; `fallback` when absent. */
const levelParam = (fallback: TerritoryLevel) =>
  z
    .string()
    .optional()
    .transform((level, context) => {
      if (level === undefined) return fallback;
      const parsed = ZTerritoryLevelSchema.safeParse(LEVEL_NAMES[level.toLowerCase()]);
      if (!parsed.success) {
        context.addIssue({
          code: 'custom',
          message: `Nível "${level}" desconhecido. Use state, macro, region ou municipality.`,
        });
        return z.NEVER;
      }
      return parsed.data;
    });

/** The state when absent. */
const ZLevelParamSchema = levelParam('state');

const ZValuesQuerySchema = z.object({
  level: ZLevelParamSchema,
  year: ZYearSchema.optional(),
  format: ZFormatSchema,
});

const ZScorecardQuerySchema = z.object({
  year: ZYearSchema,
  level: ZLevelParamSchema,
  territory: ZTerritoryCodeSchema.optional(),
  format: ZFormatSchema,
});

/** The matriz's columns are a level below the state: the macrorregiões unless told otherwise. */
const ZMatrixQuerySchema = ZScorecardQuerySchema.extend({
  level: levelParam('macro').refine((level) => level !== 'state', {
    message: 'A matriz compara territórios: use level=macro, region ou municipality.',
  }),
});

const ZContributionQuerySchema = z.object({
  territory: z
    .string({ error: 'Informe o território (territory=código), por exemplo territory=5103.' })
    .pipe(ZTerritoryCodeSchema),
  year: ZYearSchema,
  format: ZFormatSchema,
});

function completenessOf(figure: Figure): number | null {
  return figure.expected === 0 ? null : figure.reporting / figure.expected;
}

function figureToJson(figure: Figure) {
  return {
    territoryCode: figure.territoryCode,
    territoryName: figure.territoryName,
    level: figure.level,
    year: figure.year,
    numerator: figure.numerator,
    denominator: figure.denominator,
    value: figure.value,
    target: figure.target,
    targetScope: figure.targetScope,
    status: figure.status,
    statusLabel: STATUS_LABELS[figure.status],
    completeness: completenessOf(figure),
    reporting: figure.reporting,
    expected: figure.expected,
    isPartial: figure.isPartial,
    partialThrough: figure.partialThrough,
    pending: figure.pending,
    isProvisional: figure.isProvisional,
    isExample: figure.isExample,
    interval: figure.interval,
    pooled: figure.pooled,
    pace: figure.pace,
    provenance: figure.provenance,
  };
}

/** Scorecard rows as JSON, or as CSV/XLSX with the indicator's code and short name leading each row. */
async function sendScorecard(
  response: Response,
  rows: readonly ScorecardFigure[],
  file: { sheetName: string; fileBase: string; format: 'json' | 'csv' | 'xlsx' | undefined },
) {
  if (file.format !== 'csv' && file.format !== 'xlsx') {
    response.json(rows.map((row) => ({ indicatorCode: row.indicatorCode, ...figureToJson(row.figure) })));
    return;
  }
  const figures = rows.map((row) => ({
    ...row.figure,
    indicatorCode: row.indicatorCode,
    indicatorShortName: row.indicatorShortName,
    unit: row.unit,
    kind: row.kind,
  }));
  const table = figureTable(figures, {
    sheetName: file.sheetName,
    unit: (figure) => figure.unit,
    kind: (figure) => figure.kind,
    territoryHeader: 'Território',
    leading: [
      { header: 'Indicador', type: 'code', valueOf: (figure) => figure.indicatorCode },
      { header: 'Nome do indicador', type: 'text', valueOf: (figure) => figure.indicatorShortName },
    ],
  });
  await sendTable(response, table, file.fileBase, file.format);
}

/** A person reads within their scope; a read token reads everything. */
function readerOf(response: Response): Reader {
  const auth = authOf(response);
  return auth.kind === 'user' ? auth.user : null;
}

export function createApiV1Router(db: Db, now: () => Date): express.Router {
  const api = express.Router();

  api.get('/actions', actionsHandler(db, now, parseFormat));
  api.get('/boundaries', boundariesHandler());
  api.get('/reports/semester/:period', semesterReportHandler(db, now, parseFormat));
  api.get('/reports/quadrimestral/:period', planningReportHandler(db, now, parseFormat, 'quadrimester'));
  api.get('/reports/anual/:period', planningReportHandler(db, now, parseFormat, 'year'));

  api.get('/indicators', async (request, response) => {
    const { format } = parseFormat(request.query);
    const { indicators, targets } = await getPlanCatalogue(db);
    if (format === 'csv' || format === 'xlsx') {
      const names = new Map(indicators.map((indicator) => [indicator.code, indicator]));
      const table: ExportTable = {
        sheetName: 'Metas do plano',
        columns: [
          { header: 'Código', type: 'code' },
          { header: 'Indicador', type: 'text' },
          { header: 'Unidade', type: 'text' },
          { header: 'Fator', type: 'number', decimals: 0 },
          { header: 'Polaridade', type: 'text' },
          { header: 'Ano', type: 'year' },
          { header: 'Território', type: 'code' },
          { header: 'Meta', type: 'number' },
          { header: 'Meta como impressa', type: 'text' },
        ],
        rows: targets.map((target) => {
          const indicator = names.get(target.indicatorCode);
          return [
            target.indicatorCode,
            indicator?.name ?? '',
            indicator?.unit ?? '',
            indicator?.factor ?? null,
            indicator?.polarity === 'higher' ? 'quanto maior, melhor' : 'quanto menor, melhor',
            target.year,
            target.territoryCode,
            target.value === null || !indicator
              ? target.value
              : { value: target.value, decimals: valueDecimals(indicator.kind) },
            target.label,
          ];
        }),
      };
      await sendTable(response, table, 'indicadores-e-metas', format);
      return;
    }
    response.json(
      indicators.map((indicator) => ({
        code: indicator.code,
        name: indicator.name,
        shortName: indicator.shortName,
        unit: indicator.unit,
        factor: indicator.factor,
        polarity: indicator.polarity,
        kind: indicator.kind,
        periodicity: indicator.periodicity,
        dataLevel: indicator.dataLevel,
        objective: indicator.objectiveCode,
        coordination: indicator.coordinationCode,
        baseline:
          indicator.baselineValue === null
            ? null
            : { year: indicator.baselineYear, value: indicator.baselineValue },
        targets: targets
          .filter((target) => target.indicatorCode === indicator.code)
          .map((target) =>
            target.territoryCode === '51'
              ? { year: target.year, value: target.value, label: target.label }
              : {
                  year: target.year,
                  value: target.value,
                  label: target.label,
                  territory: target.territoryCode,
                },
          ),
      })),
    );
  });

  api.get('/audit', async (request, response) => {
    const auth = authOf(response);
    if (auth.kind !== 'user' || !canManageUsers(auth.user))
      throw new AppError('FORBIDDEN', 'Só o administrador pode exportar o registro de auditoria.');
    const { format } = parseFormat(request.query);
    const filter = ZAuditFilterSchema.omit({ page: true }).safeParse(request.query);
    if (!filter.success) throw new AppError('BAD_REQUEST', inputErrorMessage(filter.error));
    // JSON is for programs: the entries as stored. The files are for people: as the page reads them.
    if (format !== 'csv' && format !== 'xlsx') {
      response.json(await listAllAudit(db, filter.data));
      return;
    }
    const rows = await listAllAuditDescribed(db, filter.data);
    const table: ExportTable = {
      sheetName: 'Auditoria',
      columns: [
        { header: AUDIT_COLUMNS.when, type: 'instant' },
        { header: AUDIT_COLUMNS.who, type: 'text' },
        { header: AUDIT_COLUMNS.action, type: 'text' },
        { header: AUDIT_COLUMNS.entity, type: 'text' },
        { header: AUDIT_COLUMNS.record, type: 'text' },
        { header: AUDIT_COLUMNS.changes, type: 'text' },
      ],
      // The moment as an instant (a date-time cell in Mato Grosso time), the rest as the page words it.
      rows: rows.map((row) => [row.at, ...auditFileRow(row.text).slice(1)]),
    };
    await sendTable(response, table, 'auditoria', format);
  });

  api.get('/indicators/:code/values', async (request, response) => {
    const query = ZValuesQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError('BAD_REQUEST', inputErrorMessage(query.error));
    const { level, year, format } = query.data;
    const figures = await getIndicatorFigures(
      db,
      {
        code: request.params.code,
        level,
        years: year === undefined ? PANEL_YEARS : [year],
      },
      readerOf(response),
      now(),
    );
    if (format === 'csv' || format === 'xlsx') {
      const { unit, kind } = await getIndicatorOrFail(db, request.params.code);
      const table = figureTable(figures, {
        sheetName: `Indicador ${request.params.code}`,
        unit,
        kind,
        territoryHeader: 'Território',
      });
      const fileBase = `indicador-${request.params.code}-${LEVEL_FILE_NAMES[level]}${year ? `-${year}` : ''}`;
      await sendTable(response, table, fileBase, format);
      return;
    }
    response.json(figures.map(figureToJson));
  });

  /**
   * The indicator page's table of municípios as it shows: found by `search` (part of the name) and
   * sorted by `sort`/`direction`, every page, with each município's região.
   */
  api.get('/indicators/:code/municipalities', async (request, response) => {
    const query = ZMunicipalityTableQuerySchema.extend({ format: ZFormatSchema }).safeParse({
      ...request.query,
      code: request.params.code,
    });
    if (!query.success) throw new AppError('BAD_REQUEST', inputErrorMessage(query.error));
    const { format, ...table } = query.data;
    const figures = await listMunicipalityFigures(db, table, readerOf(response), now());
    if (format === 'csv' || format === 'xlsx') {
      const { unit, kind } = await getIndicatorOrFail(db, table.code);
      const file = figureTable(figures, {
        sheetName: `Indicador ${table.code}`,
        unit,
        kind,
        territoryHeader: 'Município',
        extra: [{ header: 'Região de saúde', type: 'text', valueOf: (figure) => figure.regionName }],
      });
      const fileBase = `indicador-${table.code}-municipios-${table.year}${table.search.trim() ? '-filtrado' : ''}`;
      await sendTable(response, file, fileBase, format);
      return;
    }
    response.json(figures.map((figure) => ({ ...figureToJson(figure), regionName: figure.regionName })));
  });

  /** Every indicator × every territory of one level (optionally inside one territory) in one year. */
  api.get('/scorecard', async (request, response) => {
    const query = ZScorecardQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError('BAD_REQUEST', inputErrorMessage(query.error));
    const { year, level, territory, format } = query.data;
    const rows = await getScorecardFigures(
      db,
      { year, level, territoryCode: territory },
      readerOf(response),
      now(),
    );
    const fileBase = `painel-${LEVEL_FILE_NAMES[level]}-${year}${territory ? `-${territory}` : ''}`;
    await sendScorecard(response, rows, { sheetName: `Painel ${year}`, fileBase, format });
  });

  /**
   * What the matriz page shows, in the same rows as the scorecard: for each indicator, Mato Grosso
   * (the matriz's reference column) and then the territories of the level. Its own file name, so a
   * file downloaded from the matriz does not read "painel".
   */
  api.get('/matrix', async (request, response) => {
    const query = ZMatrixQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError('BAD_REQUEST', inputErrorMessage(query.error));
    const { year, level, territory, format } = query.data;
    const reader = readerOf(response);
    const [stateRows, levelRows] = await Promise.all([
      getScorecardFigures(db, { year, level: 'state' }, reader, now()),
      getScorecardFigures(db, { year, level, territoryCode: territory }, reader, now()),
    ]);
    const rows = stateRows.flatMap((stateRow) => [
      stateRow,
      ...levelRows.filter((row) => row.indicatorCode === stateRow.indicatorCode),
    ]);
    const fileBase = `matriz-${LEVEL_FILE_NAMES[level]}${territory ? `-${territory}` : ''}-${year}`;
    await sendScorecard(response, rows, { sheetName: `Matriz ${year}`, fileBase, format });
  });

  api.get('/indicators/:code/contribution', async (request, response) => {
    const query = ZContributionQuerySchema.safeParse(request.query);
    if (!query.success) throw new AppError('BAD_REQUEST', inputErrorMessage(query.error));
    const { territory, year, format } = query.data;
    const result = await getIndicatorContribution(
      db,
      { code: request.params.code, territoryCode: territory, year },
      readerOf(response),
      now(),
    );
    if (format === 'csv' || format === 'xlsx') {
      const table: ExportTable = {
        sheetName: `Contribuição ${request.params.code}`,
        columns: [
          { header: 'Código', type: 'code' },
          { header: 'Município', type: 'text' },
          { header: 'Numerador', type: 'number', decimals: 0 },
          { header: 'Denominador', type: 'number', decimals: 0 },
          { header: 'Esperado na meta', type: 'number', decimals: 1 },
          { header: 'Diferença (casos)', type: 'number', decimals: 1 },
        ],
        rows: (result.contribution?.rows ?? []).map((row) => [
          row.code,
          row.name,
          row.numerator,
          row.denominator,
          row.expected,
          row.gap,
        ]),
      };
      await sendTable(response, table, `contribuicao-${request.params.code}-${territory}-${year}`, format);
      return;
    }
    response.json({
      figure: result.figure ? figureToJson(result.figure) : null,
      target: result.target,
      totalGap: result.contribution?.totalGap ?? null,
      excess: result.contribution?.excess ?? null,
      rows: result.contribution?.rows ?? [],
    });
  });

  api.use((_request, _response, next) => next(new AppError('NOT_FOUND', 'Endereço da API não encontrado.')));
  return api;
}

/** Turns errors into a JSON body `{ "error": "…" }` with the right status; unknown ones are logged. */
export function apiErrorHandler(
  error: unknown,
  request: Request,
  response: Response,
  _next: NextFunction,
): void {
  if (error instanceof AppError) {
    response.status(HTTP_STATUS[error.code]).json({ error: error.message });
    return;
  }
  // Express's own client errors (a malformed %-escape in the address, a bad JSON body…).
  const status = (error as { status?: unknown }).status;
  if ((error as { type?: unknown }).type === 'entity.too.large') {
    // An import's file, or the small JSON body of another route (the login's is 10 KB).
    const isImport = request.originalUrl.startsWith('/api/v1/imports');
    const limitKb = Math.round(Number((error as { limit?: unknown }).limit) / 1024);
    response.status(413).json({
      error: isImport
        ? `Arquivo grande demais: o limite é ${MAX_IMPORT_MB} MB. Divida o arquivo (por exemplo, um ano por arquivo) e importe cada parte.`
        : `Requisição grande demais (o limite é de ${formatNumber(limitKb, 0)} KB).`,
    });
    return;
  }
  if (typeof status === 'number' && status >= 400 && status < 500) {
    response.status(status).json({ error: 'Endereço ou requisição inválida.' });
    return;
  }
  logError('API', error);
  response.status(500).json({ error: 'Erro interno do servidor.' });
}
