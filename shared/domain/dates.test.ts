import { describe, expect, it } from 'vitest';
import {
  currentMonthInMt,
  firstTuesday,
  lastClosedYearPart,
  lastDayOfMonth,
  parseYearPart,
  planYearParts,
  reportDeadline,
  reportSpans,
  startedYearParts,
  startOfDayInMt,
  todayInMt,
  yearPartCutoff,
  yearPartHeading,
  yearPartLabel,
  yearPartMonths,
  yearPartOfDate,
  yearPartRange,
  yearPartState,
} from './dates.ts';

describe('dates in Mato Grosso time', () => {
  it('starts a Mato Grosso day at 04:00 UTC', () => {
    expect(startOfDayInMt('2026-11-24')).toBe('2026-11-24T04:00:00.000Z');
    expect(todayInMt(new Date(startOfDayInMt('2026-11-24')))).toBe('2026-11-24');
    expect(todayInMt(new Date(new Date(startOfDayInMt('2026-11-24')).getTime() - 1))).toBe('2026-11-23');
  });

  it('puts the meeting on the first Tuesday and reads dates in Mato Grosso time', () => {
    expect(firstTuesday('2026-12')).toBe('2026-12-01');
    expect(firstTuesday('2026-11')).toBe('2026-11-03');
    expect(firstTuesday('2024-03')).toBe('2024-03-05');
    expect(firstTuesday('2027-09')).toBe('2027-09-07'); // 1/9/2027 is a Wednesday
    // 02:00 UTC on the 25th is still the 24th in Cuiabá (UTC−4).
    expect(todayInMt(new Date('2026-11-25T02:00:00Z'))).toBe('2026-11-24');
    expect(todayInMt(new Date('2026-11-25T04:00:00Z'))).toBe('2026-11-25');
  });

  it('gives the month in progress in Cuiabá, which starts 4 hours after UTC', () => {
    expect(currentMonthInMt(new Date('2026-12-01T03:59:00Z'))).toBe('2026-11');
    expect(currentMonthInMt(new Date('2026-12-01T04:00:00Z'))).toBe('2026-12');
  });
});

