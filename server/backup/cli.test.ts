import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import { describeFailure, formatBytes, formatCounts } from './cli.ts';

describe('formatBytes', () => {
  it('uses binary units with a decimal comma', () => {
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(1536)).toBe('1,5 KB');
    // 9,760,768 / 1024² = 9.308… → 9,3 MB
    expect(formatBytes(9_760_768)).toBe('9,3 MB');
  });
});

describe('formatCounts', () => {
  it('lists the main tables present, in a fixed order, with Portuguese labels and thousands dots', () => {
    expect(formatCounts({ data_values: 59_700, knex_x: 1, indicators: 21, sessions: 3 })).toEqual([
      '  indicadores: 21',
      '  valores informados: 59.700',
    ]);
  });
});

describe('describeFailure', () => {
  it('keeps an AppError message and explains common system errors', () => {
    expect(describeFailure(new AppError('CONFLICT', 'Já existe.'))).toBe('Já existe.');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), {
      code: 'ENOSPC',
      path: '/b.sqlite',
    });
    expect(describeFailure(full)).toBe('o disco está cheio (/b.sqlite).');
    expect(describeFailure(new Error('boom'))).toBe('erro inesperado: boom');
  });
});
