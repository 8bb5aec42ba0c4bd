import { describe, expect, it } from 'vitest';
import { actionCodesOf, analysisPath } from './analysis-path.ts';

describe('the analysis form and links', () => {
  it('reads the action codes however they are separated', () => {
    expect(actionCodesOf(' 4.7.2, 1.3.2;2.1.1  4.1.3 ')).toEqual(['4.7.2', '1.3.2', '2.1.1', '4.1.3']);
    expect(actionCodesOf('  ')).toEqual([]);
  });

  it('links to the analysis card of a month on the indicator page', () => {
    expect(analysisPath('713', '2026-10')).toBe('/indicador/713?mes=2026-10#analise');
  });
});
