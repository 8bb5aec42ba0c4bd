import type { ReactNode } from 'react';
import { Card } from '../../components/ui/Card.tsx';
import { deadlineDatesLabel, statusLabel } from './action-labels.ts';
import type { ActionView } from './use-action-plan.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="action-facts__item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** What the plan says about the action: who, with whom, until when, and the status printed in it. */
export function ActionFacts({ action, names }: { action: ActionView; names: ReadonlyMap<string, string> }) {
  return (
    <Card title="Dados da ação no plano">
      <dl className="action-facts">
        <Fact label="Objetivo">
          {action.objectiveCode} · {action.objectiveName}
        </Fact>
        <Fact label="Ação estratégica">
          {action.strategicActionCode} · {action.strategicActionText}
        </Fact>
        <Fact label="Responsável">
          {action.responsibleText}
          {action.coordinationCodes.length > 0 && (
            <ul className="action-facts__coordinations">
              {action.coordinationCodes.map((code) => (
                <li key={code}>
                  <span className="tag tag--info">{code}</span> {names.get(code) ?? ''}
                </li>
              ))}
            </ul>
          )}
        </Fact>
        <Fact label="Quem participa">{action.participants ?? 'não informado no plano'}</Fact>
        <Fact label="Prazo">
          {action.deadlineText}
          <span className="secondary-text">
            {deadlineDatesLabel(action.startsOn, action.endsOn)}
            {action.datesSetBy !== null && ' (datas definidas pelo administrador)'}
          </span>
        </Fact>
        <Fact label="Observações">{action.observations ?? 'nenhuma'}</Fact>
        <Fact label="Situação no plano">
          {action.statusInPlan ? statusLabel(action.statusInPlan) : 'sem informação'}
        </Fact>
      </dl>
    </Card>
  );
}
