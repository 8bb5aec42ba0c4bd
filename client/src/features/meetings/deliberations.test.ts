import { describe, expect, it } from 'vitest';
import { groupByMeeting, ownerLabel, ownerTitle } from './deliberations.ts';

describe('ownerLabel', () => {
  it('names the coordenadoria, the person, or both', () => {
    expect(ownerLabel({ ownerCoordinationCode: 'CORAS', ownerText: null })).toBe('CORAS');
    expect(ownerLabel({ ownerCoordinationCode: null, ownerText: 'Ana Souza' })).toBe('Ana Souza');
    expect(ownerLabel({ ownerCoordinationCode: 'SUPERINTENDENCIA', ownerText: 'Superintendente' })).toBe(
      'SUPERINTENDENCIA — Superintendente',
    );
    expect(ownerLabel({ ownerCoordinationCode: null, ownerText: null })).toBe('—');
  });
  it('gives the coordenadoria full name when known', () => {
    const list = [{ code: 'CAS', name: 'Coordenadoria de Atenção Secundária' }];
    expect(ownerTitle({ ownerCoordinationCode: 'CAS', ownerText: null }, list)).toBe(
      'Coordenadoria de Atenção Secundária',
    );
    expect(ownerTitle({ ownerCoordinationCode: null, ownerText: 'Ana' }, list)).toBeUndefined();
  });
});

describe('groupByMeeting', () => {
  const item = (
    id: number,
    meetingMonth: string,
    extra: Partial<{ isOpen: boolean; overdue: boolean; deadline: string | null }> = {},
  ) => ({
    id,
    meetingMonth,
    isOpen: true,
    overdue: false,
    deadline: null,
    ...extra,
  });
  const list = [
    item(1, '2026-09', { isOpen: false }),
    item(2, '2026-10', { deadline: '2026-12-01' }),
    item(3, '2026-10', { deadline: '2026-11-15' }),
    item(4, '2026-10'),
    item(5, '2026-10', { deadline: '2026-11-20', overdue: true }),
  ];
  it('puts the newest meeting first and, inside it, overdue then by deadline', () => {
    expect(groupByMeeting(list, false).map((group) => [group.month, group.items.map((d) => d.id)])).toEqual([
      ['2026-10', [5, 3, 2, 4]],
      ['2026-09', [1]],
    ]);
  });
  it('leaves out the closed ones when only open ones are asked for', () => {
    expect(groupByMeeting(list, true).map((group) => group.month)).toEqual(['2026-10']);
  });
});
