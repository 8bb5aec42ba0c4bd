import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from '../../lib/drafts.ts';
import {
  actionPath,
  formatIsoDate,
  formatIsoDateWithWeekday,
  isDateInMonth,
  isDefaultMeetingDate,
  meetingPath,
  minutesPath,
  monthLongLabel,
  monthShortLabel,
  monthSlashLabel,
  parseMeetingMonth,
  printMinutesPath,
} from './meeting-month.ts';

describe('parseMeetingMonth', () => {
  it('accepts a real month written AAAA-MM', () => {
    expect(parseMeetingMonth('2026-11')).toBe('2026-11');
    expect(parseMeetingMonth('2027-01')).toBe('2027-01');
  });
  it('refuses anything else', () => {
    for (const text of [
      '2026-13',
      '2026-00',
      '2026-1',
      '11-2026',
      '2026/11',
      '1999-05',
      'nov',
      '',
      undefined,
    ])
      expect(parseMeetingMonth(text)).toBeNull();
  });
});

describe('month labels', () => {
  it('writes the month in full, in Portuguese, lower case', () => {
    expect(monthLongLabel('2026-11')).toBe('novembro de 2026');
    expect(monthLongLabel('2027-03')).toBe('março de 2027');
    expect(monthSlashLabel('2026-11')).toBe('novembro/2026');
    expect(monthShortLabel('2026-11')).toBe('nov/2026');
  });
});

describe('dates', () => {
  it('formats a calendar date as dd/mm/aaaa', () => {
    expect(formatIsoDate('2026-11-03')).toBe('03/11/2026');
    expect(formatIsoDate(null)).toBe('—');
    expect(formatIsoDateWithWeekday('2026-11-03')).toBe('terça-feira, 03/11/2026');
  });
  it('knows real dates', () => {
    expect(isRealIsoDate('2028-02-29')).toBe(true);
    expect(isRealIsoDate('2026-02-29')).toBe(false);
    expect(isRealIsoDate('2026-11-31')).toBe(false);
    expect(isRealIsoDate('03/11/2026')).toBe(false);
  });
  it('checks the date belongs to the month and whether it is the first Tuesday', () => {
    expect(isDateInMonth('2026-11-17', '2026-11')).toBe(true);
    expect(isDateInMonth('2026-12-01', '2026-11')).toBe(false);
    expect(isDefaultMeetingDate('2026-11-03', '2026-11')).toBe(true);
    expect(isDefaultMeetingDate('2026-11-10', '2026-11')).toBe(false);
  });
});

describe('paths', () => {
  it('builds the meeting, ata and action addresses', () => {
    expect(meetingPath('2026-11')).toBe('/reunioes/2026-11');
    expect(minutesPath('2026-11')).toBe('/reunioes/2026-11/ata');
    expect(printMinutesPath('2026-11')).toBe('/reunioes/2026-11/ata?imprimir=1');
    expect(actionPath('1.3.2')).toBe('/acoes/1.3.2');
  });
});
