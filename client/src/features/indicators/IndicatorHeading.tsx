import type { IndicatorSheetData } from '../../lib/trpc.ts';
import { POLARITY_LABELS } from './figure-format.ts';

/** Code, full name and the facts a reader needs before any number. */
export function IndicatorHeading({ sheet }: { sheet: IndicatorSheetData }) {
  const { indicator, objective, goal, coordination } = sheet;
  return (
    <div className="page-heading">
      <p className="page-heading__eyebrow">
        Indicador <span className="indicator-code">{indicator.code}</span>
      </p>
      <h1>{indicator.name}</h1>
      <ul className="fact-list">
        <li>
          <span className="fact-list__label">Unidade</span> {indicator.unit}
        </li>
        <li>
          <span className="fact-list__label">Polaridade</span>{' '}
          <span aria-hidden="true">{indicator.polarity === 'higher' ? '▲' : '▼'} </span>
          {POLARITY_LABELS[indicator.polarity]}
        </li>
        <li>
          <span className="fact-list__label">Coordenadoria</span>{' '}
          {coordination?.name ?? indicator.coordinationCode}
        </li>
      </ul>
      {objective && (
        <p className="page-heading__context">
          <span className="fact-list__label">Objetivo</span> {objective.perspective} — {objective.name}
        </p>
      )}
      {goal && (
        <p className="page-heading__context">
          <span className="fact-list__label">Meta estratégica {goal.code}</span> {goal.text}
        </p>
      )}
    </div>
  );
}
