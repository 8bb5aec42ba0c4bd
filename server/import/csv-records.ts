/**
 * A small CSV reader shared by the template and TabNet parsers. Written here rather than taken
 * from csv-parse because both parsers need the line a record *starts* on (what the user sees in
 * Notepad), must survive the free text TabNet puts under its table (stray quotes included), and
 * TabNet parsing stops consuming as soon as the table ends.
 */
import { foldText } from '../../shared/text.ts';

export type CsvSeparator = ';' | ',';

/** `line`: 1-based line where the record starts. `isQuoteUnclosed`: a `"` opened a field and never closed. */
export type CsvRecord = { line: number; fields: string[]; isQuoteUnclosed: boolean };

const QUOTE = 34;
const LF = 10;
const CR = 13;

function closingQuote(text: string, from: number): number {
  let index = from;
  for (;;) {
    const found = text.indexOf('"', index);
    if (found === -1 || text.charCodeAt(found + 1) !== QUOTE) return found;
    index = found + 2;
  }
}

function countLineBreaks(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === LF || (code === CR && text.charCodeAt(index + 1) !== LF)) count++;
  }
  return count;
}

/**
 * Records one at a time, so a 200,000-line file never becomes an array of lines. Line breaks may
 * be CRLF, LF or a lone CR (Excel for Mac). Quoted fields follow RFC 4180 (`""` is a quote, line
 * breaks allowed inside); a quote that never closes is taken literally up to the end of its line,
 * so one typo cannot swallow the rest of the file. A blank line yields one empty field.
 */
export function* readCsvRecords(text: string, separator: CsvSeparator): Generator<CsvRecord> {
  const separatorCode = separator.charCodeAt(0);
  const length = text.length;
  let position = 0;
  let line = 1;
  while (position < length) {
    const record: CsvRecord = { line, fields: [], isQuoteUnclosed: false };
    let isRecordDone = false;
    while (!isRecordDone) {
      let value = '';
      if (text.charCodeAt(position) === QUOTE) {
        const end = closingQuote(text, position + 1);
        if (end === -1) {
          record.isQuoteUnclosed = true;
        } else {
          const inner = text.slice(position + 1, end);
          value = inner.includes('"') ? inner.replaceAll('""', '"') : inner;
          if (inner.includes('\n') || inner.includes('\r')) line += countLineBreaks(inner);
          position = end + 1;
        }
      }
      // Unquoted text, or whatever follows a closing quote before the separator (`"12" ` → `12 `).
      const start = position;
      let code = text.charCodeAt(position);
      while (position < length && code !== separatorCode && code !== LF && code !== CR) {
        code = text.charCodeAt(++position);
      }
      value += text.slice(start, position);
      record.fields.push(value);
      if (position >= length) {
        isRecordDone = true;
      } else if (code === separatorCode) {
        position++;
      } else {
        position += code === CR && text.charCodeAt(position + 1) === LF ? 2 : 1;
        line++;
        isRecordDone = true;
      }
    }
    yield record;
  }
}

/** True when every field is empty or spaces (Excel leaves `;;;;` lines under the data). */
export function isBlankRecord(fields: readonly string[]): boolean {
  return fields.every((field) => field.trim() === '');
}

/** `;` or `,`, whichever appears more often outside quotes on the first non-blank line; `;` on a tie. */
export function detectSeparator(text: string): CsvSeparator {
  let semicolons = 0;
  let commas = 0;
  let isInQuotes = false;
  let hasContent = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') isInQuotes = !isInQuotes;
    else if (!isInQuotes && (char === '\n' || char === '\r')) {
      if (hasContent) break;
    } else if (!isInQuotes && char === ';') semicolons++;
    else if (!isInQuotes && char === ',') commas++;
    if (char !== '\n' && char !== '\r' && char !== ' ') hasContent = true;
  }
  return commas > semicolons ? ',' : ';';
}

/** Header labels compared the way a person reads them: `Período `, `PERIODO` and `periodo` match. */
export function normalizeLabel(label: string): string {
  return foldText(label)
    .trim()
    .replace(/[\s_]+/g, ' ');
}
