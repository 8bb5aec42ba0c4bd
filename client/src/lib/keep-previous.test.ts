import { describe, expect, it } from 'vitest';
import { keepPreviousOfSame } from './keep-previous.ts';

const key = (input: { code: string; year: number; page: number }) => [
  ['indicator', 'municipalities'],
  { input, type: 'query' },
];
const table = (input: { code: string; year: number }) => [input.code, input.year];

describe('keepPreviousOfSame', () => {
  it('keeps the rows of the same table while another page is read', () => {
    const placeholder = keepPreviousOfSame({ code: '713', year: 2025, page: 2 }, table);
    expect(placeholder(['linhas'], { queryKey: key({ code: '713', year: 2025, page: 1 }) })).toEqual([
      'linhas',
    ]);
  });

  it('shows loading for another year or indicator, and with nothing before', () => {
    const placeholder = keepPreviousOfSame({ code: '713', year: 2025, page: 1 }, table);
    expect(placeholder(['linhas'], { queryKey: key({ code: '713', year: 2024, page: 1 }) })).toBeUndefined();
    expect(placeholder(['linhas'], { queryKey: key({ code: '731', year: 2025, page: 1 }) })).toBeUndefined();
    expect(placeholder(undefined, undefined)).toBeUndefined();
  });
});
