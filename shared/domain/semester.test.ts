import { describe, expect, it } from 'vitest';
import {
  lastClosedSemester,
  parseSemester,
  SEMESTERS,
  semesterCutoff,
  semesterHeading,
  semesterLabel,
  semesterMonths,
  semesterOfDate,
  semesterRange,
  semesterState,
  startedSemesters,
} from './semester.ts';

describe('semesters of the plan', () => {
  it('runs from 2024-S1 to 2027-S2', () => {
    expect(SEMESTERS).toEqual([
      '2024-S1',
      '2024-S2',
      '2025-S1',
      '2025-S2',
      '2026-S1',
      '2026-S2',
      '2027-S1',
      '2027-S2',
    ]);
  });

  it('parses AAAA-S1 / AAAA-S2 inside the plan only', () => {
    expect(parseSemester('2026-S1')).toEqual({ year: 2026, half: 1 });
    expect(parseSemester(' 2027-s2 ')).toEqual({ year: 2027, half: 2 });
    expect(parseSemester('2023-S2')).toBeNull();
    expect(parseSemester('2028-S1')).toBeNull();
    expect(parseSemester('2026-S3')).toBeNull();
    expect(parseSemester('2026-1')).toBeNull();
    expect(parseSemester('')).toBeNull();
  });

  it('labels a semester in Portuguese', () => {
    expect(semesterLabel('2026-S1')).toBe('1º semestre de 2026');
    expect(semesterLabel('2024-S2')).toBe('2º semestre de 2024');
    expect(semesterHeading('2026-S1')).toBe('1º SEMESTRE DE 2026');
  });

  it('gives its months and days', () => {
    expect(semesterMonths('2026-S1')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(semesterMonths('2025-S2')).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(semesterRange('2026-S1')).toEqual({
      firstMonth: '2026-01',
      lastMonth: '2026-06',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    expect(semesterRange('2027-S2')).toEqual({
      firstMonth: '2027-07',
      lastMonth: '2027-12',
      startsOn: '2027-07-01',
      endsOn: '2027-12-31',
    });
  });

  it('finds the semester of a date: June is the first, July the second', () => {
    expect(semesterOfDate('2026-06-30')).toBe('2026-S1');
    expect(semesterOfDate('2026-07-01')).toBe('2026-S2');
    expect(semesterOfDate('2026-01-01')).toBe('2026-S1');
    expect(semesterOfDate('2026-11')).toBe('2026-S2');
  });

  it('is closed after its last day, current inside it, future before it', () => {
    // 24/11/2026: 2026-S1 closed on 30/06, 2026-S2 runs until 31/12, 2027-S1 starts 01/01/2027.
    expect(semesterState('2026-S1', '2026-11-24')).toBe('closed');
    expect(semesterState('2026-S2', '2026-11-24')).toBe('current');
    expect(semesterState('2027-S1', '2026-11-24')).toBe('future');
    expect(semesterState('2026-S1', '2026-06-30')).toBe('current');
    expect(semesterState('2026-S1', '2026-07-01')).toBe('closed');
    expect(semesterState('2026-S2', '2026-06-30')).toBe('future');
  });

  it('the last closed semester and the ones already started', () => {
    expect(lastClosedSemester('2026-11-24')).toBe('2026-S1');
    expect(lastClosedSemester('2027-01-01')).toBe('2026-S2');
    expect(lastClosedSemester('2024-03-10')).toBeNull();
    expect(lastClosedSemester('2030-01-01')).toBe('2027-S2');
    expect(startedSemesters('2026-11-24')).toEqual([
      '2024-S1',
      '2024-S2',
      '2025-S1',
      '2025-S2',
      '2026-S1',
      '2026-S2',
    ]);
    expect(startedSemesters('2023-12-31')).toEqual([]);
  });

  it('reads a closed semester at its close and the current one today', () => {
    expect(semesterCutoff('2026-S1', '2026-11-24')).toEqual({
      lastMonth: '2026-06',
      situationDate: '2026-06-30',
      // An action due on 30/06 and not concluded is atrasada at the close of the semester.
      overdueCheckDate: '2026-07-01',
    });
    expect(semesterCutoff('2025-S2', '2026-11-24')).toEqual({
      lastMonth: '2025-12',
      situationDate: '2025-12-31',
      overdueCheckDate: '2026-01-01',
    });
    expect(semesterCutoff('2026-S2', '2026-11-24')).toEqual({
      lastMonth: '2026-12',
      situationDate: '2026-11-24',
      overdueCheckDate: '2026-11-24',
    });
  });
});
