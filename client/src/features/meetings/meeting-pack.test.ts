import { describe, expect, it } from 'vitest';
import { compareActionCodes } from '../../../../shared/domain/action-code.ts';
import {
  codesByCoordination,
  coordinationCountsText,
  coordinationSummary,
  countByCoordination,
  groupUpdatesByStatus,
  hasActionUnderWay,
  hasExampleItems,
  hasSharedAction,
  isLongList,
  isOffTarget,
  latestUpdatePerAction,
  sortIndicators,
  statusChanged,
  statusTrend,
} from './meeting-pack.ts';

const emptyPack = {
  indicators: [],
  nonConformities: [],
  updated: [],
  agendaItems: [],
  deliberations: [],
  openDeliberations: [],
};

const NAMES = {
  COAP: 'Coordenadoria de Atenção Primária',
  CAS: 'Coordenadoria de Atenção Secundária',
  SUPERINTENDENCIA: 'Superintendência de Atenção à Saúde (gabinete)',
};

describe('hasExampleItems', () => {
  it('is false when everything is real', () => {
    expect(hasExampleItems({ isExample: false }, { ...emptyPack, updated: [{ isExample: false }] })).toBe(
      false,
    );
  });
  it('is true when the meeting or any item is example data', () => {
    expect(hasExampleItems({ isExample: true }, emptyPack)).toBe(true);
    expect(
      hasExampleItems({ isExample: false }, { ...emptyPack, openDeliberations: [{ isExample: true }] }),
    ).toBe(true);
  });
});

describe('countByCoordination', () => {
  it('counts shared actions for each coordenadoria, most first', () => {
    const counts = countByCoordination([
      { coordinationCodes: ['COAP'] },
      { coordinationCodes: ['CAS', 'COAP'] },
      { coordinationCodes: ['CAS'] },
      { coordinationCodes: ['CAT'] },
      { coordinationCodes: [] },
    ]);
    expect(counts).toEqual([
      { code: 'CAS', count: 2 },
      { code: 'COAP', count: 2 },
      { code: 'CAT', count: 1 },
      { code: 'sem coordenadoria', count: 1 },
    ]);
    expect(coordinationCountsText(counts.slice(0, 2), NAMES)).toBe(
      'Coordenadoria de Atenção Secundária: 2 · Coordenadoria de Atenção Primária: 2',
    );
    expect(coordinationCountsText(counts.slice(2), NAMES)).toBe('CAT: 1 · sem coordenadoria: 1');
  });
  it('says that shared actions count for each coordenadoria, only when there is one', () => {
    const single = [{ coordinationCodes: ['COAP'] }, { coordinationCodes: ['CAS'] }];
    expect(hasSharedAction(single)).toBe(false);
    expect(coordinationSummary(single, NAMES)).toBe(
      'Por coordenadoria: Coordenadoria de Atenção Secundária: 1 · Coordenadoria de Atenção Primária: 1',
    );
    const shared = [...single, { coordinationCodes: ['SUPERINTENDENCIA', 'COAP'] }];
    expect(hasSharedAction(shared)).toBe(true);
    expect(coordinationSummary(shared, NAMES)).toBe(
      'Por coordenadoria: Coordenadoria de Atenção Primária: 2 · Coordenadoria de Atenção Secundária: 1 · Superintendência de Atenção à Saúde (gabinete): 1 (uma ação com várias coordenadorias conta para cada uma)',
    );
  });
  it('collapses only long lists', () => {
    expect(isLongList(10)).toBe(false);
    expect(isLongList(11)).toBe(true);
  });
});

