const pad = (value: number) => String(value).padStart(2, '0');

/**
 * An instant the server stores in UTC (ISO 8601), as the user reads it: dd/mm/aaaa hh:mm in the
 * browser's time zone. `empty` stands for a missing instant ("nunca", "—").
 */
export function formatDateTime(iso: string | null | undefined, empty = '—'): string {
  if (!iso) return empty;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
