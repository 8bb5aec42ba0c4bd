import { describe, expect, it } from 'vitest';
import { countTree, pendingReviewText, retirementOf, usedCodes } from './plan-tree.ts';

const at = '2026-11-24T15:00:00.000Z';
const tree = {
  objectives: [
    {
      code: '1',
      retiredAt: null,
      strategicActions: [
        {
          code: '1.1',
          retiredAt: null,
          actions: [
            { code: '1.1.1', retiredAt: null },
            { code: '1.1.2', retiredAt: at },
          ],
        },
        { code: '1.2', retiredAt: at, actions: [{ code: '1.2.1', retiredAt: null }] },
      ],
    },
    {
      code: '2',
      retiredAt: at,
      strategicActions: [{ code: '2.1', retiredAt: null, actions: [{ code: '2.1.1', retiredAt: null }] }],
    },
  ],
};

describe('usedCodes', () => {
  it('lists every code of each level, retired ones included', () => {
    expect(usedCodes(tree)).toEqual({
      objectives: ['1', '2'],
      strategic: ['1.1', '1.2', '2.1'],
      operational: ['1.1.1', '1.1.2', '1.2.1', '2.1.1'],
    });
  });
});

describe('countTree', () => {
  it('counts what is in the plan, leaving out retired nodes and everything under them', () => {
    expect(countTree(tree)).toEqual({ objectives: 1, strategic: 1, operational: 1, retired: 3 });
  });
});

describe('retirementOf', () => {
  it('marks a node retired by itself', () => {
    expect(retirementOf({ retiredAt: at }, null, null)).toEqual({
      isRetired: true,
      retiredAt: at,
      retiredWith: null,
    });
    expect(retirementOf({ retiredAt: null }, null, null)).toEqual({ isRetired: false });
  });
  it('marks a node under a retired node as out of the plan with it, naming the retired ancestor', () => {
    const objective = retirementOf({ retiredAt: at }, null, null);
    const strategic = retirementOf({ retiredAt: null }, objective, { kind: 'objective', code: '2' });
    expect(strategic).toEqual({
      isRetired: true,
      retiredAt: at,
      retiredWith: { kind: 'objective', code: '2' },
    });
    // Two levels down it still names the objective, the node that was actually retired.
    expect(retirementOf({ retiredAt: null }, strategic, { kind: 'strategic', code: '2.1' })).toEqual(
      strategic,
    );
  });
});

describe('pendingReviewText', () => {
  it('says how many prazos wait, in the singular or plural, and nothing when none', () => {
    expect(pendingReviewText(0)).toBeNull();
    expect(pendingReviewText(1)).toBe('1 prazo sem datas aguarda revisão');
    expect(pendingReviewText(12)).toBe('12 prazos sem datas aguardam revisão');
  });
});
