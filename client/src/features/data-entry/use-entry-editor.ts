import { useCallback, useMemo, useState } from 'react';
import { UNUSUAL_REFUSAL } from '../../../../shared/domain/unusual-values.ts';
import { errorMessage } from '../../lib/errors.ts';
import {
  type DraftEdit,
  type DraftSummary,
  editDraft,
  type GridDrafts,
  indexCells,
  NO_DRAFTS,
  revertDraft,
  summarizeDrafts,
} from './entry-drafts.ts';
import { useEntryGrid, useSaveEntryCells } from './use-entry-grid.ts';

const NO_CHANGES: DraftSummary = { toSave: [], invalid: [], staleCount: 0 };

/**
 * The entry grid with the person's edits: the server's cells, the typed drafts (dropped when the
 * indicator or year changes), and saving. A refused save keeps every draft; a reload after a
 * conflict keeps them too, and the next save sends the versions just read.
 */
export function useEntryEditor(code: string, year: number | null) {
  const grid = useEntryGrid(code, year);
  const save = useSaveEntryCells();
  const gridKey = `${code}|${year}`;
  const [state, setState] = useState<{ key: string; drafts: GridDrafts }>({
    key: gridKey,
    drafts: NO_DRAFTS,
  });
  const [isReloaded, setIsReloaded] = useState(false);
  const [justification, setJustification] = useState('');
  /** The grid the last save was for: its outcome is not shown on another grid. */
  const [savedGridKey, setSavedGridKey] = useState<string | null>(null);
  if (state.key !== gridKey) {
    // Another indicator or year (also from the header's year selector): its grid starts clean.
    setState({ key: gridKey, drafts: NO_DRAFTS });
    setIsReloaded(false);
  }
  const drafts = state.key === gridKey ? state.drafts : NO_DRAFTS;

  const update = useCallback(
    (change: (drafts: GridDrafts) => GridDrafts) =>
      setState((current) => ({
        key: gridKey,
        drafts: change(current.key === gridKey ? current.drafts : NO_DRAFTS),
      })),
    [gridKey],
  );
  const edit = useCallback((change: DraftEdit) => update((current) => editDraft(current, change)), [update]);
  const revert = useCallback(
    (territoryCode: string, period: string) =>
      update((current) => revertDraft(current, territoryCode, period)),
    [update],
  );
  const discard = useCallback(() => {
    update(() => NO_DRAFTS);
    save.reset();
    setIsReloaded(false);
  }, [update, save.reset]);

  const cells = useMemo(() => indexCells(grid.data?.cells ?? []), [grid.data]);
  const indicator = grid.data?.indicator;
  const summary = useMemo(
    () => (indicator ? summarizeDrafts(drafts, cells, indicator) : NO_CHANGES),
    [drafts, cells, indicator],
  );

  function submit() {
    if (summary.toSave.length === 0 || summary.invalid.length > 0 || save.isPending) return;
    setIsReloaded(false);
    setSavedGridKey(gridKey);
    // The mutation resolves once the grid was read again: the saved values replace the drafts on screen.
    save.mutate(
      { code, cells: summary.toSave, justification },
      {
        onSuccess: () => {
          update(() => NO_DRAFTS);
          setJustification('');
        },
      },
    );
  }

  async function reload() {
    await grid.refetch();
    save.reset();
    setIsReloaded(true);
  }

  return {
    grid,
    cells,
    justification,
    setJustification,
    /** The last save was refused for values far from their history: the page asks why they are right. */
    needsJustification: save.isError && errorMessage(save.error).includes(UNUSUAL_REFUSAL),
    drafts,
    summary,
    changedCount: summary.toSave.length + summary.invalid.length,
    edit,
    revert,
    discard,
    submit,
    reload,
    save,
    /** The last save's outcome (refused, conflict, saved) belongs to the grid on screen. */
    isSaveOutcomeShown: savedGridKey === gridKey && !save.isIdle,
    isReloaded: isReloaded && savedGridKey === gridKey,
  };
}

export type EntryEditor = ReturnType<typeof useEntryEditor>;
