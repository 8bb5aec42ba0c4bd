import { describe, expect, it } from 'vitest';
import {
  type Adhesion,
  cumulativeAdhesions,
  cutOffDay,
  derivedValues,
  professionalsInYear,
  scheduleState,
} from './planification.ts';

const adhesions: Adhesion[] = [
  { municipalityCode: 'A', adheredOn: '2024-06-10', withdrawnOn: null },
  { municipalityCode: 'B', adheredOn: '2024-12-31', withdrawnOn: null }, // counts in 2024: on the last day
  { municipalityCode: 'C', adheredOn: '2025-03-01', withdrawnOn: '2026-02-01' }, // left in 2026
  { municipalityCode: 'D', adheredOn: '2026-12-01', withdrawnOn: null }, // after today (24/11/2026)
];
const TODAY = '2026-11-24';

describe('planificação counts', () => {
  it('counts adhering municípios at the end of each year, up to today in the year in progress', () => {
    // 2024: A, B → 2; 2025: A, B, C → 3; 2026 up to 24/11: A, B (C left, D not yet) → 2.
    expect([...cumulativeAdhesions(adhesions, TODAY)]).toEqual([
      [2024, 2],
      [2025, 3],
      [2026, 2],
    ]);
    expect(cutOffDay(2026, TODAY)).toBe('2026-11-24');
    expect(cutOffDay(2025, TODAY)).toBe('2025-12-31');
  });

  it('sums the professionals of the training events of a year and macro', () => {
    const trainings = [
      { macroCode: '5103', heldOn: '2024-08-15', professionals: 1200 },
      { macroCode: '5103', heldOn: '2024-11-05', professionals: 950 },
      { macroCode: '5103', heldOn: '2025-01-20', professionals: 80 },
      { macroCode: '5101', heldOn: '2024-09-01', professionals: 700 },
    ];
    expect(professionalsInYear(trainings, '5103', 2024)).toBe(2150);
    expect(professionalsInYear(trainings, '5103', 2025)).toBe(80);
    expect(professionalsInYear(trainings, '5102', 2024)).toBe(0);
  });

  it('derives the three indicators for every unit and year so far', () => {
    const values = derivedValues(
      {
        adhesions,
        trainings: [{ macroCode: '5103', heldOn: '2025-05-05', professionals: 40 }],
        stages: [{ macroCode: '5103', stageCode: 'cir', completedOn: '2024-07-01' }],
      },
      {
        municipalities: [
          { code: 'A', installedYear: null },
          { code: 'C', installedYear: null },
          { code: 'N', installedYear: 2025 }, // no value before it existed
        ],
        macroCodes: ['5103'],
      },
      TODAY,
    );
    const of = (indicator: string, unit: string) =>
      values
        .filter((value) => value.indicatorCode === indicator && value.territoryCode === unit)
        .map((value) => `${value.period}:${value.numerator}`);
    expect(of('PLAN-MUN', 'A')).toEqual(['2024:1', '2025:1', '2026:1']);
    expect(of('PLAN-MUN', 'C')).toEqual(['2024:0', '2025:1', '2026:0']);
    expect(of('PLAN-MUN', 'N')).toEqual(['2025:0', '2026:0']);
    expect(of('PLAN-PROF', '5103')).toEqual(['2024:0', '2025:40', '2026:0']);
    expect(of('PLAN-F1', '5103')).toEqual(['2024:1', '2025:0', '2026:0']);
  });

  it('places a macro in the schedule', () => {
    expect(scheduleState({ startYear: 2027, endYear: 2027 }, TODAY)).toBe('planned');
    expect(scheduleState({ startYear: 2024, endYear: 2026 }, TODAY)).toBe('current');
    expect(scheduleState({ startYear: 2024, endYear: 2024 }, TODAY)).toBe('past');
  });
});
