import { describe, expect, it } from 'vitest';
import { closableMonths, closedPeriodProblem, monthsHeldBy } from './data-closing.ts';

const CLOSED = new Map([
  ['2026-10', { month: '2026-10', closedAt: '2026-11-03T21:00:00.000Z', closedByName: 'Maria' }],
  ['2025-12', { month: '2025-12', closedAt: '2026-01-06T21:00:00.000Z', closedByName: null }],
]);

describe('which values a closed month holds', () => {
  it('a month holds its own values; a whole year of a monthly indicator all its months; a yearly indicator December', () => {
    expect(monthsHeldBy('2026-10', 'monthly')).toEqual(['2026-10']);
    expect(monthsHeldBy('2025', 'monthly')).toHaveLength(12);
    expect(monthsHeldBy('2026', 'yearly')).toEqual(['2026-12']);
  });

  it('refuses a value of a closed month, naming it, who closed it and when (Mato Grosso time)', () => {
    expect(closedPeriodProblem('2026-10', 'monthly', CLOSED)).toBe(
      'Mês fechado: o período é out/2026, fechado na reunião de condução por Maria em 03/11/2026 17:00. Os valores de um mês fechado não mudam; o administrador pode reabri-lo, com o motivo.',
    );
    expect(closedPeriodProblem('2026-09', 'monthly', CLOSED)).toBeNull();
    // A whole 2026 would stand over October; the year's count (CIB validations) is still open.
    expect(closedPeriodProblem('2026', 'monthly', CLOSED)).toMatch(
      /^Mês fechado: o ano 2026 inteiro inclui out\/2026/,
    );
    expect(closedPeriodProblem('2026', 'yearly', CLOSED)).toBeNull();
    expect(closedPeriodProblem('2025', 'yearly', CLOSED)).toMatch(
      /dez\/2025, fechado na reunião de condução em/,
    );
  });

  it('offers to close the reviewed month and those of its year left open', () => {
    expect(closableMonths('2026-03', new Set())).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(closableMonths('2026-03', new Set(['2026-01', '2026-02']))).toEqual(['2026-03']);
    expect(closableMonths('2026-03', new Set(['2026-01', '2026-02', '2026-03']))).toEqual([]);
  });
});
