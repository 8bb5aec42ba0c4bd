/**
 * What the person typed in the entry grid, kept apart from what the server holds: only changed
 * cells are sent, each with the version the page showed, and nothing typed is lost when a save is
 * refused.
 */
import { numberProblems } from '../../../../shared/domain/data-value-rules.ts';
import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import type { Periodicity } from '../../../../shared/domain/period.ts';
import type { ValidationRule } from '../../../../shared/domain/validation-rules.ts';
import type { TEntrySaveInput } from '../../../../shared/schemas/data-entry.ts';
import type { RouterOutputs } from '../../lib/trpc.ts';
import { parseCellText } from './cell-number.ts';

export type EntryGrid = RouterOutputs['dataEntry']['grid'];
export type EntryCell = EntryGrid['cells'][number];
export type SaveCell = TEntrySaveInput['cells'][number];
export type ValueHalf = 'numerator' | 'denominator';

/** A typed half as text, or null when that half was not touched (the server's value stands). */
export type CellDraft = {
  numerator: string | null;
  denominator: string | null;
  /** The cell's version when the edit began (null: it was empty), to notice a save by someone else. */
  baseVersion: number | null;
};

/** Drafts by município (territory code), then by period. Updated immutably, one row at a time. */
export type UnitDrafts = Readonly<Record<string, CellDraft>>;
export type GridDrafts = Readonly<Record<string, UnitDrafts>>;

/** Stored cells by município, then by period. */
export type CellIndex = ReadonlyMap<string, ReadonlyMap<string, EntryCell>>;

export type EntryRules = {
  kind: IndicatorKind;
  isProportion: boolean;
  periodicity: Periodicity;
  validationRules: readonly ValidationRule[];
};

export const NO_DRAFTS: GridDrafts = Object.freeze({});

export type DraftEdit = {
  territoryCode: string;
  period: string;
  half: ValueHalf;
  text: string;
  /** The stored cell the edit starts from. */
  cell: EntryCell | undefined;
};

export function indexCells(cells: readonly EntryCell[]): CellIndex {
  const index = new Map<string, Map<string, EntryCell>>();
  for (const cell of cells) {
    const byPeriod = index.get(cell.territoryCode) ?? new Map<string, EntryCell>();
    byPeriod.set(cell.period, cell);
    index.set(cell.territoryCode, byPeriod);
  }
  return index;
}

/** The drafts with one half of one cell retyped; every other row keeps its object (memoised rows). */
export function editDraft(drafts: GridDrafts, edit: DraftEdit): GridDrafts {
  const row = drafts[edit.territoryCode] ?? {};
  const current: CellDraft = row[edit.period] ?? {
    numerator: null,
    denominator: null,
    baseVersion: edit.cell?.version ?? null,
  };
  const next: CellDraft = { ...current, [edit.half]: edit.text };
  return { ...drafts, [edit.territoryCode]: { ...row, [edit.period]: next } };
}

/** The drafts without one cell's edit: the cell shows the server's value again. */
export function revertDraft(drafts: GridDrafts, territoryCode: string, period: string): GridDrafts {
  const row = drafts[territoryCode];
  if (!row?.[period]) return drafts;
  const { [period]: _reverted, ...rest } = row;
  const { [territoryCode]: _row, ...others } = drafts;
  return Object.keys(rest).length === 0 ? others : { ...others, [territoryCode]: rest };
}

export type ReadDraft = {
  numerator: number | null;
  denominator: number | null;
  numeratorProblem: string | null;
  denominatorProblem: string | null;
  /** A rule the pair breaks (negative, not whole for a count, numerator above a proportion's denominator). */
  valueProblem: string | null;
  isChanged: boolean;
  /** Someone saved this cell after the edit began (seen once the grid is reloaded). */
  isStale: boolean;
};

function readHalf(
  text: string | null,
  stored: number | null,
): { value: number | null; problem: string | null } {
  if (text === null) return { value: stored, problem: null };
  const parsed = parseCellText(text);
  return 'problem' in parsed
    ? { value: null, problem: parsed.problem }
    : { value: parsed.value, problem: null };
}

/** A draft read against the stored cell: its numbers, what is wrong with it, whether it changes anything. */
export function readDraft(draft: CellDraft, cell: EntryCell | undefined, rules: EntryRules): ReadDraft {
  const isCount = rules.kind === 'count';
  const numerator = readHalf(draft.numerator, cell?.numerator ?? null);
  // A count has no denominator: the cell holds the count alone.
  const denominator = isCount
    ? { value: null, problem: null }
    : readHalf(draft.denominator, cell?.denominator ?? null);
  const isParsed = numerator.problem === null && denominator.problem === null;
  const isEmpty = numerator.value === null && denominator.value === null;
  const valueProblem =
    isParsed && !isEmpty
      ? // The population bound needs the server; every other rule answers as the person types.
        (numberProblems({ numerator: numerator.value, denominator: denominator.value }, rules)[0]?.message ??
        null)
      : null;
  const isChanged =
    !isParsed ||
    numerator.value !== (cell?.numerator ?? null) ||
    (!isCount && denominator.value !== (cell?.denominator ?? null));
  return {
    numerator: numerator.value,
    denominator: denominator.value,
    numeratorProblem: numerator.problem,
    denominatorProblem: denominator.problem,
    valueProblem,
    isChanged,
    isStale: (cell?.version ?? null) !== draft.baseVersion,
  };
}

export function draftProblem(read: ReadDraft): string | null {
  return read.numeratorProblem ?? read.denominatorProblem ?? read.valueProblem;
}

export type InvalidCell = { territoryCode: string; period: string; problem: string };

export type DraftSummary = {
  /** Ready to send: changed cells with the version the grid shows now. */
  toSave: SaveCell[];
  invalid: InvalidCell[];
  /** Changed cells someone else saved after the edit began. */
  staleCount: number;
};

/** Everything typed, against what the grid holds now (after a reload, the versions are the new ones). */
export function summarizeDrafts(drafts: GridDrafts, cells: CellIndex, rules: EntryRules): DraftSummary {
  const toSave: SaveCell[] = [];
  const invalid: InvalidCell[] = [];
  let staleCount = 0;
  for (const [territoryCode, row] of Object.entries(drafts)) {
    for (const [period, draft] of Object.entries(row)) {
      const cell = cells.get(territoryCode)?.get(period);
      const read = readDraft(draft, cell, rules);
      if (!read.isChanged) continue;
      if (read.isStale) staleCount += 1;
      const problem = draftProblem(read);
      if (problem) {
        invalid.push({ territoryCode, period, problem });
        continue;
      }
      toSave.push({
        territoryCode,
        period,
        numerator: read.numerator,
        denominator: read.denominator,
        expectedVersion: cell?.version ?? null,
      });
    }
  }
  return { toSave, invalid, staleCount };
}

/**
 * The server names a refused value by its line among the typed (not cleared) cells sent, "Linha 3:
 * …"; on the grid the person needs the município and the month instead.
 */
export function describeSaveProblem(
  message: string,
  sent: readonly SaveCell[],
  cellName: (cell: SaveCell) => string,
): string {
  const match = /^Linha (\d+): ([\s\S]*)$/.exec(message);
  if (!match) return message;
  const typed = sent.filter((cell) => cell.numerator !== null || cell.denominator !== null);
  const cell = typed[Number(match[1]) - 1];
  return cell ? `${cellName(cell)}: ${match[2]}` : message;
}
