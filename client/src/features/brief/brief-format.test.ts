import { describe, expect, it } from 'vitest';
import { datedLabel, limitList, shortfallText, valueChangeText } from './brief-format.ts';

describe('regional brief wording', () => {
  it('says how far from the target, in pt-BR', () => {
    expect(shortfallText(0.1234)).toBe('12,3 % pior que a meta');
    expect(shortfallText(-0.04)).toBe('4,0 % melhor que a meta');
    expect(shortfallText(null)).toBeNull();
  });

  it('describes a load of values and a dated item', () => {
    expect(
      valueChangeText({
        shortName: 'ICSAPS',
        values: 1200,
        lastAt: '2026-11-24T14:00:00.000Z',
        latestPeriod: '2026-10',
      }),
    ).toBe('ICSAPS (1.200 valores, até out/2026)');
    expect(limitList([1, 2, 3, 4, 5, 6, 7], 5)).toEqual({ shown: [1, 2, 3, 4, 5], more: 2 });
    expect(limitList([1], 5)).toEqual({ shown: [1], more: 0 });
    expect(datedLabel({ label: 'Adesão de Sinop', date: '2026-11-10' })).toBe('Adesão de Sinop — 10/11/2026');
  });
});
