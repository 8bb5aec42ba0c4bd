/** Everything a user reads is Brazilian Portuguese: 1.234,5 and dd/mm/aaaa. */
import { parsePeriod } from './domain/period.ts';
import { foldText } from './text.ts';

const MONTHS = ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'] as const;
const FULL_MONTHS = [
  'janeiro',
  'fevereiro',
  'março',
  'abril',
  'maio',
  'junho',
  'julho',
  'agosto',
  'setembro',
  'outubro',
  'novembro',
  'dezembro',
] as const;

/** Formatters built once per shape: building one per number is slow over a big table or import. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();
function formatterFor(minimumFractionDigits: number, maximumFractionDigits: number): Intl.NumberFormat {
  const key = `${minimumFractionDigits}|${maximumFractionDigits}`;
  let formatter = FORMATTERS.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('pt-BR', { minimumFractionDigits, maximumFractionDigits });
    FORMATTERS.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number | null | undefined, decimals = 2): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatterFor(0, decimals).format(value);
}

/** Fixed decimals, for columns where figures must line up. */
export function formatFixed(value: number | null | undefined, decimals: number): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return formatterFor(decimals, decimals).format(value);
}

export function monthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** `3` → `março`. */
export function fullMonthName(month: number): string {
  return FULL_MONTHS[month - 1] ?? '';
}

/** Every way a month is written, folded (`marco`, `mar`) → 1…12: one reading for prazos and TabNet. */
export const MONTH_BY_WORD: ReadonlyMap<string, number> = new Map(
  FULL_MONTHS.flatMap((name, index) => [
    [foldText(name), index + 1],
    [MONTHS[index] as string, index + 1],
  ]),
);

/** `2026-10` → `out/2026`; `2025` → `2025`. */
export function formatPeriod(period: string): string {
  const parsed = parsePeriod(period);
  if (!parsed) return period;
  return parsed.month === null ? String(parsed.year) : `${monthName(parsed.month)}/${parsed.year}`;
}

/** A number already written with its decimals (`18,60`): goes into the CSV as it is. */
export type CsvNumberText = { numberText: string };

/** A CSV cell for Excel in Portuguese: decimal comma, no thousands separator, quoted when needed. */
export function csvCell(value: string | number | CsvNumberText | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value.numberText;
  const text =
    typeof value === 'number'
      ? Number.isFinite(value)
        ? String(Number(value.toFixed(6))).replace('.', ',')
        : ''
      : value;
  // A text that starts like a formula (=, +, -, @, tab, CR) would run in Excel or LibreOffice: an
  // apostrophe makes it text (OWASP's CSV injection advice). Numbers are written as numbers.
  const safe = typeof value === 'string' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Whole CSV for Excel pt-BR: `;` separator, CRLF, UTF-8 with BOM so accents open correctly. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | CsvNumberText | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** Built once (a long audit list formats hundreds of moments); 24-hour clock as Brazil writes it. */
const MT_MOMENT = new Intl.DateTimeFormat('pt-BR', {
  timeZone: 'America/Cuiaba',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function momentParts(isoInstant: string): Record<string, string> | null {
  const date = new Date(isoInstant);
  if (Number.isNaN(date.getTime())) return null;
  return Object.fromEntries(MT_MOMENT.formatToParts(date).map((part) => [part.type, part.value]));
}

/**
 * The one way an instant is shown. The server stores UTC; every page, file and message shows it as
 * read in Mato Grosso (America/Cuiaba, UTC−4), whatever the reader's computer says:
 * `24/11/2026 14:02`. Missing → `empty`; a text that is not an instant is left as it is.
 */
export function formatDateTimeMt(isoInstant: string | null | undefined, empty = '—'): string {
  if (!isoInstant) return empty;
  const parts = momentParts(isoInstant);
  if (!parts) return isoInstant;
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** The same Mato Grosso moment written for files, `2026-11-24 14:02`: read alike by Excel and Power BI. */
export function formatDateTimeIsoMt(isoInstant: string): string {
  const parts = momentParts(isoInstant);
  if (!parts) return isoInstant;
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The day (dd/mm/aaaa) an instant falls on in Mato Grosso: `2026-11-25T02:30Z` → `24/11/2026`. */
export function formatDateMt(isoInstant: string | null | undefined, empty = '—'): string {
  if (!isoInstant) return empty;
  const parts = momentParts(isoInstant);
  if (!parts) return isoInstant;
  return `${parts.day}/${parts.month}/${parts.year}`;
}

/** A calendar date `2024-06-30` → `30/06/2024` (no time zone involved); missing → `empty`. */
export function formatIsoDate(isoDate: string | null | undefined, empty = '—'): string {
  if (!isoDate) return empty;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : isoDate;
}
