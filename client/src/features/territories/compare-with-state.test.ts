import { describe, expect, it } from 'vitest';
import { compareWithState } from './compare-with-state.ts';

describe('compareWithState', () => {
  it('honours polarity', () => {
    expect(compareWithState(92, 90, { kind: 'rate', polarity: 'higher' })).toBe('melhor que o estado');
    expect(compareWithState(92, 90, { kind: 'rate', polarity: 'lower' })).toBe('pior que o estado');
    expect(compareWithState(17.5, 18.9, { kind: 'rate', polarity: 'lower' })).toBe('melhor que o estado');
  });

  it('calls equal what reads equal with two decimals', () => {
    expect(compareWithState(19.401, 19.399, { kind: 'rate', polarity: 'lower' })).toBe('igual ao estado');
  });

  it('does not compare counts or missing values', () => {
    expect(compareWithState(19, 54, { kind: 'count', polarity: 'higher' })).toBeNull();
    expect(compareWithState(null, 54, { kind: 'rate', polarity: 'higher' })).toBeNull();
  });
});
