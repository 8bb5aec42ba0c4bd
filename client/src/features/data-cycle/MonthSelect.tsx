import { useId } from 'react';
import { formatPeriod } from '../../../../shared/format.ts';

/** A month of data to look at, among those the server offers (its clock: last full month first). */
export function MonthSelect({
  months,
  value,
  onChange,
}: {
  months: readonly string[];
  value: string;
  onChange: (month: string) => void;
}) {
  const id = useId();
  return (
    <div className="import-form__field">
      <label htmlFor={id}>Mês</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
        {months.map((option) => (
          <option key={option} value={option}>
            {formatPeriod(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
