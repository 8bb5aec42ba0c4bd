import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { FormField } from '../../components/ui/FormField.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { type RouterOutputs, useTRPC } from '../../lib/trpc.ts';
import { ActionStatusBadge } from '../actions/ActionStatusBadge.tsx';
import { actionCodesOf } from './analysis-path.ts';

type IndicatorActions = RouterOutputs['indicator']['actions'];
type ActionSummary = IndicatorActions['linked'][number];

function ActionLine({ action }: { action: ActionSummary }) {
  return (
    <>
      <Link to={`/acoes/${encodeURIComponent(action.code)}`}>{action.code}</Link> {action.text}{' '}
      <ActionStatusBadge status={action.status} />
    </>
  );
}

/**
 * The operational actions that serve the indicator, with their situation; the administrator and the
 * superintendência confirm the plan's proposals (the actions of the indicator's objective) and add
 * others by code.
 */
export function IndicatorActionsCard({ code }: { code: string }) {
  const trpc = useTRPC();
  const actions = useQuery(trpc.indicator.actions.queryOptions({ code }));
  const [isEditing, setEditing] = useState(false);
  const title = 'Ações do plano que servem a este indicador';
  if (actions.isError)
    return (
      <Card title={title}>
        <ErrorMessage title="Não foi possível carregar as ações" message={errorMessage(actions.error)} />
      </Card>
    );
  if (actions.isPending)
    return (
      <Card title={title}>
        <Loading what="as ações" />
      </Card>
    );
  const { linked, canEdit } = actions.data;
  return (
    <Card
      title={title}
      actions={
        canEdit &&
        !isEditing && (
          <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
            Ligar ações
          </button>
        )
      }
    >
      {linked.length === 0 ? (
        <p className="note">Nenhuma ação do plano foi ligada a este indicador.</p>
      ) : (
        <ul className="indicator-actions">
          {linked.map((action) => (
            <li key={action.code}>
              <ActionLine action={action} />
            </li>
          ))}
        </ul>
      )}
      {isEditing && <LinkForm code={code} data={actions.data} onDone={() => setEditing(false)} />}
    </Card>
  );
}

function LinkForm({ code, data, onDone }: { code: string; data: IndicatorActions; onDone: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const [chosen, setChosen] = useState(() => new Set(data.linked.map((action) => action.code)));
  const [others, setOthers] = useState('');
  const [problem, setProblem] = useState('');
  const save = useMutation(
    trpc.indicator.setActions.mutationOptions({
      onSettled: () =>
        Promise.all([
          queryClient.invalidateQueries(trpc.indicator.actions.queryFilter({ code })),
          queryClient.invalidateQueries({ ...trpc.meeting.pathFilter(), refetchType: 'none' }),
        ]),
    }),
  );
  const offered = [...data.linked, ...data.proposed];

  function toggle(actionCode: string) {
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(actionCode)) next.delete(actionCode);
      else next.add(actionCode);
      return next;
    });
    setProblem('');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate(
      { code, actionCodes: [...chosen, ...actionCodesOf(others)] },
      {
        onSuccess: onDone,
        // The choices stay on screen: the message says which code to fix.
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  }

  return (
    <form className="indicator-actions-form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>
          {data.proposed.length > 0
            ? 'Ligadas e propostas pelo plano (ações do mesmo objetivo)'
            : 'Ligadas (o plano não propõe ações para os indicadores de resultado: escolha pelo código)'}
        </legend>
        {offered.map((action) => (
          <label key={action.code} className="indicator-actions-form__option">
            <input type="checkbox" checked={chosen.has(action.code)} onChange={() => toggle(action.code)} />{' '}
            <ActionLine action={action} />
          </label>
        ))}
      </fieldset>
      <FormField
        id={`${id}-outras`}
        label="Outras ações, pelo código"
        hint="Separadas por vírgula: 1.3.2, 4.7.2"
      >
        <input
          id={`${id}-outras`}
          value={others}
          onChange={(event) => {
            setOthers(event.target.value);
            setProblem('');
          }}
        />
      </FormField>
      {problem && (
        <p className="field-error" role="alert">
          <span aria-hidden="true">⚠ </span>
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={save.isPending}>
          {save.isPending ? 'Salvando…' : 'Salvar as ações do indicador'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancelar
        </button>
      </div>
    </form>
  );
}
