import type { Rollup } from '../../../../shared/domain/action-status.ts';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { actionCountLabel, formatPercentDone, overdueCountLabel, rollupCounts } from './action-labels.ts';

type RollupLineProps = {
  rollup: Rollup;
  /** List every status, zeros included (the plan's summary); else only those present. */
  withZeros?: boolean;
  /** Only phrasing elements, for use inside a <summary>. */
  isInline?: boolean;
};

/** A roll-up in one line: % concluded, how many actions in each status, how many late. */
export function RollupLine({ rollup, withZeros = false, isInline = false }: RollupLineProps) {
  const Block = isInline ? 'span' : 'div';
  const Line = isInline ? 'span' : 'p';
  if (rollup.total === 0) return <Line className="rollup rollup--empty">Nenhuma ação operacional.</Line>;
  const counts = rollupCounts(rollup, withZeros).map(({ status, count }) => (
    <ActionStatusBadge key={status} status={status} count={count} />
  ));
  return (
    <Block className="rollup">
      <Line className="rollup__percent">
        <strong>{formatPercentDone(rollup.percentDone)}</strong> concluído
        <span className="rollup__total"> · {actionCountLabel(rollup.total)}</span>
      </Line>
      {isInline ? (
        <span className="rollup__counts">{counts}</span>
      ) : (
        <ul className="rollup__counts" aria-label="Ações por situação">
          {counts.map((badge) => (
            <li key={badge.key}>{badge}</li>
          ))}
        </ul>
      )}
      {rollup.overdue > 0 ? (
        <Line className="rollup__overdue">
          <span aria-hidden="true">⚠ </span>
          {overdueCountLabel(rollup.overdue)}
        </Line>
      ) : (
        withZeros && <Line className="rollup__overdue rollup__overdue--none">Nenhuma atrasada</Line>
      )}
    </Block>
  );
}

export const PERCENT_RULE = '% concluído = ações concluídas ÷ ações do plano, sem contar as canceladas.';
