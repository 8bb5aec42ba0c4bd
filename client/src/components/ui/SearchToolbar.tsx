import { useId } from 'react';
import { formatNumber } from '../../../../shared/format.ts';

/**
 * A search box above a table, with how many rows are shown ("12 de 142 municípios"); without `count`
 * (the rows are still being read, or could not be) the box stays so the search can be changed.
 */
export function SearchToolbar({
  value,
  onChange,
  count,
  maxLength,
}: {
  value: string;
  onChange: (value: string) => void;
  count?: { shown: number; total: number };
  /** What the server accepts. */
  maxLength?: number;
}) {
  const id = useId();
  return (
    <div className="table-toolbar">
      <label htmlFor={id}>Buscar município</label>
      <input
        id={id}
        type="search"
        value={value}
        placeholder="Nome do município"
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
      />
      {count && (
        <span className="table-toolbar__count" aria-live="polite">
          {count.shown === count.total
            ? `${formatNumber(count.total, 0)} municípios`
            : `${formatNumber(count.shown, 0)} de ${formatNumber(count.total, 0)} municípios`}
        </span>
      )}
    </div>
  );
}
