import { useEffect, useMemo, useRef, useState } from 'react';
import { isYearlyValue } from '../../../../shared/domain/aggregation.ts';
import { searchKey } from '../../../../shared/municipality-rows.ts';
import { SearchToolbar } from '../../components/ui/SearchToolbar.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { LEVEL_NAMES } from '../territories/territory-tree.ts';
import { EntryRow } from './EntryRow.tsx';
import type { CellIndex, DraftEdit, EntryGrid as EntryGridData, GridDrafts } from './entry-drafts.ts';
import { periodHeader } from './entry-labels.ts';
import { nextGridPosition } from './grid-navigation.ts';

type EntryGridProps = {
  grid: EntryGridData;
  cells: CellIndex;
  drafts: GridDrafts;
  currentUserName: string | null;
  selected: { territoryCode: string; period: string } | null;
  /** While a save is on its way, nothing can be typed (the drafts are about to be replaced). */
  isLocked: boolean;
  onEdit: (edit: DraftEdit) => void;
  onSelect: (territoryCode: string, period: string) => void;
};

const SEARCH_FROM_UNITS = 10;

/** Units × periods, two boxes per cell (numerador over denominador; a count has one). */
export function EntryGrid({
  grid,
  cells,
  drafts,
  currentUserName,
  selected,
  isLocked,
  onEdit,
  onSelect,
}: EntryGridProps) {
  const { indicator, units, periods } = grid;
  const [search, setSearch] = useState('');
  const needle = searchKey(search);
  const shownUnits = useMemo(
    () => (needle === '' ? units : units.filter((unit) => searchKey(unit.name).includes(needle))),
    [units, needle],
  );
  const unitLabel = LEVEL_NAMES[indicator.dataLevel];
  const isCount = indicator.kind === 'count';
  const gridRef = useRef<HTMLFieldSetElement>(null);
  const size = { rows: shownUnits.length, cols: periods.length, fields: isCount ? 1 : 2 };
  const sizeRef = useRef(size);
  sizeRef.current = size;

  // Arrows and Enter move between boxes, as in a spreadsheet (grid-navigation.ts); Tab still works.
  useEffect(() => {
    const element = gridRef.current;
    if (!element) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.dataset.row === undefined) return;
      const next = nextGridPosition(
        {
          row: Number(input.dataset.row),
          col: Number(input.dataset.col),
          field: Number(input.dataset.field),
        },
        {
          key: event.key,
          shiftKey: event.shiftKey,
          caretAtStart: input.selectionStart === 0 && input.selectionEnd === 0,
          caretAtEnd: input.selectionStart === input.value.length,
        },
        sizeRef.current,
      );
      const target = next
        ? element.querySelector<HTMLInputElement>(
            `input[data-row="${next.row}"][data-col="${next.col}"][data-field="${next.field}"]`,
          )
        : null;
      if (!target) return;
      event.preventDefault();
      target.focus();
      target.select();
    };
    element.addEventListener('keydown', onKeyDown);
    return () => element.removeEventListener('keydown', onKeyDown);
  }, []);

  if (periods.length === 0)
    return (
      <p className="note" role="status">
        {grid.year} ainda não começou: não há período para digitar. Só se registram valores até o mês em
        curso.
      </p>
    );
  return (
    <div className="entry-grid">
      {units.length > SEARCH_FROM_UNITS && (
        <SearchToolbar
          value={search}
          onChange={setSearch}
          count={{ shown: shownUnits.length, total: units.length }}
        />
      )}
      <p className="note entry-grid__hint">
        {isCount
          ? 'Digite o valor de cada período. '
          : 'Em cada período: numerador na caixa de cima, denominador na de baixo. '}
        Use vírgula para decimais (1.234,5). Deixe a caixa vazia para apagar o valor. Setas e Enter movem
        entre as caixas, como numa planilha.
        {periods.some((period) => isYearlyValue(period, indicator.periodicity)) &&
          ' Num ano encerrado, a coluna "Ano inteiro" recebe o valor do ano (como o TabNet publica os anos fechados): quando preenchida, ela vale pelo ano e os meses ficam guardados, sem contar.'}
      </p>
      <fieldset ref={gridRef} className="entry-grid__fieldset" disabled={isLocked}>
        <legend className="visually-hidden">Valores de {indicator.code}</legend>
        <Table
          caption={`Valores de ${indicator.shortName} — ${grid.year}`}
          isCaptionHidden
          className="entry-table"
        >
          <thead>
            <tr>
              <th scope="col">{unitLabel}</th>
              {periods.map((period) => (
                <th key={period} scope="col" className="numeric" title={grid.closedPeriods[period]}>
                  {periodHeader(period, indicator.periodicity)}
                  {grid.closedPeriods[period] && <span className="row-window">fechado</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownUnits.map((unit, rowIndex) => (
              <EntryRow
                key={unit.code}
                rowIndex={rowIndex}
                unit={unit}
                periods={periods}
                closedPeriods={grid.closedPeriods}
                cells={cells.get(unit.code)}
                drafts={drafts[unit.code]}
                rules={indicator}
                currentUserName={currentUserName}
                selectedPeriod={selected?.territoryCode === unit.code ? selected.period : null}
                onEdit={onEdit}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        </Table>
        {shownUnits.length === 0 && <p className="note">Nenhum município com esse nome.</p>}
      </fieldset>
    </div>
  );
}
