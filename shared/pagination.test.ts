import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, pageSummary } from './pagination.ts';

const RECORDS = { one: 'registro', many: 'registros' };

describe('pagination', () => {
  it('counts pages of 50, with at least one page', () => {
    expect(pageCount(312, 50)).toBe(7);
    expect(pageCount(300, 50)).toBe(6);
    expect(pageCount(0, 50)).toBe(1);
  });
  it("says where the reader is, in the table's own words", () => {
    expect(pageSummary(2, 312, 50, RECORDS)).toBe('página 2 de 7, 312 registros');
    expect(pageSummary(1, 1, 50, RECORDS)).toBe('página 1 de 1, 1 registro');
    expect(pageSummary(1, 0, 50, RECORDS)).toBe('página 1 de 1, 0 registros');
    expect(pageSummary(3, 1234, 50, RECORDS)).toBe('página 3 de 25, 1.234 registros');
    expect(pageSummary(2, 5570, 200, { one: 'município', many: 'municípios' })).toBe(
      'página 2 de 28, 5.570 municípios',
    );
  });
  it('cuts one page of rows, the last one when asked past the end', () => {
    const rows = Array.from({ length: 120 }, (_, index) => index);
    expect(pageOf(rows, 1)).toEqual({ rows: rows.slice(0, 50), page: 1 });
    expect(pageOf(rows, 3)).toEqual({ rows: rows.slice(100), page: 3 });
    expect(pageOf(rows, 9)).toEqual({ rows: rows.slice(100), page: 3 });
    expect(pageOf([], 2)).toEqual({ rows: [], page: 1 });
  });
});
