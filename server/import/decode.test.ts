import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode.ts';

const fixture = (name: string): Uint8Array =>
  readFileSync(new URL(`../../test/fixtures/import/${name}`, import.meta.url));
const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeText', () => {
  it('reads UTF-8 and drops its BOM', () => {
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Município;Período')]);
    expect(decodeText(withBom)).toEqual({ text: 'Município;Período', encoding: 'utf-8' });
    expect(decodeText(utf8('Cuiabá'))).toEqual({ text: 'Cuiabá', encoding: 'utf-8' });
  });

  it('reads anything that is not UTF-8 as Latin-1 / Windows-1252', () => {
    expect(decodeText(iconv.encode('"510840 Várzea Grande";12', 'latin1'))).toEqual({
      text: '"510840 Várzea Grande";12',
      encoding: 'iso-8859-1',
    });
    // 0x96 is the en dash in Windows-1252, what Excel writes for a typed "–".
    expect(decodeText(bytes(0x41, 0x96, 0x42, 0xe9))).toEqual({ text: 'A–Bé', encoding: 'iso-8859-1' });
  });

  it('reads the TabNet fixtures as Latin-1 with their accents intact', () => {
    const decoded = decodeText(fixture('tabnet-anos-latin1.csv'));
    expect(decoded).toMatchObject({ encoding: 'iso-8859-1' });
    expect('text' in decoded && decoded.text).toContain('"510840 Várzea Grande"');
  });

  it.each([
    ['an empty file', bytes(), 'O arquivo está vazio.'],
    [
      'a file with only a BOM and blank lines',
      bytes(0xef, 0xbb, 0xbf, 0x0d, 0x0a, 0x20),
      'O arquivo está vazio.',
    ],
    [
      'UTF-16 LE',
      bytes(0xff, 0xfe, 0x41, 0x00),
      'O arquivo está em UTF-16: salve como CSV UTF-8 ou ISO-8859-1.',
    ],
    [
      'UTF-16 BE',
      bytes(0xfe, 0xff, 0x00, 0x41),
      'O arquivo está em UTF-16: salve como CSV UTF-8 ou ISO-8859-1.',
    ],
    [
      'UTF-16 without a BOM',
      new Uint8Array(Buffer.from('indicador;ibge\r\n', 'utf16le')),
      'O arquivo está em UTF-16: salve como CSV UTF-8 ou ISO-8859-1.',
    ],
    [
      'an .xlsx sent as CSV',
      bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00),
      'O arquivo não é um texto CSV (parece uma planilha do Excel: envie como .xlsx ou salve como CSV).',
    ],
    ['an old .xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1), expect.stringContaining('formato antigo .xls')],
    ['a PDF', utf8('%PDF-1.7\n'), expect.stringContaining('é um PDF')],
    [
      'binary content',
      bytes(0x41, 0x00, 0x00, 0x00, 0x7f, 0x00, 0x42, 0x43),
      expect.stringContaining('não é texto'),
    ],
  ])('refuses %s', (_name, input, problem) => {
    expect(decodeText(input)).toEqual({ problem });
  });

  it('refuses the broken fixtures', () => {
    expect(decodeText(fixture('quebrado-vazio.csv'))).toEqual({ problem: 'O arquivo está vazio.' });
    expect(decodeText(fixture('quebrado-utf16.csv'))).toEqual({
      problem: 'O arquivo está em UTF-16: salve como CSV UTF-8 ou ISO-8859-1.',
    });
    expect(decodeText(fixture('modelo-valido.xlsx'))).toEqual({
      problem: expect.stringContaining('planilha do Excel'),
    });
  });
});
