import type { IndicatorKind, Polarity } from '../../../../shared/domain/indicator.ts';
import { STATUSES } from '../../../../shared/domain/status.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import type { ValueClass } from './map-colours.ts';
import { classRangeLabel, valueLegendNote } from './map-labels.ts';
import type { ColourMode } from './map-params.ts';

type MapLegendProps = {
  mode: ColourMode;
  classes: readonly ValueClass[];
  indicator: { kind: IndicatorKind; unit: string; polarity: Polarity };
  /** Some area of the map has no value. */
  hasMissingValues: boolean;
  /** Some area's denominator is too small to judge or rank (hatched in both modes). */
  hasSmallNumbers: boolean;
  /** What the grey rest of the state is ("Fora do seu acesso", "Fora da Macrorregião Sul"), if drawn. */
  outsideLabel: string | null;
};

/** Each colour of the map with its meaning: the status badges, or the value classes and which end is worse. */
export function MapLegend({
  mode,
  classes,
  indicator,
  hasMissingValues,
  hasSmallNumbers,
  outsideLabel,
}: MapLegendProps) {
  return (
    <section className="map-legend" aria-label="Legenda do mapa">
      <h3 className="map-legend__title">
        {mode === 'status' ? 'Situação frente à meta' : `Valor (${indicator.unit})`}
      </h3>
      <ul className="map-legend__list">
        {mode === 'status'
          ? STATUSES.map((status) => (
              <li key={status} className="map-legend__item">
                <span className={`map-swatch map-fill--${status}`} aria-hidden="true" />
                <StatusBadge status={status} />
              </li>
            ))
          : classes.map((valueClass) => (
              <li key={valueClass.max} className="map-legend__item">
                <span className={`map-swatch map-fill--shade-${valueClass.shade}`} aria-hidden="true" />
                {classRangeLabel(valueClass, indicator.kind)}
              </li>
            ))}
        {mode === 'value' && hasSmallNumbers && (
          <li className="map-legend__item">
            <span className="map-swatch map-fill--small_number" aria-hidden="true" />
            Número pequeno (fora das faixas)
          </li>
        )}
        {mode === 'value' && hasMissingValues && (
          <li className="map-legend__item">
            <span className="map-swatch map-fill--no_data" aria-hidden="true" />
            Sem dados
          </li>
        )}
        {outsideLabel && (
          <li className="map-legend__item">
            <span className="map-swatch map-swatch--outside" aria-hidden="true" />
            {outsideLabel}
          </li>
        )}
      </ul>
      {mode === 'value' && (
        <p className="map-legend__note">
          {classes.length > 0
            ? `${valueLegendNote(indicator.polarity)} Cada faixa reúne um número parecido de territórios.`
            : 'Nenhum território tem valor neste ano.'}
        </p>
      )}
    </section>
  );
}
