import { describe, expect, it } from 'vitest';
import { toBreakdownBars } from './breakdown-rows.ts';

const base = { numerator: 10, denominator: 50, target: 19, reporting: 30, expected: 30 };
const figures = [
  {
    ...base,
    territoryCode: '5103',
    territoryName: 'Macrorregião Norte',
    territoryShortName: 'Norte',
    value: 20,
    status: 'not_achieved' as const,
  },
  {
    ...base,
    territoryCode: '5105',
    territoryName: 'Macrorregião Baixada Cuiabana',
    territoryShortName: null,
    value: 18,
    status: 'achieved' as const,
  },
];

describe('toBreakdownBars', () => {
  it('keeps the rows’ order and labels each with the name the table shows', () => {
    const bars = toBreakdownBars(figures);
    expect(bars).toEqual([
      { code: '5103', name: 'Norte', value: 20, status: 'not_achieved' },
      { code: '5105', name: 'Macrorregião Baixada Cuiabana', value: 18, status: 'achieved' },
    ]);
  });
});
