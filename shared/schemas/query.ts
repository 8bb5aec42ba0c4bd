import { normalizeTerritoryCode } from '../domain/territory.ts';
import { MAX_SEARCH_LENGTH, SORT_KEYS } from '../municipality-rows.ts';
import { ZTerritoryLevelSchema, ZYearSchema } from './indicator.ts';
import { z } from './zod-locale.ts';

export const ZIndicatorCodeSchema = z
  .string()
  .trim()
  .min(1, 'Informe o código do indicador.')
  .max(40, 'Código de indicador longo demais: use o código do painel, por exemplo 713.');
/** Every territory code read from a person or a script: a DATASUS 6-digit município comes out as IBGE's 7. */
export const ZTerritoryCodeSchema = z
  .string()
  .trim()
  .regex(
    /^\d{2,7}$/,
    'Código de território inválido: use o código IBGE/DATASUS (ex.: 51, 5103, 51001, 5103403 ou 510340).',
  )
  .transform(normalizeTerritoryCode);

export const ZScorecardInputSchema = z.object({ year: ZYearSchema });
/** The matrix: every indicator for each territory of a level, optionally inside one territory. */
export const ZScorecardLevelInputSchema = z.object({
  year: ZYearSchema,
  level: z.enum(['macro', 'region', 'municipality'], {
    error: 'Nível da matriz desconhecido: use macro, region ou municipality.',
  }),
  territoryCode: ZTerritoryCodeSchema.optional(),
});
export const ZIndicatorInputSchema = z.object({ code: ZIndicatorCodeSchema });
export const ZIndicatorFiguresInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  level: ZTerritoryLevelSchema,
  year: ZYearSchema,
  /** Only the territories inside this one (the map of a macro or região). */
  within: ZTerritoryCodeSchema.optional(),
});
export const ZIndicatorBreakdownInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  level: z.enum(['macro', 'region'], { error: 'Nível desconhecido: a quebra é por macro ou region.' }),
  year: ZYearSchema,
  page: z.number().int().min(1).default(1),
});
export const ZIndicatorSeriesInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  territoryCode: ZTerritoryCodeSchema.optional(),
});
export const ZTerritoryInputSchema = z.object({ code: ZTerritoryCodeSchema, year: ZYearSchema });
/**
 * The map's territory, as its address names it: any text short enough is looked up (one that is no
 * code is simply no territory, and the map says so beside its picker); a 6-digit código becomes 7.
 */
export const ZMapTerritoryInputSchema = z.object({
  code: z
    .string()
    .trim()
    .max(20, 'Código de território longo demais: use o código IBGE (ex.: 51, 5103 ou 51001).')
    .transform((code) => (/^\d{2,7}$/.test(code) ? normalizeTerritoryCode(code) : code)),
});
export const ZIndicatorContributionInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  territoryCode: ZTerritoryCodeSchema,
  year: ZYearSchema,
  /** Only the first rows (those explaining most): the state has every município, 5.570 at national scale. */
  limit: z.number().int().min(1).optional(),
});

/** The indicator page's table of municípios: one page, searched by name and sorted by one column. */
export const ZMunicipalityTableQuerySchema = z.object({
  code: ZIndicatorCodeSchema,
  year: ZYearSchema,
  search: z
    .string()
    .max(MAX_SEARCH_LENGTH, 'Busca longa demais: digite parte do nome do município.')
    .default(''),
  sort: z
    .enum(SORT_KEYS, {
      error: `Coluna de ordenação desconhecida: use ${SORT_KEYS.join(', ')}.`,
    })
    .default('name'),
  direction: z.enum(['asc', 'desc'], { error: 'Ordem desconhecida: use asc ou desc.' }).default('asc'),
});
export const ZMunicipalityTablePageSchema = ZMunicipalityTableQuerySchema.extend({
  page: z.number().int().min(1).default(1),
});
