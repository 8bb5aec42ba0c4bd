import { Link } from 'react-router';
import { Card } from '../../components/ui/Card.tsx';
import { territoryPath } from '../../lib/url.ts';
import { AdhesionSection } from './AdhesionSection.tsx';
import { OutcomeSection } from './OutcomeSection.tsx';
import { adhesionSummary, hasPhaseOne, stagesDone, trainingSummary } from './planification-format.ts';
import { StageChecklist } from './StageChecklist.tsx';
import { TrainingSection } from './TrainingSection.tsx';
import { SCHEDULE_STATE_LABELS, scheduleYears } from './timeline.ts';
import type { PlanMacro } from './use-planification.ts';

type MacroDetailProps = { macro: PlanMacro; today: string; canRecord: boolean };

/** One macro: its place in the schedule, adhesions, trainings, phase-1 stages and outcomes. */
export function MacroDetail({ macro, today, canRecord }: MacroDetailProps) {
  return (
    <>
      <Card title="Cronograma e andamento" data-testid="planif-macro-summary">
        <ul className="fact-list">
          <li>
            <span className="fact-list__label">Fase</span>
            {macro.phase}
          </li>
          <li>
            <span className="fact-list__label">Cronograma</span>
            {scheduleYears(macro)}
          </li>
          <li>
            <span className="fact-list__label">Situação</span>
            <span className={`planif-state-tag planif-state-tag--${macro.state}`}>
              {SCHEDULE_STATE_LABELS[macro.state]}
            </span>
          </li>
          <li>
            <Link to={territoryPath(macro.code)}>Indicadores da macrorregião</Link>
          </li>
        </ul>
        <p className="planif-note">{macro.note}</p>
        <div className="state-figure__body planif-macro-kpis">
          <a className="kpi planif-kpi planif-kpi--link" href="#adesao">
            <span className="kpi__label">Adesão</span>
            <span className="planif-kpi__value">{adhesionSummary(macro)}</span>
          </a>
          <a className="kpi planif-kpi planif-kpi--link" href="#formacao">
            <span className="kpi__label">Formação</span>
            <span className="planif-kpi__value">{trainingSummary(macro)}</span>
          </a>
          <a className="kpi planif-kpi planif-kpi--link" href="#etapas">
            <span className="kpi__label">Etapas da fase 1</span>
            <span className="planif-kpi__value">
              {hasPhaseOne(macro)
                ? `${stagesDone(macro.stages)} de ${macro.stages.length} concluídas`
                : 'não se aplicam (macro na fase 3)'}
            </span>
          </a>
        </div>
      </Card>
      <AdhesionSection macro={macro} today={today} canRecord={canRecord} />
      <TrainingSection macro={macro} today={today} canRecord={canRecord} />
      <StageChecklist macro={macro} today={today} canRecord={canRecord} />
      <OutcomeSection macro={macro} today={today} />
    </>
  );
}
