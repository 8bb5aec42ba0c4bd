import { useId } from 'react';

/** A search box above a table, with how many rows are shown ("12 de 142 municípios"). */
export function SearchToolbar({
  value,
  onChange,
  shown,
  total,
}: {
  value: string;
  onChange: (value: string) => void;
  shown: number;
  total: number;
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
        onChange={(event) => onChange(event.target.value)}
      />
      <span className="table-toolbar__count" aria-live="polite">
        {shown === total ? `${total} municípios` : `${shown} de ${total} municípios`}
      </span>
    </div>
  );
}
