import { describe, expect, it } from 'vitest';
import { groupByMeeting, ownerLabel } from './deliberations.ts';

describe('ownerLabel', () => {
  const names = {
    CORAS: 'Coordenadoria de Organização de Rede de Atenção à Saúde',
    SUPERINTENDENCIA: 'Superintendência de Atenção à Saúde (gabinete)',
  };
  it('names the coordenadoria by its name, the person, or both', () => {
    expect(ownerLabel({ ownerCoordinationCode: 'CORAS', ownerText: null }, names)).toBe(
      'Coordenadoria de Organização de Rede de Atenção à Saúde',
    );
    expect(ownerLabel({ ownerCoordinationCode: null, ownerText: 'Ana Souza' }, names)).toBe('Ana Souza');
    expect(
      ownerLabel({ ownerCoordinationCode: 'SUPERINTENDENCIA', ownerText: 'Superintendente' }, names),
    ).toBe('Superintendência de Atenção à Saúde (gabinete) — Superintendente');
    expect(ownerLabel({ ownerCoordinationCode: null, ownerText: null }, names)).toBe('—');
  });
  it('keeps the code of a coordenadoria an old ata has no name for', () => {
    expect(ownerLabel({ ownerCoordinationCode: 'CAS', ownerText: null }, {})).toBe('CAS');
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
