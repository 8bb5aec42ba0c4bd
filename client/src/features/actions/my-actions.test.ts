import { describe, expect, it } from 'vitest';
import { monthlyRecordState, sortMyActions } from './my-actions.ts';

const row = (code: string, changes: Partial<Parameters<typeof monthlyRecordState>[0]> = {}) => ({
  code,
  status: 'in_progress' as const,
  startsOn: null,
  owesRecord: false,
  ...changes,
});

describe('sortMyActions', () => {
  it('lists the actions owing the month first, each group in plan order', () => {
    const rows = [
      row('1.1.5'),
      row('1.4.1', { owesRecord: true }),
      row('2.3.1'),
      row('3.2.2', { owesRecord: true }),
    ];
    expect(sortMyActions(rows).map((r) => r.code)).toEqual(['1.4.1', '3.2.2', '1.1.5', '2.3.1']);
  });
});

describe('monthlyRecordState', () => {
  it('says which month is missing', () => {
    expect(monthlyRecordState(row('1.4.1', { owesRecord: true }), '2026-11')).toEqual({
      owes: true,
      label: 'Sem registro em nov/2026',
    });
  });
  it('explains why an action does not owe the record', () => {
    expect(monthlyRecordState(row('a', { status: 'done' }), '2026-11').label).toBe(
      'Concluída: não precisa de registro',
    );
    expect(monthlyRecordState(row('a', { status: 'cancelled' }), '2026-11').label).toBe(
      'Cancelada: não precisa de registro',
    );
    expect(monthlyRecordState(row('a', { startsOn: '2027-02-01' }), '2026-11').label).toBe(
      'Começa em fev/2027',
    );
    expect(monthlyRecordState(row('a'), '2026-10')).toEqual({
      owes: false,
      label: 'Registro de out/2026 feito',
    });
  });
});