describe('semesters of the plan', () => {
  it('runs from 2024-S1 to 2027-S2', () => {
    expect(planYearParts('semester')).toEqual([
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
    expect(parseYearPart('2026-S1', 'semester')).toEqual({ kind: 'semester', year: 2026, index: 1 });
    expect(parseYearPart(' 2027-s2 ', 'semester')).toEqual({ kind: 'semester', year: 2027, index: 2 });
    expect(parseYearPart('2023-S2')).toBeNull();
    expect(parseYearPart('2028-S1')).toBeNull();
    expect(parseYearPart('2026-S3')).toBeNull();
    expect(parseYearPart('2026-1')).toBeNull();
    expect(parseYearPart('')).toBeNull();
  });

  it('labels a semester in Portuguese', () => {
    expect(yearPartLabel('2026-S1')).toBe('1º semestre de 2026');
    expect(yearPartLabel('2024-S2')).toBe('2º semestre de 2024');
    expect(yearPartHeading('2026-S1')).toBe('1º SEMESTRE DE 2026');
  });

  it('gives its months and days', () => {
    expect(yearPartMonths('2026-S1')).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
    ]);
    expect(yearPartMonths('2025-S2')).toEqual([
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(yearPartRange('2026-S1')).toEqual({
      firstMonth: '2026-01',
      lastMonth: '2026-06',
      startsOn: '2026-01-01',
      endsOn: '2026-06-30',
    });
    expect(yearPartRange('2027-S2')).toEqual({
      firstMonth: '2027-07',
      lastMonth: '2027-12',
      startsOn: '2027-07-01',
      endsOn: '2027-12-31',
    });
  });

  it('finds the semester of a date: June is the first, July the second', () => {
    expect(yearPartOfDate('2026-06-30', 'semester')).toBe('2026-S1');
    expect(yearPartOfDate('2026-07-01', 'semester')).toBe('2026-S2');
    expect(yearPartOfDate('2026-01-01', 'semester')).toBe('2026-S1');
    expect(yearPartOfDate('2026-11', 'semester')).toBe('2026-S2');
  });

  it('is closed after its last day, current inside it, future before it', () => {
    // 24/11/2026: 2026-S1 closed on 30/06, 2026-S2 runs until 31/12, 2027-S1 starts 01/01/2027.
    expect(yearPartState('2026-S1', '2026-11-24')).toBe('closed');
    expect(yearPartState('2026-S2', '2026-11-24')).toBe('current');
    expect(yearPartState('2027-S1', '2026-11-24')).toBe('future');
    expect(yearPartState('2026-S1', '2026-06-30')).toBe('current');
    expect(yearPartState('2026-S1', '2026-07-01')).toBe('closed');
    expect(yearPartState('2026-S2', '2026-06-30')).toBe('future');
  });

  it('the last closed semester and the ones already started', () => {
    expect(lastClosedYearPart('semester', '2026-11-24')).toBe('2026-S1');
    expect(lastClosedYearPart('semester', '2027-01-01')).toBe('2026-S2');
    expect(lastClosedYearPart('semester', '2024-03-10')).toBeNull();
    expect(lastClosedYearPart('semester', '2030-01-01')).toBe('2027-S2');
    expect(startedYearParts('semester', '2026-11-24')).toEqual([
      '2024-S1',
      '2024-S2',
      '2025-S1',
      '2025-S2',
      '2026-S1',
      '2026-S2',
    ]);
    expect(startedYearParts('semester', '2023-12-31')).toEqual([]);
  });

  it('reads a closed semester at its close and the current one today', () => {
    expect(yearPartCutoff('2026-S1', '2026-11-24')).toEqual({
      lastMonth: '2026-06',
      situationDate: '2026-06-30',
      // An action due on 30/06 and not concluded is atrasada at the close of the semester.
      overdueCheckDate: '2026-07-01',
    });
    expect(yearPartCutoff('2025-S2', '2026-11-24')).toEqual({
      lastMonth: '2025-12',
      situationDate: '2025-12-31',
      overdueCheckDate: '2026-01-01',
    });
    expect(yearPartCutoff('2026-S2', '2026-11-24')).toEqual({
      lastMonth: '2026-12',
      situationDate: '2026-11-24',
      overdueCheckDate: '2026-11-24',
    });
  });
});

describe('quadrimesters (RDQA) and the whole year (RAG)', () => {
  it('cuts the year in Jan–Apr, May–Aug and Sep–Dec', () => {
    expect(planYearParts('quadrimester').slice(0, 4)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2025-Q1']);
    expect(yearPartMonths('2026-Q1')).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(yearPartRange('2026-Q2')).toEqual({
      firstMonth: '2026-05',
      lastMonth: '2026-08',
      startsOn: '2026-05-01',
      endsOn: '2026-08-31',
    });
    expect(yearPartRange('2026-Q3').endsOn).toBe('2026-12-31');
    expect(yearPartOfDate('2026-04-30', 'quadrimester')).toBe('2026-Q1');
    expect(yearPartOfDate('2026-05-01', 'quadrimester')).toBe('2026-Q2');
    expect(yearPartOfDate('2026-09', 'quadrimester')).toBe('2026-Q3');
  });

  it('names the spans a report reads a plan year by (kept as span roll-ups)', () => {
    expect(reportSpans(2026)).toEqual({
      toDateMonths: ['2026-04', '2026-06', '2026-08'],
      quadrimesters: [
        { firstMonth: '2026-01', lastMonth: '2026-04' },
        { firstMonth: '2026-05', lastMonth: '2026-08' },
        { firstMonth: '2026-09', lastMonth: '2026-12' },
      ],
    });
    // Every closed part's last month is one of them or December (the whole year's roll-up).
    for (const code of [...planYearParts('semester'), ...planYearParts('quadrimester')]) {
      const { lastMonth } = yearPartRange(code);
      const year = Number(code.slice(0, 4));
      expect([...reportSpans(year).toDateMonths, `${year}-12`]).toContain(lastMonth);
    }
    // No report reads a year outside the plan.
    expect(reportSpans(2023)).toEqual({ toDateMonths: [], quadrimesters: [] });
  });

  it('accepts only quadrimesters that exist, inside the plan, of the kind asked', () => {
    expect(parseYearPart('2026-q2')).toEqual({ kind: 'quadrimester', year: 2026, index: 2 });
    expect(parseYearPart('2026-Q4')).toBeNull();
    expect(parseYearPart('2026-Q0')).toBeNull();
    expect(parseYearPart('2023-Q3')).toBeNull();
    expect(parseYearPart('2026-S1', 'quadrimester')).toBeNull();
    expect(parseYearPart('2025', 'year')).toEqual({ kind: 'year', year: 2025, index: 1 });
    expect(parseYearPart('2025-S1', 'year')).toBeNull();
  });

  it('labels them in Portuguese', () => {
    expect(yearPartLabel('2026-Q2')).toBe('2º quadrimestre de 2026');
    expect(yearPartLabel('2025')).toBe('ano de 2025');
    expect(yearPartHeading('2026-Q3')).toBe('3º QUADRIMESTRE DE 2026');
  });

  it('is closed after its last day and read at its close; the year in progress is read today', () => {
    expect(yearPartState('2026-Q2', '2026-08-31')).toBe('current');
    expect(yearPartState('2026-Q2', '2026-09-01')).toBe('closed');
    expect(yearPartCutoff('2026-Q2', '2026-11-24')).toEqual({
      lastMonth: '2026-08',
      situationDate: '2026-08-31',
      overdueCheckDate: '2026-09-01',
    });
    expect(yearPartCutoff('2026', '2026-11-24')).toEqual({
      lastMonth: '2026-12',
      situationDate: '2026-11-24',
      overdueCheckDate: '2026-11-24',
    });
    expect(lastClosedYearPart('quadrimester', '2026-11-24')).toBe('2026-Q2');
    expect(startedYearParts('year', '2026-11-24')).toEqual(['2024', '2025', '2026']);
  });

  it('knows the last day of every month, February of leap years included', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2026-02')).toBe('2026-02-28');
    expect(lastDayOfMonth('2026-04')).toBe('2026-04-30');
  });
});

describe('reportDeadline (LC 141/2012, art. 36)', () => {
  it('is the end of May, September and February for the RDQA, 30 March for the RAG', () => {
    expect(reportDeadline('2026-Q1')).toBe('2026-05-31');
    expect(reportDeadline('2026-Q2')).toBe('2026-09-30');
    expect(reportDeadline('2026-Q3')).toBe('2027-02-28');
    expect(reportDeadline('2027-Q3')).toBe('2028-02-29');
    expect(reportDeadline('2025')).toBe('2026-03-30');
    expect(reportDeadline('2026-S1')).toBeNull();
  });
});
