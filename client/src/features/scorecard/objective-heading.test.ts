import { describe, expect, it } from 'vitest';
import { objectiveNumberLabel } from './objective-heading.ts';

describe('objectiveNumberLabel', () => {
  it('numbers the strategic objectives', () => {
    expect(objectiveNumberLabel('2')).toBe('Objetivo 2');
  });

  it('leaves the society result unnumbered', () => {
    expect(objectiveNumberLabel('RS')).toBeNull();
  });
});
