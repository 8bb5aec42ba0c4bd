import { describe, expect, it } from 'vitest';
import { type CsvSeparator, detectSeparator, normalizeLabel, readCsvRecords } from './csv-records.ts';

const read = (text: string, separator: CsvSeparator = ';') =>
  [...readCsvRecords(text, separator)].map(({ line, fields, isQuoteUnclosed }) =>
    isQuoteUnclosed ? { line, fields, isQuoteUnclosed } : { line, fields },
  );

describe('readCsvRecords', () => {
  it('splits fields and numbers lines from 1, whatever the line break', () => {
    expect(read('a;b\r\nc;d\ne;f\rg')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['c', 'd'] },
      { line: 3, fields: ['e', 'f'] },
      { line: 4, fields: ['g'] },
    ]);
  });

  it('keeps blank lines as one empty field and ignores the final line break', () => {
    expect(read('a\r\n\r\n;\r\n')).toEqual([
      { line: 1, fields: ['a'] },
      { line: 2, fields: [''] },
      { line: 3, fields: ['', ''] },
    ]);
  });

  it('unquotes fields, undoubles quotes and keeps separators inside quotes', () => {
    expect(read('"510340 Cuiabá";"1;2";"diz ""oi""";""', ';')).toEqual([
      { line: 1, fields: ['510340 Cuiabá', '1;2', 'diz "oi"', ''] },
    ]);
    expect(read('713,"1234,5",x', ',')).toEqual([{ line: 1, fields: ['713', '1234,5', 'x'] }]);
  });

  it('numbers a record by the line it starts on when a quoted field spans lines', () => {
    expect(read('"a\r\nb";1\r\nc;2')).toEqual([
      { line: 1, fields: ['a\r\nb', '1'] },
      { line: 3, fields: ['c', '2'] },
    ]);
  });

  it('takes a quote that never closes literally to the end of its line', () => {
    expect(read('a;"b\r\nc;d')).toEqual([
      { line: 1, fields: ['a', '"b'], isQuoteUnclosed: true },
      { line: 2, fields: ['c', 'd'] },
    ]);
  });

  it('keeps a quote in the middle of a field as text', () => {
    expect(read('Notas: 1 "x";2')).toEqual([{ line: 1, fields: ['Notas: 1 "x"', '2'] }]);
  });
});

describe('detectSeparator', () => {
  it.each([
    ['indicador;ibge;periodo\n1,5;2', ';'],
    ['indicador,ibge,periodo\n1;2', ','],
    ['\r\n\r\nindicador,ibge\n', ','],
    ['"a;b",c,d', ','],
    ['indicador', ';'],
  ])('reads the separator of %j as %s', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});

describe('normalizeLabel', () => {
  it('ignores case, accents, outer spaces and underscores', () => {
    expect(normalizeLabel(' Período ')).toBe('periodo');
    expect(normalizeLabel('MUNICÍPIO_de  residência')).toBe('municipio de residencia');
  });
});
