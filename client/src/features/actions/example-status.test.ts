import { describe, expect, it } from 'vitest';
import { hasExampleStatus, isExampleStatus, treeActions } from './example-status.ts';

const real = { lastRecord: { isExample: false } };
const example = { lastRecord: { isExample: true } };
const unrecorded = { lastRecord: null };

describe('example statuses', () => {
  it('marks an action whose last record is an example', () => {
    expect(isExampleStatus(example)).toBe(true);
    expect(isExampleStatus(real)).toBe(false);
    expect(isExampleStatus(unrecorded)).toBe(false);
  });

  it('tells whether any action shown has its status from an example record', () => {
    expect(hasExampleStatus([real, unrecorded])).toBe(false);
    expect(hasExampleStatus([real, example])).toBe(true);
    expect(hasExampleStatus([])).toBe(false);
  });

  it('lists the operational actions of the tree in plan order', () => {
    const tree = {
      objectives: [
        { strategicActions: [{ actions: ['1.1.1', '1.1.2'] }, { actions: [] }] },
        { strategicActions: [{ actions: ['2.1.1'] }] },
      ],
    };
    expect(treeActions(tree)).toEqual(['1.1.1', '1.1.2', '2.1.1']);
  });
});
