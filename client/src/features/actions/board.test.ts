import { describe, expect, it } from 'vitest';
import { groupByStatus } from './board.ts';

describe('groupByStatus', () => {
  it('gives every status a column, in the order an action moves, empty ones included', () => {
    const columns = groupByStatus([]);
    expect(columns.map((column) => column.status)).toEqual([
      'none',
      'not_started',
      'in_progress',
      'suspended',
      'done',
      'cancelled',
    ]);
    expect(columns.every((column) => column.actions.length === 0)).toBe(true);
  });

  it('puts each action in its current status, keeping the plan order', () => {
    const actions = [
      { code: '1.1.1', status: 'done' as const },
      { code: '1.1.2', status: null },
      { code: '1.1.3', status: 'in_progress' as const },
      { code: '1.2.1', status: 'done' as const },
      { code: '1.2.2', status: 'cancelled' as const },
    ];
    const byStatus = Object.fromEntries(
      groupByStatus(actions).map((column) => [column.status, column.actions.map((action) => action.code)]),
    );
    expect(byStatus).toEqual({
      none: ['1.1.2'],
      not_started: [],
      in_progress: ['1.1.3'],
      suspended: [],
      done: ['1.1.1', '1.2.1'],
      cancelled: ['1.2.2'],
    });
  });
});
