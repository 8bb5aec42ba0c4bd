import { describe, expect, it } from 'vitest';
import {
  currentStatus,
  isDueSoon,
  isOverdue,
  owesMonthlyRecord,
  rollup,
  statusFromPlanText,
} from './action-status.ts';

const TODAY = '2026-11-24';

describe('action status rules', () => {
  it('reads the statuses printed in the plan', () => {
    expect(statusFromPlanText('Concluído')).toBe('done');
    expect(statusFromPlanText('Em andamento')).toBe('in_progress');
    expect(statusFromPlanText('Não Iniciado')).toBe('not_started');
    expect(statusFromPlanText(null)).toBeNull();
  });

  it('takes the latest record over the plan, and the plan over nothing', () => {
    expect(currentStatus('done', 'in_progress')).toBe('done');
    expect(currentStatus(null, 'in_progress')).toBe('in_progress');
    expect(currentStatus(null, null)).toBeNull();
  });

  it('is atrasada only after the end date and while still owed', () => {
    expect(isOverdue({ endsOn: '2026-11-23', status: 'in_progress' }, TODAY)).toBe(true);
    expect(isOverdue({ endsOn: '2026-11-23', status: null }, TODAY)).toBe(true);
    expect(isOverdue({ endsOn: '2026-11-24', status: 'in_progress' }, TODAY)).toBe(false);
    expect(isOverdue({ endsOn: null, status: 'not_started' }, TODAY)).toBe(false);
    for (const status of ['done', 'cancelled', 'suspended'] as const) {
      expect(isOverdue({ endsOn: '2024-04-30', status }, TODAY)).toBe(false);
    }
  });

  it('is due soon when the end falls in the next 30 days', () => {
    expect(isDueSoon({ endsOn: TODAY, status: 'in_progress' }, TODAY)).toBe(true);
    expect(isDueSoon({ endsOn: '2026-12-24', status: null }, TODAY)).toBe(true);
    expect(isDueSoon({ endsOn: '2026-12-25', status: null }, TODAY)).toBe(false);
    expect(isDueSoon({ endsOn: '2026-12-01', status: 'done' }, TODAY)).toBe(false);
    expect(isDueSoon({ endsOn: '2026-11-23', status: null }, TODAY)).toBe(false);
  });

  it('rolls up counts and % concluded without the cancelled ones', () => {
    const result = rollup([
      { status: 'done', overdue: false },
      { status: 'done', overdue: false },
      { status: 'in_progress', overdue: true },
      { status: 'cancelled', overdue: false },
      { status: null, overdue: true },
    ]);
    expect(result.total).toBe(5);
    expect(result.counts).toEqual({
      not_started: 0,
      in_progress: 1,
      done: 2,
      cancelled: 1,
      suspended: 0,
      none: 1,
    });
    expect(result.overdue).toBe(2);
    expect(result.percentDone).toBeCloseTo(50, 10); // 2 of the 4 still owed
    expect(rollup([{ status: 'cancelled', overdue: false }]).percentDone).toBeNull();
    // Suspended actions are still owed: 1 concluded of 2.
    expect(
      rollup([
        { status: 'done', overdue: false },
        { status: 'suspended', overdue: false },
      ]).percentDone,
    ).toBe(50);
    expect(rollup([]).percentDone).toBeNull();
  });

  it('asks a monthly record only of started, unfinished actions', () => {
    expect(owesMonthlyRecord({ status: 'in_progress', startsOn: '2024-03-01' }, '2026-11')).toBe(true);
    expect(owesMonthlyRecord({ status: null, startsOn: null }, '2026-11')).toBe(true);
    expect(owesMonthlyRecord({ status: 'suspended', startsOn: null }, '2026-11')).toBe(true);
    expect(owesMonthlyRecord({ status: 'done', startsOn: null }, '2026-11')).toBe(false);
    expect(owesMonthlyRecord({ status: 'cancelled', startsOn: null }, '2026-11')).toBe(false);
    expect(owesMonthlyRecord({ status: null, startsOn: '2026-11-30' }, '2026-11')).toBe(true);
    expect(owesMonthlyRecord({ status: null, startsOn: '2026-12-01' }, '2026-11')).toBe(false);
  });
});
