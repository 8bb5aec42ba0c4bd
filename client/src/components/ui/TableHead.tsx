/**
 * A header cell: its text, or the text with a class (a numeric column is right-aligned like its cells)
 * or read only by screen readers (a column of buttons needs a name, not a visible heading). `false` is
 * an optional column left out, so a table can write `showMeeting && 'Reunião'`.
 */
export type Column = string | { label: string; className?: string; isLabelHidden?: boolean } | false;

/** The header row of a table: one `th scope="col"` per column, so screen readers name each cell. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => {
          if (column === false) return null;
          const { label, className, isLabelHidden } = typeof column === 'string' ? { label: column } : column;
          return (
            <th key={label} scope="col" className={className}>
              {isLabelHidden ? <span className="visually-hidden">{label}</span> : label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
