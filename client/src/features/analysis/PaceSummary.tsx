import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { formatValue } from '../indicators/figure-format.ts';
import {
  expectedLabel,
  type FigurePace,
  monthlyLine,
  paceVerdict,
  VERDICT_TEXT,
  yearTargetLine,
} from './pace-text.ts';

type PaceProps = {
  pace: FigurePace;
  indicator: Pick<TIndicator, 'kind' | 'polarity' | 'unit'>;
  year: number;
  value: number | null;
};

/** The required pace under a figure: expected to date, and the monthly change to each target. */
export function PaceSummary({ pace, indicator, year, value }: PaceProps) {
  const verdict = paceVerdict(
    pace.basis === 'year_to_date' ? value : null,
    pace.expectedToDate,
    indicator.polarity,
  );
  const isEventRate = pace.restOfYearRate !== null;
  return (
    <section className="pace" aria-label="Ritmo necessário">
      <h3 className="pace__title">Ritmo necessário</h3>
      {pace.basis === 'last_year' && (
        <p className="secondary-text">
          Ainda não há dados de {year}: o ritmo parte do valor de {year - 1} (
          {formatValue(pace.previousYearValue, indicator.kind)}).
        </p>
      )}
      <dl className="pace__grid">
        <div>
          <dt>{expectedLabel(pace, year)}</dt>
          <dd>
            {formatValue(pace.expectedToDate, indicator.kind)}
            {verdict && (
              <span className={`pace__verdict pace__verdict--${verdict}`}> · {VERDICT_TEXT[verdict]}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Para a meta de {year}</dt>
          <dd>{yearTargetLine(pace, indicator)}</dd>
        </div>
        <div>
          <dt>Para a meta de {pace.finalYear}</dt>
          <dd>
            {pace.finalTarget === null
              ? 'sem meta'
              : isEventRate
                ? `taxa de ${formatValue(pace.finalTarget, indicator.kind)} no ano de ${pace.finalYear}`
                : pace.monthlyToFinalTarget === null
                  ? 'meta de soma anual: acompanhe a de cada ano'
                  : `${monthlyLine(pace.monthlyToFinalTarget, pace.monthsLeftToFinal, indicator)} (meta ${formatValue(pace.finalTarget, indicator.kind)})`}
          </dd>
        </div>
      </dl>
      <p className="secondary-text">
        {isEventRate
          ? `A taxa do ano soma todos os meses: os meses restantes precisam compensar o que já passou (supõe o denominador distribuído igualmente pelos meses). Esperado: linha reta do valor de ${year - 1} (${formatValue(pace.previousYearValue, indicator.kind)}) até a meta de ${year}.`
          : indicator.kind === 'count' && pace.monthlyToFinalTarget === null
            ? 'Contagem do ano: o esperado é a meta proporcional aos meses decorridos.'
            : `Linha reta do valor de ${year - 1} (${formatValue(pace.previousYearValue, indicator.kind)}) até a meta de ${year}; a variação mensal é a distância que falta dividida pelos meses restantes.`}
      </p>
    </section>
  );
}

/** The pace in one table cell: expected to date with the verdict, and the change per month to the year's target. */
export function PaceCell({ pace, indicator, year, value }: PaceProps) {
  const verdict = paceVerdict(
    pace.basis === 'year_to_date' ? value : null,
    pace.expectedToDate,
    indicator.polarity,
  );
  return (
    <>
      <span title={expectedLabel(pace, year)}>
        {pace.expectedToDate === null ? '—' : `esperado ${formatValue(pace.expectedToDate, indicator.kind)}`}
      </span>
      {verdict && <span className={`secondary-text pace__verdict--${verdict}`}>{VERDICT_TEXT[verdict]}</span>}
      <span className="secondary-text">
        meta {year}: {yearTargetLine(pace, indicator)}
      </span>
    </>
  );
}
