import { useId } from 'react';
import { useYearParam } from './use-year-param.ts';
import { YEAR_OPTIONS } from './year-param.ts';

/** Edits `?ano=` of the current page. */
export function YearSelect() {
  const { year, setYear } = useYearParam();
  const id = useId();
  return (
    <div className="year-select">
      <label htmlFor={id}>Ano</label>
      <select id={id} value={year ?? ''} onChange={(event) => setYear(Number(event.target.value))}>
        {year === null && (
          <option value="" disabled>
            Escolha
          </option>
        )}
        {YEAR_OPTIONS.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </div>
  );
}
