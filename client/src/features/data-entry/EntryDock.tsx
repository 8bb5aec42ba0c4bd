import { useState } from 'react';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
import { countLabel } from './count-label.ts';
import {
  describeSaveProblem,
  draftProblem,
  type EntryGrid,
  readDraft,
  type SaveCell,
} from './entry-drafts.ts';
import { cellName, savedByText } from './entry-labels.ts';
import type { EntryEditor } from './use-entry-editor.ts';
import { ValueHistory } from './ValueHistory.tsx';

export type SelectedCell = { territoryCode: string; period: string };

type EntryDockProps = {
  editor: EntryEditor;
  grid: EntryGrid;
  selected: SelectedCell | null;
  currentUserName: string | null;
};

/**
 * Stays at the bottom of the window while the grid scrolls: the focused cell (who saved it, its
 * history), what happened to the last save, and the save and discard buttons.
 */
export function EntryDock({ editor, grid, selected, currentUserName }: EntryDockProps) {
  const unitNames = new Map(grid.units.map((unit) => [unit.code, unit.name]));
  const nameOf = (cell: { territoryCode: string; period: string }) =>
    cellName(
      unitNames.get(cell.territoryCode) ?? cell.territoryCode,
      cell.period,
      grid.indicator.periodicity,
    );
  return (
    <section className="entry-dock" aria-label="Salvar e conferir valores">
      <SaveOutcome editor={editor} nameOf={nameOf} />
      {selected && (
        <SelectedCellPanel
          editor={editor}
          grid={grid}
          selected={selected}
          name={nameOf(selected)}
          currentUserName={currentUserName}
        />
      )}
      <SaveBar editor={editor} nameOf={nameOf} />
    </section>
  );
}

type NameOf = (cell: { territoryCode: string; period: string }) => string;

function SelectedCellPanel({
  editor,
  grid,
  selected,
  name,
  currentUserName,
}: {
  editor: EntryEditor;
  grid: EntryGrid;
  selected: SelectedCell;
  name: string;
  currentUserName: string | null;
}) {
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const cell = editor.cells.get(selected.territoryCode)?.get(selected.period);
  const draft = editor.drafts[selected.territoryCode]?.[selected.period];
  const read = draft ? readDraft(draft, cell, grid.indicator) : null;
  const problem = read?.isChanged ? draftProblem(read) : null;
  const savedBy = savedByText(cell, currentUserName);
  return (
    <div className="entry-dock__cell">
      <p className="entry-dock__cell-line">
        <strong>{name}</strong>
        {savedBy ? ` — ${savedBy}` : ' — sem valor gravado'}
        {read?.isChanged && read.isStale && (
          <span className="entry-dock__stale"> · salvo de novo enquanto você editava</span>
        )}
      </p>
      {problem && <p className="entry-dock__problem">{problem}</p>}
      <div className="entry-dock__cell-actions">
        {draft && (
          <button
            type="button"
            className="button button--secondary entry-dock__small"
            onClick={() => editor.revert(selected.territoryCode, selected.period)}
          >
            Desfazer nesta célula
          </button>
        )}
        <button
          type="button"
          className="button button--secondary entry-dock__small"
          aria-expanded={isHistoryOpen}
          onClick={() => setIsHistoryOpen((isOpen) => !isOpen)}
        >
          {isHistoryOpen ? 'Ocultar histórico' : 'Ver histórico'}
        </button>
      </div>
      {isHistoryOpen && (
        <ValueHistory
          cell={{ code: grid.indicator.code, ...selected }}
          name={name}
          kind={grid.indicator.kind}
        />
      )}
    </div>
  );
}

