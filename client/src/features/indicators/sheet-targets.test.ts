import { describe, expect, it } from 'vitest';
import { targetsByYear } from './sheet-targets.ts';

const target = (
  year: number,
  territoryCode: string,
  territoryName: string,
  value: number,
  label: string,
) => ({
  year,
  territoryCode,
  territoryName,
  value,
  label,
  indicatorCode: 'PLAN-MUN',
});

describe('targetsByYear', () => {
  it('groups the state target and the per-macro targets of each year', () => {
    const rows = targetsByYear(
      [
        target(2025, '51', 'Mato Grosso', 76, '76 (22 Oeste)'),
        target(2024, '5103', 'Norte', 35, '35'),
        target(2024, '51', 'Mato Grosso', 54, '54 (19 Sul + 35 Norte)'),
        target(2024, '5101', 'Sul', 19, '19'),
      ],
      '51',
    );
    expect(rows.map((row) => row.year)).toEqual([2024, 2025]);
    expect(rows[0]?.state?.label).toBe('54 (19 Sul + 35 Norte)');
    expect(rows[0]?.territories.map((cell) => cell.territoryName)).toEqual(['Norte', 'Sul']);
    expect(rows[1]?.territories).toEqual([]);
  });
});
