import { describe, expect, it } from 'vitest';
import { targetFor } from './target.ts';

const targets = [
  { territoryCode: '51', year: 2024, value: 54, label: '54 (19 Sul + 35 Norte)' },
  { territoryCode: '5101', year: 2024, value: 19, label: '19 Sul' },
];

describe('targetFor', () => {
  it('uses the territory’s own target where the plan splits it', () => {
    expect(targetFor('count', targets, '5101', '51', 2024)).toMatchObject({ value: 19, scope: 'territory' });
    expect(targetFor('count', targets, '51', '51', 2024)).toMatchObject({ value: 54, scope: 'state' });
  });

  it('a count goal without a target for that territory has none', () => {
    expect(targetFor('count', targets, '5102', '51', 2024)).toBeNull();
  });

  it('a rate is compared with the state target everywhere', () => {
    const rateTargets = [{ territoryCode: '51', year: 2025, value: 12.3, label: '12,3' }];
    expect(targetFor('rate', rateTargets, '5103403', '51', 2025)).toMatchObject({
      value: 12.3,
      scope: 'state',
    });
    expect(targetFor('rate', rateTargets, '5103403', '51', 2023)).toBeNull();
  });
});
