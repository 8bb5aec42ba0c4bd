import { describe, expect, it } from 'vitest';
import { countLabel } from './count-label.ts';

describe('countLabel', () => {
  it('agrees with the number', () => {
    expect(countLabel(1, 'valor gravado', 'valores gravados')).toBe('1 valor gravado');
    expect(countLabel(0, 'valor gravado', 'valores gravados')).toBe('0 valores gravados');
    expect(countLabel(1234, 'problema', 'problemas')).toBe('1.234 problemas');
  });
});
