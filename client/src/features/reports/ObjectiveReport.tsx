import type { ReactNode } from 'react';
import type { CoordinationNames } from '../../../../shared/domain/coordination-names.ts';
import { formatIsoDate } from '../../../../shared/format.ts';
import { actionCountLabel } from '../actions/action-labels.ts';
import {
  IndicatorsTable,
  NonConformitiesTable,
  OverdueTable,
  type ReportVariant,
  StatusCountsTable,
} from './ReportTables.tsx';
import { unwrittenText, writtenCountText } from './semester-report.ts';
import type { ReportCoordination, ReportObjective } from './use-semester-report.ts';

function Part({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="semester-report__part">
      <h3>{title}</h3>
      {children}
    </div>
  );
}

function Empty({ children }: { children: ReactNode }) {
  return <p className="semester-report__empty">{children}</p>;
}

/** "19 ações no objetivo · indicadores 714, PBF": why a coordenadoria answers for the objective. */
function answersFor(coordination: ReportCoordination): string {
  const parts = [];
  if (coordination.actionCount > 0) parts.push(`${actionCountLabel(coordination.actionCount)} no objetivo`);
  if (coordination.indicatorCodes.length > 0)
    parts.push(
      `${coordination.indicatorCodes.length === 1 ? 'indicador' : 'indicadores'} ${coordination.indicatorCodes.join(', ')}`,
    );
  return parts.join(' · ');
}

/**
 * One objective in the shape of the seed's semester reports: goals, indicators against the targets,
 * the plan's actions at the end of the semester and, per coordenadoria, a) progress, b) difficulties
 * and c) relation to the goals (`renderTexts` draws them: read only, or with the form).
 */
export function ObjectiveReport({
  objective,
  situationDate,
  coordinationNames,
  variant,
  renderTexts,
}: {
  objective: ReportObjective;
  situationDate: string;
  coordinationNames: CoordinationNames;
  variant: ReportVariant;
  renderTexts: (coordination: ReportCoordination) => ReactNode;
}) {
  const { rollup, overdue } = objective.actions;
  // On screen each coordenadoria has its block (and its form); on paper an empty block per
  // coordenadoria made pages of "not written", so those are named together in one line.
  const unwritten = variant === 'print' ? unwrittenText(objective.coordinations) : null;
  const shownCoordinations =
    variant === 'print'
      ? objective.coordinations.filter((coordination) => coordination.narrative !== null)
      : objective.coordinations;
  return (
    <div className="semester-report__objective">
      <p className="semester-report__perspective">
        <span className="fact-list__label">Perspectiva</span>
        {objective.perspective}
      </p>
      <Part title="Meta(s)">
        {objective.goals.length === 0 ? (
          <Empty>Descrição da(s) meta(s): NA — o plano não fixa metas estratégicas para este objetivo.</Empty>
        ) : (
          <ul className="semester-report__goals">
            {objective.goals.map((goal) => (
              <li key={goal.code}>
                <strong>{goal.code}</strong> {goal.text}
              </li>
            ))}
          </ul>
        )}
      </Part>
      <Part title="Indicador(es)">
        {objective.indicators.length === 0 ? (
          <Empty>Nenhum indicador do painel está ligado a este objetivo.</Empty>
        ) : (
          <IndicatorsTable objective={objective} names={coordinationNames} variant={variant} />
        )}
      </Part>
      <Part title={`Ações operacionais por situação em ${formatIsoDate(situationDate)}`}>
        {rollup.total === 0 ? (
          <Empty>Não há ações operacionais do plano de ação para este objetivo.</Empty>
        ) : (
          <StatusCountsTable
            rollup={rollup}
            caption={`Ações do objetivo ${objective.code} por situação`}
            variant={variant}
          />
        )}
      </Part>
      {rollup.total > 0 && (
        <Part title={`Ações atrasadas em ${formatIsoDate(situationDate)} (${overdue.length})`}>
          {overdue.length === 0 ? (
            <Empty>Nenhuma ação atrasada.</Empty>
          ) : (
            <OverdueTable objective={objective} names={coordinationNames} variant={variant} />
          )}
        </Part>
      )}
      {rollup.total > 0 && (
        <Part title={`Não conformidades registradas no semestre (${objective.nonConformities.length})`}>
          {objective.nonConformities.length === 0 ? (
            <Empty>Nenhuma não conformidade registrada nos meses do semestre.</Empty>
          ) : (
            <NonConformitiesTable objective={objective} variant={variant} />
          )}
        </Part>
      )}
      <Part title="Avaliação das coordenadorias">
        <p className="semester-report__lead">{writtenCountText(objective.coordinations)}</p>
        {unwritten && <p className="semester-report__empty">{unwritten}</p>}
        {shownCoordinations.map((coordination) => (
          <section
            key={coordination.code}
            className="semester-narrative"
            aria-labelledby={`narrativa-${objective.code}-${coordination.code}`}
          >
            <h4 id={`narrativa-${objective.code}-${coordination.code}`}>
              {coordination.code} — {coordination.name}
            </h4>
            <p className="semester-narrative__answers">{answersFor(coordination)}</p>
            {renderTexts(coordination)}
          </section>
        ))}
      </Part>
    </div>
  );
}
