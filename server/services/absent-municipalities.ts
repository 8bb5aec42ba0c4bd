/**
 * TabNet leaves out the municípios with nothing to count in the chosen periods (unless "Exibir linhas
 * zeradas" is ticked): in a file of the whole state, each município of Mato Grosso absent from it is a
 * zero for every period column. The file's Total check makes this safe against a cut download; a title
 * selection (a região, a list of municípios) or a real value already stored says the file is a part of
 * the state, and then nothing is filled.
 */
import { expectedPeriods, yearOf } from '../../shared/domain/period.ts';
import { formatNumber, formatPeriod } from '../../shared/format.ts';
import type { RowProblem } from '../../shared/import/problems.ts';
import { compareText } from '../../shared/text.ts';
import type { StoredValue } from '../db/repositories/data-value-repository.ts';
import type { TerritoryRow } from '../db/repositories/territory-repository.ts';
import type { parseTabnet } from '../import/tabnet.ts';

export type ValueHalf = 'numerator' | 'denominator';

const fileProblem = (reason: string): RowProblem => ({ line: 0, column: '', reason });

const HALF_LABELS = { numerator: 'numerador', denominator: 'denominador' } as const;
/** Absent municípios named in the preview's warning; the rest are counted. */
const MAX_NAMED = 40;

/**
 * Municípios of Mato Grosso absent from a whole-state TabNet file enter as 0 for each period column
 * (TabNet hides rows with nothing to count). Only for a file with nothing else wrong (a refused file
 * needs no filling, and its report stays short). A real non-zero value already stored for an absent
 * município means the file is a cut, not the state: refused once, naming the first ones.
 */
export function fillAbsentMunicipalities(input: {
  parsed: ReturnType<typeof parseTabnet>;
  municipalities: readonly TerritoryRow[];
  storedOf: (territoryCode: string, period: string) => StoredValue | undefined;
  half: ValueHalf;
  warnings: RowProblem[];
  problems: RowProblem[];
  add: (municipality: TerritoryRow, period: string) => void;
}): number {
  const { parsed, half } = input;
  if (input.problems.length > 0 || parsed.cells.length === 0) return 0;
  if (parsed.territorySelection !== null) {
    input.warnings.push(
      fileProblem(
        `o arquivo é um recorte (${parsed.territorySelection}): os municípios que não aparecem nele ficam como estão.`,
      ),
    );
    return 0;
  }
  const present = new Set(parsed.cells.map((cell) => cell.ibge.slice(0, 6)));
  const absent = input.municipalities.filter((municipality) => !present.has(municipality.code.slice(0, 6)));
  const fills: { municipality: TerritoryRow; period: string }[] = [];
  const kept: string[] = [];
  for (const municipality of absent) {
    for (const period of parsed.periods) {
      if (municipality.installedYear !== null && yearOf(period) < municipality.installedYear) continue;
      // A zero for a whole year would stand over the year's months: those are checked too.
      const covered =
        period.length === 4 ? [period, ...expectedPeriods('monthly', yearOf(period))] : [period];
      const real = covered.flatMap((key) => {
        const current = input.storedOf(municipality.code, key);
        const value = current?.[half];
        return current && !current.isExample && value !== null && value !== undefined && value !== 0
          ? [{ key, value }]
          : [];
      });
      const first = real[0];
      if (first)
        kept.push(
          `${municipality.name} (${formatNumber(first.value, Number.isInteger(first.value) ? 0 : 2)} em ${formatPeriod(first.key)})`,
        );
      else fills.push({ municipality, period });
    }
  }
  if (kept.length > 0) {
    const names = kept.slice(0, 5).join(', ') + (kept.length > 5 ? ` e mais ${kept.length - 5}` : '');
    input.problems.push(
      fileProblem(
        `o arquivo parece ser só uma parte do estado: não traz municípios que já têm ${HALF_LABELS[half]} gravado, como ${names}. Baixe o estado inteiro; se esses valores agora são zero, marque "Exibir linhas zeradas" no TabNet e baixe de novo.`,
      ),
    );
    return 0;
  }
  for (const fill of fills) input.add(fill.municipality, fill.period);
  const names = [...new Set(fills.map((fill) => fill.municipality.name))].sort((a, b) => compareText(a, b));
  const filled = names.length;
  if (filled > 0)
    input.warnings.push(
      fileProblem(
        `${filled} ${filled === 1 ? 'município de Mato Grosso não aparece' : 'municípios de Mato Grosso não aparecem'} no arquivo e ${filled === 1 ? 'entra' : 'entram'} com 0 em cada coluna (o TabNet omite as linhas zeradas): ${names.slice(0, MAX_NAMED).join(', ')}${filled > MAX_NAMED ? ` e mais ${filled - MAX_NAMED}` : ''}.`,
      ),
    );
  return filled;
}
