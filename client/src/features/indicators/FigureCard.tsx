import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { Card } from '../../components/ui/Card.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import type { Figure } from '../../lib/trpc.ts';
import { PaceSummary } from '../analysis/PaceSummary.tsx';
import { FigureNotes } from './FigureNotes.tsx';
import {
  completenessLabel,
  formatValue,
  isIncomplete,
  printedTarget,
  provenanceText,
  unitFor,
} from './figure-format.ts';

type FigureCardProps = {
  indicator: Pick<TIndicator, 'kind' | 'unit' | 'dataLevel' | 'polarity'>;
  year: number;
  territoryName: string;
  figure: Figure | undefined;
  isPending: boolean;
  hasExampleData: boolean;
};

/** The selected year's figure for the state or the chosen territory, next to its target and status. */
export function FigureCard({
  indicator,
  year,
  territoryName,
  figure,
  isPending,
  hasExampleData,
}: FigureCardProps) {
  return (
    <Card title={`${territoryName} em ${year}`} className="state-figure">
      {isPending ? (
        <Loading what="o valor" />
      ) : !figure ? (
        <p>Sem dados para este ano.</p>
      ) : (
        <div className="state-figure__body">
          <div className="kpi">
            <span className="kpi__label">Valor</span>
            <span className="kpi__value">{formatValue(figure.value, indicator.kind)}</span>
            {figure.value !== null && (
              <span className="kpi__unit">{unitFor(figure.value, indicator.unit)}</span>
            )}
          </div>
          <div className="kpi">
            <span className="kpi__label">Meta {year}</span>
            <span className="kpi__value kpi__value--target">
              {formatValue(figure.target, indicator.kind)}
            </span>
            {figure.target !== null && (
              <span className="kpi__unit">{unitFor(figure.target, indicator.unit)}</span>
            )}
            {printedTarget(figure) && <span className="kpi__unit">como no plano: {figure.targetLabel}</span>}
          </div>
          <div className="kpi">
            <span className="kpi__label">Situação</span>
            <StatusBadge status={figure.status} />
            <FigureNotes figure={figure} isRealMarked={hasExampleData} />
          </div>
          <div className="kpi">
            <span className="kpi__label">Completude</span>
            <span className={isIncomplete(figure) ? 'completeness completeness--incomplete' : 'completeness'}>
              {completenessLabel(figure, indicator.dataLevel)}
            </span>
            {isIncomplete(figure) && <span className="kpi__unit">valor calculado com dados incompletos</span>}
          </div>
        </div>
      )}
      {figure?.provenance && <p className="secondary-text provenance">{provenanceText(figure.provenance)}</p>}
      {figure?.pace && (
        <PaceSummary pace={figure.pace} indicator={indicator} year={year} value={figure.value} />
      )}
    </Card>
  );
}
