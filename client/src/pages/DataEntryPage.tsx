import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { PANEL_YEARS_TEXT } from '../../../shared/domain/period.ts';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { countLabel } from '../features/data-entry/count-label.ts';
import { EntryDock, type SelectedCell } from '../features/data-entry/EntryDock.tsx';
import { EntryGrid } from '../features/data-entry/EntryGrid.tsx';
import { EntryPicker } from '../features/data-entry/EntryPicker.tsx';
import { useEditableIndicators } from '../features/data-entry/use-editable-indicators.ts';
import { useEntryEditor } from '../features/data-entry/use-entry-editor.ts';
import { useEntryParams } from '../features/data-entry/use-entry-params.ts';
import { useUnsavedChangesWarning } from '../features/data-entry/use-unsaved-changes-warning.ts';
import { PERIODICITY_LABELS } from '../features/indicators/figure-format.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { indicatorPath } from '../lib/url.ts';

export function DataEntryPage() {
  const { code, year, select } = useEntryParams();
  const user = useCurrentUser();
  const editable = useEditableIndicators();
  const editor = useEntryEditor(code, year);
  const [selected, setSelected] = useState<SelectedCell | null>(null);
  usePageTitle(code ? `Digitar ${code}${year === null ? '' : ` · ${year}`}` : 'Digitar valores');
  useUnsavedChangesWarning(editor.changedCount > 0);

  const onSelect = useCallback(
    (territoryCode: string, period: string) =>
      setSelected((current) =>
        current?.territoryCode === territoryCode && current.period === period
          ? current
          : { territoryCode, period },
      ),
    [],
  );

  function changeSelection(next: { code: string; year: number }) {
    if (next.code === code && next.year === year) return;
    if (editor.changedCount > 0) {
      const question = `Você tem ${countLabel(editor.changedCount, 'alteração não salva', 'alterações não salvas')} em ${code}. Trocar mesmo assim? Elas serão descartadas.`;
      if (!window.confirm(question)) return;
    }
    setSelected(null);
    select(next);
  }

  const grid = editor.grid.data;
  const currentUserName = user.data?.displayName ?? null;
  const isSelectionInGrid =
    grid !== undefined &&
    selected !== null &&
    grid.periods.includes(selected.period) &&
    grid.units.some((unit) => unit.code === selected.territoryCode);
  const hasExampleValues = grid?.cells.some((cell) => cell.isExample) ?? false;

  return (
    <>
      <div className="page-heading">
        <h1>Digitar valores</h1>
        <p className="page-heading__lead">
          Escolha o indicador e o ano, digite os valores por município e período e salve. Só as células
          alteradas são enviadas; se a mesma célula tiver sido salva nesse meio-tempo (por outra pessoa ou em
          outra janela), nada é gravado e o painel avisa. Para muitos valores de uma vez, use a{' '}
          <Link to="/importar">importação</Link>.
        </p>
      </div>
      {editable.error ? (
        <PageError error={editable.error} what="a lista de indicadores" />
      ) : !editable.isPending && editable.indicators.length === 0 ? (
        <p className="note">
          Seu perfil não permite digitar valores: a digitação é feita pela coordenadoria responsável por cada
          indicador ou pela Superintendência.
        </p>
      ) : (
        <EntryPicker
          indicators={editable.indicators}
          isPending={editable.isPending}
          code={code}
          year={year}
          onChange={changeSelection}
        />
      )}
      {!editable.isPending && editable.indicators.length === 0 ? null : code === '' ? (
        <p className="note">Escolha um indicador para abrir a grade de digitação.</p>
      ) : year === null ? (
        <ErrorMessage title="Ano inválido" message={`Escolha um ano de ${PANEL_YEARS_TEXT}.`} />
      ) : editor.grid.isError ? (
        <PageError
          error={editor.grid.error}
          what="a grade de digitação"
          notFoundTitle="Indicador não encontrado"
        />
      ) : !grid ? (
        <Loading what="a grade de digitação" />
      ) : (
        <>
          <div className="entry-heading">
            <h2>
              {grid.indicator.shortName} <span className="indicator-code">{grid.indicator.code}</span> —{' '}
              {grid.year}
            </h2>
            <p className="note">
              {PERIODICITY_LABELS[grid.indicator.periodicity]} · {grid.indicator.unit} ·{' '}
              {grid.indicator.kind === 'count'
                ? 'contagem: um valor por período'
                : `numerador: ${grid.indicator.numeratorDefinition}; denominador: ${grid.indicator.denominatorDefinition ?? '—'}`}{' '}
              · <Link to={indicatorPath(grid.indicator.code, { ano: grid.year })}>ver o indicador</Link>
            </p>
          </div>
          {hasExampleValues && (
            <p className="entry-example-note">
              <strong>Dados de exemplo.</strong> Os valores em cinza e itálico foram gerados para demonstração
              e não são oficiais. Digite por cima para registrar o valor real.
            </p>
          )}
          <EntryGrid
            grid={grid}
            cells={editor.cells}
            drafts={editor.drafts}
            currentUserName={currentUserName}
            selected={isSelectionInGrid ? selected : null}
            isLocked={editor.save.isPending}
            onEdit={editor.edit}
            onSelect={onSelect}
          />
          {grid.periods.length > 0 && (
            <EntryDock
              editor={editor}
              grid={grid}
              selected={isSelectionInGrid ? selected : null}
              currentUserName={currentUserName}
            />
          )}
        </>
      )}
    </>
  );
}
