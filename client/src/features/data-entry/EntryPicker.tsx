import { useId } from 'react';
import { LAST_YEAR, PANEL_YEARS } from '../../../../shared/domain/period.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';

type EntryPickerProps = {
  indicators: readonly Pick<TIndicator, 'code' | 'shortName'>[];
  isPending: boolean;
  code: string;
  year: number | null;
  onChange: (next: { code: string; year: number }) => void;
};

/** Which grid to open: an indicator the user may edit, and a year of the panel (2020–2027). */
export function EntryPicker({ indicators, isPending, code, year, onChange }: EntryPickerProps) {
  const indicatorId = useId();
  const yearId = useId();
  const fallbackYear = year ?? LAST_YEAR;
  const isListed = indicators.some((indicator) => indicator.code === code);
  return (
    <div className="entry-picker">
      <div className="entry-picker__field">
        <label htmlFor={indicatorId}>Indicador</label>
        <select
          id={indicatorId}
          value={code}
          disabled={isPending}
          onChange={(event) => onChange({ code: event.target.value, year: fallbackYear })}
        >
          <option value="" disabled>
            {isPending ? 'Carregando indicadores…' : 'Escolha um indicador'}
          </option>
          {code !== '' && !isListed && !isPending && <option value={code}>{code}</option>}
          {indicators.map((indicator) => (
            <option key={indicator.code} value={indicator.code}>
              {indicator.code} — {indicator.shortName}
            </option>
          ))}
        </select>
      </div>
      <div className="entry-picker__field">
        <label htmlFor={yearId}>Ano</label>
        <select
          id={yearId}
          value={year ?? ''}
          onChange={(event) => onChange({ code, year: Number(event.target.value) })}
        >
          {year === null && (
            <option value="" disabled>
              Escolha
            </option>
          )}
          {PANEL_YEARS.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