describe('latestUpdatePerAction', () => {
  it('keeps the newest record of each action and counts them, in plan order', () => {
    const rows = latestUpdatePerAction([
      { recordId: 2, actionCode: '2.1.10', recordedAt: '2026-10-20T14:00:00Z' },
      { recordId: 1, actionCode: '1.1.1', recordedAt: '2026-10-20T14:00:00Z' },
      { recordId: 4, actionCode: '2.1.9', recordedAt: '2026-10-20T14:00:00Z' },
      { recordId: 3, actionCode: '1.1.1', recordedAt: '2026-11-02T14:00:00Z' },
    ]);
    expect(rows.map((row) => [row.actionCode, row.recordId, row.recordCount])).toEqual([
      ['1.1.1', 3, 2],
      ['2.1.9', 4, 1],
      ['2.1.10', 2, 1],
    ]);
  });
  it('orders action codes as the plan does', () => {
    expect(['1.10.1', '1.2.1', '1.1.12', '1.1.2'].sort(compareActionCodes)).toEqual([
      '1.1.2',
      '1.1.12',
      '1.2.1',
      '1.10.1',
    ]);
  });
});

describe('groupUpdatesByStatus', () => {
  it('makes one group per status of the latest record, in status order, leaving out empty ones', () => {
    const groups = groupUpdatesByStatus([
      { recordId: 1, actionCode: '1.1.1', recordedAt: '2026-10-01T00:00:00Z', status: 'done' as const },
      {
        recordId: 2,
        actionCode: '1.1.2',
        recordedAt: '2026-10-01T00:00:00Z',
        status: 'in_progress' as const,
      },
      // 1.1.1's later record moves it back to "em andamento".
      {
        recordId: 3,
        actionCode: '1.1.1',
        recordedAt: '2026-10-05T00:00:00Z',
        status: 'in_progress' as const,
      },
      { recordId: 4, actionCode: '1.1.3', recordedAt: '2026-10-01T00:00:00Z', status: 'suspended' as const },
    ]);
    expect(groups.map((group) => [group.status, group.items.map((item) => item.actionCode)])).toEqual([
      ['in_progress', ['1.1.1', '1.1.2']],
      ['suspended', ['1.1.3']],
    ]);
  });
});

describe('indicators', () => {
  it('tells whether the status changed since the previous meeting, and which way', () => {
    expect(statusChanged({ status: 'at_risk', previousStatus: 'at_risk' })).toBe(false);
    expect(statusChanged({ status: 'at_risk', previousStatus: null })).toBe(false);
    expect(statusTrend({ status: 'not_achieved', previousStatus: 'at_risk' })).toBe('piorou');
    expect(statusTrend({ status: 'achieved', previousStatus: 'not_achieved' })).toBe('melhorou');
    expect(statusTrend({ status: 'no_data', previousStatus: 'achieved' })).toBe('mudou');
    expect(statusTrend({ status: 'achieved', previousStatus: 'achieved' })).toBeNull();
  });
  it('puts indicators off target first, keeping plan order within each group', () => {
    const sorted = sortIndicators([
      { code: 'a', status: 'achieved' as const },
      { code: 'b', status: 'at_risk' as const },
      { code: 'c', status: 'not_achieved' as const },
      { code: 'd', status: 'at_risk' as const },
    ]);
    expect(sorted.map((item) => item.code)).toEqual(['c', 'b', 'd', 'a']);
  });
});

describe('codesByCoordination', () => {
  it('lists the codes under each coordenadoria, coordenadorias in alphabetical order', () => {
    expect(
      codesByCoordination([
        { code: '1.1.1', coordinationCodes: ['COAP'] },
        { code: '2.3.1', coordinationCodes: ['CAS', 'COAP'] },
        { code: '4.1.2', coordinationCodes: ['CAS'] },
      ]),
    ).toEqual([
      { coordination: 'CAS', codes: ['2.3.1', '4.1.2'] },
      { coordination: 'COAP', codes: ['1.1.1', '2.3.1'] },
    ]);
  });
});

describe('an off-target indicator without an action under way', () => {
  it('is off target when not achieved or at risk', () => {
    expect(
      ['not_achieved', 'at_risk', 'achieved', 'no_data'].map((status) => isOffTarget(status as never)),
    ).toEqual([true, true, false, false]);
  });
  it('has an action under way only when one linked action is in progress', () => {
    expect(hasActionUnderWay([])).toBe(false);
    expect(hasActionUnderWay([{ status: 'done' }, { status: null }])).toBe(false);
    expect(hasActionUnderWay([{ status: 'done' }, { status: 'in_progress' }])).toBe(true);
  });
});
