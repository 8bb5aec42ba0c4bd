/**
 * Reads the territorial composition from `data/territory/` (município → região de saúde →
 * macrorregião → estado). Composition is data: a manager edits the CSVs to move a município or a
 * região, and the next start applies it.
 */

import { STATE_CODE } from '../../shared/domain/territory.ts';
import { readCsv } from './data-files.ts';
import type { PopulationRow, TerritoryRow } from './repositories/territory-repository.ts';

function optionalNumber(text: string | undefined): number | null {
  return text === undefined || text === '' ? null : Number(text);
}

export function readTerritoryFiles(): { territories: TerritoryRow[]; populations: PopulationRow[] } {
  const base = { ibge6: null, isCapital: false, latitude: null, longitude: null, installedYear: null };
  const state: TerritoryRow = {
    ...base,
    code: STATE_CODE,
    level: 'state',
    name: 'Mato Grosso',
    shortName: 'MT',
    parentCode: null,
    macroCode: null,
    regionCode: null,
  };
  const macros: TerritoryRow[] = readCsv('territory/macrorregioes.csv').map((row) => ({
    ...base,
    code: String(row.cod_macrorregiao),
    level: 'macro',
    name: String(row.macrorregiao),
    shortName: String(row.nome_curto),
    parentCode: STATE_CODE,
    macroCode: null,
    regionCode: null,
  }));
  const regions: TerritoryRow[] = readCsv('territory/regioes_saude.csv').map((row) => ({
    ...base,
    code: String(row.cod_regiao_saude),
    level: 'region',
    name: String(row.regiao_saude),
    shortName: null,
    parentCode: String(row.cod_macrorregiao),
    macroCode: String(row.cod_macrorregiao),
    regionCode: null,
  }));
  const macroOfRegion = new Map(regions.map((region) => [region.code, region.macroCode]));
  const municipalities: TerritoryRow[] = readCsv('territory/municipios.csv').map((row) => {
    const regionCode = String(row.cod_regiao_saude);
    const macroCode = macroOfRegion.get(regionCode);
    if (!macroCode)
      throw new Error(`municipios.csv: ${row.municipio} aponta para a região ${regionCode}, que não existe.`);
    return {
      code: String(row.ibge7),
      level: 'municipality',
      name: String(row.municipio),
      shortName: null,
      parentCode: regionCode,
      macroCode,
      regionCode,
      ibge6: String(row.ibge6),
      isCapital: row.capital === '1',
      latitude: optionalNumber(row.latitude),
      longitude: optionalNumber(row.longitude),
      installedYear: optionalNumber(row.ano_instalacao),
    };
  });
  const populations: PopulationRow[] = readCsv('territory/populacao_ibge.csv').map((row) => ({
    territoryCode: String(row.ibge7),
    year: Number(row.ano),
    population: Number(row.populacao),
    source: String(row.fonte),
  }));
  return { territories: [state, ...macros, ...regions, ...municipalities], populations };
}
