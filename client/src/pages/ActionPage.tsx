import { Link, useParams, useSearchParams } from 'react-router';
import { monthOf, todayInMt } from '../../../shared/domain/dates.ts';
import { formatDateTimeMt } from '../../../shared/format.ts';
import { Card } from '../components/ui/Card.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { ActionBreadcrumb } from '../features/actions/ActionBreadcrumb.tsx';
import { ActionFacts } from '../features/actions/ActionFacts.tsx';
import { ActionFlags } from '../features/actions/ActionFlags.tsx';
import { ActionStatusBadge } from '../features/actions/ActionStatusBadge.tsx';
import { formatMonth } from '../features/actions/action-labels.ts';
import { MONTH_PARAM, readMonthParam } from '../features/actions/action-search.ts';
import { RecordForm } from '../features/actions/RecordForm.tsx';
import { RecordHistory } from '../features/actions/RecordHistory.tsx';
import { useAction, useCoordinationNames } from '../features/actions/use-action-plan.ts';
import { useUpcomingMeeting } from '../features/meetings/use-meetings.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorCode, errorMessage } from '../lib/errors.ts';

function ActionNotFound({ error }: { error: unknown }) {
  return (
    <ErrorMessage isPageTitle title="Ação não encontrada" message={errorMessage(error)}>
      <p>
        Confira o código no endereço ou procure a ação no <Link to="/acoes?visao=lista">plano de ação</Link>.
      </p>
    </ErrorMessage>
  );
}

export function ActionPage() {
  const { code = '' } = useParams();
  const [searchParams] = useSearchParams();
  const detail = useAction(code);
  const upcoming = useUpcomingMeeting();
  const names = useCoordinationNames();
  usePageTitle(`Ação ${code}`);

  if (detail.isError) {
    const kind = errorCode(detail.error);
    return kind === 'NOT_FOUND' || kind === 'BAD_REQUEST' ? (
      <ActionNotFound error={detail.error} />
    ) : (
      <PageError error={detail.error} what={`a ação ${code}`} isWholePage />
    );
  }
  if (detail.isPending || upcoming.isPending) return <Loading what={`a ação ${code}`} />;

  const { action, history, canRecord } = detail.data;
  const currentMonth = monthOf(todayInMt(new Date()));
  // Without ?mes=, the form opens on the month the next meeting reviews.
  const initialMonth = readMonthParam(
    searchParams.get(MONTH_PARAM),
    currentMonth,
    upcoming.data?.reviewedMonth ?? currentMonth,
  );
  const latest = history[0];
  const responsible = action.coordinationCodes.join(', ');

  return (
    <>
      <ActionBreadcrumb action={action} />
      <div className="page-heading">
        <p className="page-heading__eyebrow">Ação operacional {action.code}</p>
        <h1 className="action-title">{action.text}</h1>
        <div className="action-heading__state">
          <span>Situação atual:</span>
          <ActionStatusBadge status={action.status} />
          <ActionFlags action={action} />
          <span className="note">
            {latest
              ? `último registro: ${formatMonth(latest.referenceMonth)}, por ${latest.recordedByName} em ${formatDateTimeMt(latest.recordedAt)}`
              : 'sem registro de monitoramento: situação do plano'}
          </span>
        </div>
      </div>
      {action.retiredAt && (
        <p className="entry-example-note">
          <strong>Ação retirada do plano.</strong> Ela continua visível com o seu histórico, mas não recebe
          novos registros e não entra nos totais.
        </p>
      )}
      <ActionFacts action={action} names={names} />
      {canRecord ? (
        <Card className="record-card">
          <RecordForm
            // A new action (or a new ?mes=) starts a new form.
            key={`${action.code}-${initialMonth}`}
            code={action.code}
            history={history}
            initialMonth={initialMonth}
            currentMonth={currentMonth}
          />
        </Card>
      ) : (
        !action.retiredAt && (
          <p className="note">
            O monitoramento mensal desta ação é registrado pela coordenadoria responsável
            {responsible ? ` (${responsible})` : ''}, pela Superintendência ou pelo administrador. Você pode
            acompanhar o histórico abaixo.
          </p>
        )
      )}
      <RecordHistory history={history} />
    </>
  );
}
