import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import { formatValue, unitFor } from './figure-format.ts';

/** Long units ("por 100.000 nascidos vivos") go under the number so table columns stay narrow. */
const LONG_UNIT = 12;

export function FigureValue({
  value,
  kind,
  unit,
}: {
  value: number | null;
  kind: IndicatorKind;
  unit: string;
}) {
  const shownUnit = unitFor(value, unit);
  return (
    <>
      <span className="figure-value">{formatValue(value, kind)}</span>
      {value !== null && (
        <span className={shownUnit.length > LONG_UNIT ? 'unit unit--block' : 'unit'}> {shownUnit}</span>
      )}
    </>
  );
}
