import { Fragment, useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { errorCode, errorMessage } from '../../lib/errors.ts';
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

const COLUMNS = 7;

/** One line per prazo the parser could not read; each saves its own dates. */
export function DeadlineReviewTable({ rows }: { rows: readonly ReviewRow[] }) {
  const [notice, setNotice] = useState('');
  return (
    <>
      <Table caption="Prazos que não puderam ser lidos como datas" isCaptionHidden className="review-table">
        <thead>
          <tr>
            <th scope="col">Código</th>
            <th scope="col">Ação</th>
            <th scope="col">Prazo como escrito</th>
            <th scope="col">Início</th>
            <th scope="col">Término</th>
            <th scope="col">Situação</th>
            <th scope="col">
              <span className="visually-hidden">Salvar</span>
            </th>
          </tr>
        </thead>
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
  const [draft, setDraft] = useState<DatesDraft>(() => datesDraft(row));
  const [version, setVersion] = useState(row.version);
  const [problems, setProblems] = useState<string[] | null>(null);
  const setDates = useSetDates();
  const change = (changes: Partial<DatesDraft>) => {
    setDraft((current) => ({ ...current, ...changes }));
    setProblems(null);
  };
  const message = problems ? problems.join(' ') : setDates.isError ? errorMessage(setDates.error) : null;
  const isConflict = !problems && errorCode(setDates.error) === 'CONFLICT';
  const kindLabel = row.kind === 'operational' ? 'Ação operacional' : 'Ação estratégica';
  const formId = `${id}-form`;

  function save() {
    onSaved('');
    const result = setDatesInput(row, draft, version);
    if (!result.isValid) {
      setDates.reset();
      setProblems(result.problems);
      return;
    }
    setProblems(null);
    setDates.mutate(result.input, {
      onSuccess: () => {
        // The server adds one to the version it accepted; the refreshed list shows the same.
        setVersion(version + 1);
        onSaved(`Datas da ação ${row.code} salvas.`);
      },
    });
  }

  function loadCurrent() {
    setDraft(datesDraft(row));
    setVersion(row.version);
    setProblems(null);
    setDates.reset();
  }

  const isUnchangedAndSet = row.isSet && !isDraftChanged(row, draft) && version === row.version;

  return (
    <Fragment>
      <tr className="review-row" aria-describedby={message ? `${id}-erro` : undefined}>
        <th scope="row" className="nowrap">
          {row.kind === 'operational' ? (
            <Link to={`/acoes/${encodeURIComponent(row.code)}`} title="Abrir a ação">
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
        <td>
          <input
            type="date"
            form={formId}
            className="review-row__date"
            aria-label={`Início de ${row.code}`}
            value={draft.startsOn}
            max={draft.endsOn || undefined}
            aria-invalid={problems ? true : undefined}
            onChange={(event) => change({ startsOn: event.target.value })}
          />
        </td>
        <td>
          <input
            type="date"
            form={formId}
            className="review-row__date"
            aria-label={`Término de ${row.code}`}
            value={draft.endsOn}
            min={draft.startsOn || undefined}
            aria-invalid={problems ? true : undefined}
            onChange={(event) => change({ endsOn: event.target.value })}
          />
        </td>
        <td>
          {row.isSet ? (
            <Tag tone="info">{reviewStatusLabel(true)}</Tag>
          ) : (
            <Tag tone="warning">{reviewStatusLabel(false)}</Tag>
          )}
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
          <td colSpan={COLUMNS} id={`${id}-erro`}>
            <ErrorMessage title={`As datas de ${row.code} não foram salvas`} message={message}>
              {isConflict && (
                <p>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={loadCurrent}
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
