import { useId } from 'react';
import { useNavigate } from 'react-router';
import { YEAR_PART_STATE_LABELS, type YearPartState } from '../../../../shared/domain/dates.ts';

/** Chooses the period of a report (semester, quadrimester or year already started); the choice is the address. */
export function ReportPeriodPicker({
  label,
  period,
  periods,
  pathOf,
}: {
  label: string;
  period: string;
  periods: readonly { code: string; label: string; state: YearPartState }[];
  pathOf: (period: string) => string;
}) {
  const id = useId();
  const navigate = useNavigate();
  return (
    <div className="year-select semester-picker">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={period} onChange={(event) => navigate(pathOf(event.target.value))}>
        {[...periods].reverse().map((option) => (
          <option key={option.code} value={option.code}>
            {option.label}
            {option.state === 'current' ? ` (${YEAR_PART_STATE_LABELS.current})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}
