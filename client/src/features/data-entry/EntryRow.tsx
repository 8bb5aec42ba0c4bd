import { memo } from 'react';
import { isComplete, isYearlyValue } from '../../../../shared/domain/aggregation.ts';
import { cellText } from './cell-number.ts';
import {
  type CellDraft,
  type DraftEdit,
  draftProblem,
  type EntryCell,
  type EntryRules,
  type ReadDraft,
  readDraft,
  type UnitDrafts,
} from './entry-drafts.ts';
import { cellName, savedByText } from './entry-labels.ts';

export type EntryUnit = { code: string; name: string };

type EntryRowProps = {
  /** Position among the rows shown, for moving between boxes from the keyboard. */
  rowIndex: number;
  unit: EntryUnit;
  periods: readonly string[];
  /** Periods of months closed at the reunião de condução, with why: shown, not typed into. */
  closedPeriods: Readonly<Record<string, string>>;
  /** This unit's stored cells by period (the same object until the grid is read again). */
  cells: ReadonlyMap<string, EntryCell> | undefined;
  /** This unit's drafts by period (the same object until one of them is retyped). */
  drafts: UnitDrafts | undefined;
  rules: EntryRules;
  currentUserName: string | null;
  /** The period of the cell with focus, when it is in this row. */
  selectedPeriod: string | null;
  onEdit: (edit: DraftEdit) => void;
  onSelect: (territoryCode: string, period: string) => void;
};

/** One município: memoised, so typing in one row redraws that row only. */
export const EntryRow = memo(function EntryRow({
  rowIndex,
  unit,
  periods,
  closedPeriods,
  cells,
  drafts,
  rules,
  currentUserName,
  selectedPeriod,
  onEdit,
  onSelect,
}: EntryRowProps) {
  // A whole yearly value stands for the year: the months stay, but do not count (shown as such).
  const yearlyStands = periods.some((period) => {
    const cell = cells?.get(period);
    return isYearlyValue(period, rules.periodicity) && cell !== undefined && isComplete(cell, rules.kind);
  });
  return (
    <tr>
      <th scope="row" className="entry-grid__unit">
        {unit.name}
      </th>
      {periods.map((period, colIndex) => (
        <EntryCellView
          key={period}
          position={{ row: rowIndex, col: colIndex }}
          unit={unit}
          period={period}
          cell={cells?.get(period)}
          draft={drafts?.[period]}
          rules={rules}
          currentUserName={currentUserName}
          isSelected={period === selectedPeriod}
          closedReason={closedPeriods[period] ?? null}
          isNotCounted={
            yearlyStands && !isYearlyValue(period, rules.periodicity) && cells?.get(period) !== undefined
          }
          onEdit={onEdit}
          onSelect={onSelect}
        />
      ))}
    </tr>
  );
});

type EntryCellViewProps = {
  position: { row: number; col: number };
  unit: EntryUnit;
  period: string;
  cell: EntryCell | undefined;
  draft: CellDraft | undefined;
  rules: EntryRules;
  currentUserName: string | null;
  isSelected: boolean;
  /** Why the cell's month is closed, when it is. */
  closedReason: string | null;
  /** A month of a year that has a whole yearly value: kept, not counted. */
  isNotCounted: boolean;
  onEdit: (edit: DraftEdit) => void;
  onSelect: (territoryCode: string, period: string) => void;
};

function cellClassName(
  read: ReadDraft | null,
  cell: EntryCell | undefined,
  isSelected: boolean,
  isNotCounted: boolean,
): string {
  const isChanged = read?.isChanged === true;
  return [
    'entry-cell',
    isNotCounted && 'entry-cell--not-counted',
    isChanged && 'entry-cell--changed',
    isChanged && read && draftProblem(read) && 'entry-cell--invalid',
    isChanged && read?.isStale && 'entry-cell--stale',
    !isChanged && cell?.isExample && 'entry-cell--example',
    isSelected && 'entry-cell--selected',
  ]
    .filter(Boolean)
    .join(' ');
}

/** Short, to fit the cell; the full sentence is in the tooltip and in the panel below the grid. */
function shortProblem(read: ReadDraft): string | null {
  if (!read.isChanged) return null;
  if (read.numeratorProblem || read.denominatorProblem) return 'Não é um número';
  return read.valueProblem ? 'Valor inválido' : null;
}

function EntryCellView({
  position,
  unit,
  period,
  cell,
  draft,
  rules,
  currentUserName,
  isSelected,
  closedReason,
  isNotCounted,
  onEdit,
  onSelect,
}: EntryCellViewProps) {
  const read = draft ? readDraft(draft, cell, rules) : null;
  const isCount = rules.kind === 'count';
  const label = cellName(unit.name, period, rules.periodicity);
  const problem = read ? shortProblem(read) : null;
  const problemId = `entrada-${unit.code}-${period}-problema`;
  const savedBy = savedByText(cell, currentUserName);
  const title = [
    closedReason,
    isNotCounted ? 'não conta: vale o valor do ano inteiro' : null,
    read?.isChanged && read.isStale ? 'salvo de novo enquanto você editava' : null,
    read ? draftProblem(read) : null,
    savedBy,
  ]
    .filter(Boolean)
    .join(' · ');
  const select = () => onSelect(unit.code, period);
  return (
    <td className={cellClassName(read, cell, isSelected, isNotCounted)} title={title || undefined}>
      <input
        className="entry-cell__input"
        type="text"
        inputMode="decimal"
        autoComplete="off"
        aria-label={`${label}, ${isCount ? 'valor' : 'numerador'}`}
        data-row={position.row}
        data-col={position.col}
        data-field={0}
        aria-invalid={read?.numeratorProblem || (read?.isChanged && read.valueProblem) ? true : undefined}
        aria-describedby={problem ? problemId : undefined}
        placeholder={isCount ? undefined : 'num.'}
        readOnly={closedReason !== null}
        value={draft?.numerator ?? cellText(cell?.numerator ?? null)}
        onFocus={select}
        onChange={(event) =>
          onEdit({ territoryCode: unit.code, period, half: 'numerator', text: event.target.value, cell })
        }
      />
      {!isCount && (
        <input
          className="entry-cell__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          aria-label={`${label}, denominador`}
          data-row={position.row}
          data-col={position.col}
          data-field={1}
          aria-invalid={read?.denominatorProblem ? true : undefined}
          aria-describedby={problem ? problemId : undefined}
          placeholder="den."
          readOnly={closedReason !== null}
          value={draft?.denominator ?? cellText(cell?.denominator ?? null)}
          onFocus={select}
          onChange={(event) =>
            onEdit({ territoryCode: unit.code, period, half: 'denominator', text: event.target.value, cell })
          }
        />
      )}
      {problem && (
        <span className="entry-cell__problem" id={problemId}>
          {problem}
        </span>
      )}
    </td>
  );
}
