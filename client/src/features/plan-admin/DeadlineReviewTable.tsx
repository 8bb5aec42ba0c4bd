import { Fragment, useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { actionPath } from '../actions/action-search.ts';
import { Notice } from './Notice.tsx';
import {
  type DatesDraft,
  datesDraft,
  isDraftChanged,
  type ReviewRow,
  reviewStatusLabel,
  setDatesInput,
} from './review.ts';
import { useSetDates } from './use-plan-admin.ts';
import { useVersionedDraft } from './use-versioned-draft.ts';

const COLUMNS = [
  'Código',
  'Ação',
  'Prazo como escrito',
  'Início',
  'Término',
  'Situação',
  { label: 'Salvar', isLabelHidden: true },
] as const;

/** One line per prazo the parser could not read; each saves its own dates. */
export function DeadlineReviewTable({ rows }: { rows: readonly ReviewRow[] }) {
  const [notice, setNotice] = useState('');
  return (
    <>
      <Table caption="Prazos que não puderam ser lidos como datas" isCaptionHidden className="review-table">
        <TableHead columns={COLUMNS} />
        <tbody>
          {rows.map((row) => (
            <ReviewLine key={`${row.kind}:${row.code}`} row={row} onSaved={setNotice} />
          ))}
        </tbody>
      </Table>
      <Notice text={notice} onClose={() => setNotice('')} />
    </>
  );
}

/**
 * Saves against the version the row was read with; after a refusal (someone saved in between) the
 * typed dates stay until the admin chooses to load the current ones.
 */
/** `onSaved('')` when a new attempt starts: the previous notice must not cover this row's error. */
function ReviewLine({ row, onSaved }: { row: ReviewRow; onSaved: (notice: string) => void }) {
  const id = useId();
  const setDates = useSetDates();
  const editor = useVersionedDraft(() => datesDraft(row), row.version, setDates);
  const { draft, problems, message } = editor;
  // A changed date takes its problem away at once; the server's sentence stays until the next save.
  const change = (changes: Partial<DatesDraft>) => {
    editor.change(changes);
    editor.clearProblems();
  };
  // A row always has a version: `??` only tells the type so.
  const version = editor.version ?? row.version;
  const kindLabel = row.kind === 'operational' ? 'Ação operacional' : 'Ação estratégica';
  const formId = `${id}-form`;

  function save() {
    onSaved('');
    editor.send(setDatesInput(row, draft, version), () => {
      // The server adds one to the version it accepted; the refreshed list shows the same.
      editor.setVersion(version + 1);
      onSaved(`Datas da ação ${row.code} salvas.`);
    });
  }

  const isUnchangedAndSet = row.isSet && !isDraftChanged(row, draft) && version === row.version;
  const dateInput = (field: keyof DatesDraft, label: string, limits: { min?: string; max?: string }) => (
    <td>
      <input
        type="date"
        form={formId}
        className="review-row__date"
        aria-label={`${label} de ${row.code}`}
        value={draft[field]}
        {...limits}
        aria-invalid={problems ? true : undefined}
        onChange={(event) => change({ [field]: event.target.value })}
      />
    </td>
  );

  return (
    <Fragment>
      <tr className="review-row" aria-describedby={message ? `${id}-erro` : undefined}>
        <th scope="row" className="nowrap">
          {row.kind === 'operational' ? (
            <Link to={actionPath(row.code)} title="Abrir a ação">
              {row.code}
            </Link>
          ) : (
            row.code
          )}
          <span className="secondary-text">{kindLabel}</span>
        </th>
        <td className="review-row__text">{row.text}</td>
        <td>
          <q>{row.deadlineText}</q>
        </td>
        {dateInput('startsOn', 'Início', { max: draft.endsOn || undefined })}
        {dateInput('endsOn', 'Término', { min: draft.startsOn || undefined })}
        <td>
          <Tag tone={row.isSet ? 'info' : 'warning'}>{reviewStatusLabel(row.isSet)}</Tag>
        </td>
        <td>
          <form
            id={formId}
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <button
              type="submit"
              className="button button--small review-row__save"
              aria-label={`Salvar datas de ${row.code}`}
              disabled={setDates.isPending || isUnchangedAndSet}
            >
              {setDates.isPending ? 'Salvando…' : 'Salvar datas'}
            </button>
          </form>
        </td>
      </tr>
      {message && (
        <tr className="review-row__problem">
          <td colSpan={COLUMNS.length} id={`${id}-erro`}>
            <ErrorMessage title={`As datas de ${row.code} não foram salvas`} message={message}>
              {editor.isConflict && (
                <p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => editor.load(datesDraft(row), row.version)}
                    disabled={row.version === version}
                  >
                    Descartar o que digitei e carregar as datas atuais
                  </button>
                </p>
              )}
            </ErrorMessage>
          </td>
        </tr>
      )}
    </Fragment>
  );
}
