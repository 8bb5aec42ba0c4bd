import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { monthOf, todayInMt } from '../../../../shared/domain/dates.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { ZAnalysisInputSchema } from '../../../../shared/schemas/analysis.ts';
import { inputErrorMessage } from '../../../../shared/schemas/zod-locale.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { controlProps, FormField } from '../../components/ui/FormField.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { MonthSelect } from '../../components/ui/MonthSelect.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { useOpenAtAnchor } from '../../lib/use-open-at-anchor.ts';
import { MONTH_PARAM, readMonthParam } from '../actions/action-search.ts';
import { useUnsavedChangesWarning } from '../data-entry/use-unsaved-changes-warning.ts';
import { useUpcomingMeeting } from '../meetings/use-meetings.ts';
import { AnalysisText } from './AnalysisText.tsx';
import { ANALYSIS_ANCHOR, actionCodesOf } from './analysis-path.ts';

type Draft = { explanation: string; response: string; actions: string };
const EMPTY: Draft = { explanation: '', response: '', actions: '' };

/**
 * The análise do indicador for one territory (the state, or the macro chosen on the page) and month:
 * the one that counts, its history, and — for the indicator's coordenadoria and the superintendência
 * — the form to write it. Opens on the month the next reunião de condução reviews.
 */
export function AnalysisCard({
  code,
  territory,
}: {
  code: string;
  territory: { code: string; name: string };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [searchParams, setSearchParams] = useSearchParams();
  const upcoming = useUpcomingMeeting();
  const currentMonth = monthOf(todayInMt(new Date()));
  const month = readMonthParam(
    searchParams.get(MONTH_PARAM),
    currentMonth,
    upcoming.data?.reviewedMonth ?? currentMonth,
  );
  const analyses = useQuery(trpc.analysis.list.queryOptions({ code, territoryCode: territory.code }));
  const write = useMutation(
    trpc.analysis.write.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.analysis.pathFilter()),
          queryClient.invalidateQueries({ ...trpc.meeting.pathFilter(), refetchType: 'none' }),
        ]),
    }),
  );
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [problem, setProblem] = useState('');
  const [notice, setNotice] = useState('');
  const id = useId();
  useUnsavedChangesWarning(draft.explanation.trim() !== '' || draft.response.trim() !== '');
  useOpenAtAnchor(ANALYSIS_ANCHOR, `${id}-explanation`, analyses.isSuccess && !upcoming.isPending);

  const title = `Análise do indicador — ${territory.name}, ${formatPeriod(month)}`;
  if (analyses.isError)
    return (
      <Card title={title} id={ANALYSIS_ANCHOR}>
        <ErrorMessage title="Não foi possível carregar a análise" message={errorMessage(analyses.error)} />
      </Card>
    );
  if (analyses.isPending || upcoming.isPending)
    return (
      <Card title={title} id={ANALYSIS_ANCHOR}>
        <Loading what="a análise" />
      </Card>
    );
  const { history, canWrite } = analyses.data;
  const current = history.find((analysis) => analysis.month === month);
  const earlier = history.filter((analysis) => analysis !== current);

  function change(changes: Partial<Draft>) {
    setDraft((previous) => ({ ...previous, ...changes }));
    setProblem('');
    setNotice('');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = {
      code,
      territoryCode: territory.code,
      month,
      explanation: draft.explanation,
      response: draft.response,
      actionCodes: actionCodesOf(draft.actions),
    };
    const checked = ZAnalysisInputSchema.safeParse(input);
    if (!checked.success) {
      setProblem(inputErrorMessage(checked.error));
      return;
    }
    write.mutate(checked.data, {
      onSuccess: () => {
        setDraft(EMPTY);
        setNotice(`Análise de ${formatPeriod(month)} salva.`);
      },
      // What was typed stays: the message says what to change.
      onError: (error) => setProblem(errorMessage(error)),
    });
  }

  return (
    <Card title={title} id={ANALYSIS_ANCHOR} className="analysis-card">
      <div className="analysis-card__month">
        <label htmlFor={`${id}-month`}>Mês analisado</label>
        <MonthSelect
          id={`${id}-month`}
          value={month}
          last={currentMonth}
          onChange={(next) =>
            setSearchParams(
              (previous) => {
                const params = new URLSearchParams(previous);
                params.set(MONTH_PARAM, next);
                return params;
              },
              { replace: true },
            )
          }
        />
      </div>
      {current ? (
        <AnalysisText analysis={current} />
      ) : (
        <p className="note">
          Ainda não há análise de {formatPeriod(month)} para {territory.name}.
        </p>
      )}
      {canWrite && (
        <form className="analysis-form" onSubmit={submit} noValidate>
          <h3 className="analysis-form__title">
            {current
              ? `Reescrever a análise de ${formatPeriod(month)}`
              : `Escrever a análise de ${formatPeriod(month)}`}
          </h3>
          <FormField id={`${id}-explanation`} label="O que explica o valor">
            <textarea
              {...controlProps(`${id}-explanation`, {})}
              rows={4}
              value={draft.explanation}
              onChange={(event) => change({ explanation: event.target.value })}
            />
          </FormField>
          <FormField id={`${id}-response`} label="O que está sendo feito">
            <textarea
              {...controlProps(`${id}-response`, {})}
              rows={4}
              value={draft.response}
              onChange={(event) => change({ response: event.target.value })}
            />
          </FormField>
          <FormField
            id={`${id}-actions`}
            label="Ações do plano relacionadas (opcional)"
            hint="Códigos das ações operacionais, separados por vírgula: 4.7.2, 1.3.2"
          >
            <input
              {...controlProps(`${id}-actions`, { hint: true })}
              value={draft.actions}
              onChange={(event) => change({ actions: event.target.value })}
            />
          </FormField>
          {problem && (
            <p className="field-error" role="alert">
              <span aria-hidden="true">⚠ </span>
              {problem}
            </p>
          )}
          <p className="form-success" role="status">
            {notice}
          </p>
          <button type="submit" className="button" disabled={write.isPending}>
            {write.isPending ? 'Salvando…' : `Salvar análise de ${formatPeriod(month)}`}
          </button>
        </form>
      )}
      {earlier.length > 0 && (
        <details className="analysis-card__history">
          <summary>Histórico ({earlier.length})</summary>
          <ol>
            {earlier.map((analysis) => (
              <li key={analysis.id}>
                <strong>{formatPeriod(analysis.month)}</strong>
                <AnalysisText analysis={analysis} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </Card>
  );
}