function SaveOutcome({ editor, nameOf }: { editor: EntryEditor; nameOf: NameOf }) {
  const { save, summary, changedCount } = editor;
  if (!editor.isSaveOutcomeShown && !editor.isReloaded) return null;
  if (save.isError) {
    const code = errorCode(save.error);
    if (code === 'CONFLICT') {
      return (
        <ErrorMessage
          title="Os valores mudaram depois que você abriu a página"
          message={errorMessage(save.error)}
        >
          <p>Suas alterações continuam na tela: nada do que você digitou foi perdido.</p>
          <p>
            <button type="button" className="button" onClick={() => void editor.reload()}>
              Recarregar valores do servidor
            </button>
          </p>
        </ErrorMessage>
      );
    }
    if (code === 'UNAUTHORIZED') {
      return (
        <ErrorMessage
          title="Sua sessão terminou"
          message="Nada foi salvo, mas o que você digitou continua aqui."
        >
          <p>
            <a href="/login" target="_blank" rel="noopener">
              Entre de novo numa nova aba
            </a>
            , volte a esta aba e clique em Salvar outra vez.
          </p>
        </ErrorMessage>
      );
    }
    const sent: readonly SaveCell[] = save.variables?.cells ?? [];
    const message =
      code === 'UNPROCESSABLE_CONTENT'
        ? describeSaveProblem(errorMessage(save.error), sent, nameOf)
        : errorMessage(save.error);
    return <ErrorMessage title="Nada foi salvo" message={message} />;
  }
  if (editor.isReloaded) {
    return (
      <p className="entry-notice" role="status">
        Valores do servidor recarregados; suas alterações continuam na tela.{' '}
        {summary.staleCount > 0
          ? `${countLabel(summary.staleCount, 'célula que você alterou foi salva', 'células que você alterou foram salvas')} de novo enquanto você editava, nesta ou em outra janela (marcadas em laranja): confira e salve outra vez.`
          : 'Confira e salve de novo.'}
      </p>
    );
  }
  if (save.isSuccess && changedCount === 0) {
    const { changed, removed } = save.data;
    return (
      <p className="entry-notice entry-notice--success" role="status">
        Alterações salvas: {countLabel(changed, 'valor gravado', 'valores gravados')}
        {removed > 0 && ` e ${countLabel(removed, 'valor apagado', 'valores apagados')}`}.
      </p>
    );
  }
  return null;
}

const LISTED_PROBLEMS = 3;

function SaveBar({ editor, nameOf }: { editor: EntryEditor; nameOf: NameOf }) {
  const { summary, changedCount, save } = editor;
  const isSaving = save.isPending;
  const invalid = summary.invalid;
  function discard() {
    const question = `Descartar ${countLabel(changedCount, 'alteração não salva', 'alterações não salvas')}? As células voltam a mostrar os valores do servidor.`;
    if (window.confirm(question)) editor.discard();
  }
  return (
    <div className="entry-savebar">
      <div className="entry-savebar__status" aria-live="polite">
        {changedCount === 0 ? (
          <span className="note">Nenhuma alteração por salvar.</span>
        ) : (
          <span>
            {countLabel(
              changedCount,
              'célula alterada ainda não salva',
              'células alteradas ainda não salvas',
            )}
            .
          </span>
        )}
        {invalid.length > 0 && (
          <div className="entry-savebar__invalid">
            <strong>
              Corrija {countLabel(invalid.length, 'célula marcada', 'células marcadas')} antes de salvar:
            </strong>
            <ul>
              {invalid.slice(0, LISTED_PROBLEMS).map((cell) => (
                <li key={`${cell.territoryCode}|${cell.period}`}>
                  {nameOf(cell)}: {cell.problem}
                </li>
              ))}
              {invalid.length > LISTED_PROBLEMS && (
                <li>e mais {countLabel(invalid.length - LISTED_PROBLEMS, 'célula', 'células')}.</li>
              )}
            </ul>
          </div>
        )}
      </div>
      {(editor.needsJustification || editor.justification !== '') && (
        <div className="import-form__field entry-savebar__justification">
          <label htmlFor="justificativa-digitacao">
            Justificativa dos valores fora do habitual (fica com o valor, no histórico e na auditoria)
          </label>
          <textarea
            id="justificativa-digitacao"
            rows={2}
            maxLength={1000}
            value={editor.justification}
            onChange={(event) => editor.setJustification(event.target.value)}
          />
        </div>
      )}
      <div className="entry-savebar__actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={changedCount === 0 || isSaving}
          onClick={discard}
        >
          Descartar alterações
        </button>
        <button
          type="button"
          className="button"
          disabled={summary.toSave.length === 0 || invalid.length > 0 || isSaving}
          onClick={editor.submit}
        >
          {isSaving ? 'Salvando…' : `Salvar alterações (${changedCount})`}
        </button>
      </div>
    </div>
  );
}
