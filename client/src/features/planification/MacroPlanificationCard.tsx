import { Link } from 'react-router';
import { formatIsoDate } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { adhesionSummary, hasPhaseOne, stagesFraction, trainingSummary } from './planification-format.ts';
import { planificationPath } from './planification-url.ts';
import { SCHEDULE_STATE_LABELS, scheduleYears } from './timeline.ts';
import { usePlanification } from './use-planification.ts';

/**
 * On a macrorregião's territory page: its planificação at a glance (schedule, adhesions, trained,
 * phase-1 stages), linking to the planificação page. Nothing is shown for a macro the plan does not
 * schedule or the reader may not see.
 */
export function MacroPlanificationCard({ code }: { code: string }) {
  const view = usePlanification();
  if (view.isError)
    return (
      <Card title="Planificação">
        <ErrorMessage title="Não foi possível carregar a planificação" message={errorMessage(view.error)} />
      </Card>
    );
  if (view.isPending)
    return (
      <Card title="Planificação">
        <Loading what="a planificação" />
      </Card>
    );
  const macro = view.data.macros.find((candidate) => candidate.code === code);
  if (!macro) return null;
  return (
    <Card
      title={`Planificação da atenção à saúde — situação em ${formatIsoDate(view.data.today)}`}
      data-testid="macro-planification-card"
      actions={<Link to={planificationPath(macro.code)}>Abrir a planificação da macrorregião</Link>}
    >
      <dl className="planif-facts">
        <div>
          <dt className="planif-facts__term">Cronograma</dt>
          <dd className="planif-facts__value">
            {macro.phase} · {scheduleYears(macro)} ({SCHEDULE_STATE_LABELS[macro.state].toLowerCase()})
          </dd>
        </div>
        <div>
          <dt className="planif-facts__term">Municípios em adesão</dt>
          <dd className="planif-facts__value">{adhesionSummary(macro)}</dd>
        </div>
        <div>
          <dt className="planif-facts__term">Profissionais qualificados</dt>
          <dd className="planif-facts__value">{trainingSummary(macro)}</dd>
        </div>
        <div>
          <dt className="planif-facts__term">Etapas da fase 1</dt>
          <dd className="planif-facts__value">
            {hasPhaseOne(macro) ? `${stagesFraction(macro)} concluídas` : 'não se aplicam (macro na fase 3)'}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
