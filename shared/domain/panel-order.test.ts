import { describe, expect, it } from 'vitest';
import { groupByObjective } from './panel-order.ts';

describe('groupByObjective', () => {
  it("puts the indicators under their objectives in the plan's order, not the file's", () => {
    const objectives = [{ code: 'RS' }, { code: '2' }, { code: '4' }];
    const indicators = [
      { code: '713', objectiveCode: 'RS' },
      { code: 'RAS-CIB', objectiveCode: '2' },
      { code: 'PLAN-MUN', objectiveCode: '4' },
      { code: 'PBF', objectiveCode: 'RS' },
    ];
    expect(
      groupByObjective(objectives, indicators).map((group) => [
        group.objective.code,
        group.items.map((item) => item.code),
      ]),
    ).toEqual([
      ['RS', ['713', 'PBF']],
      ['2', ['RAS-CIB']],
      ['4', ['PLAN-MUN']],
    ]);
  });

  it('leaves out objectives with no indicator', () => {
    expect(groupByObjective([{ code: '1' }, { code: '3' }], [{ objectiveCode: '3' }])).toEqual([
      { objective: { code: '3' }, items: [{ objectiveCode: '3' }] },
    ]);
  });
});
