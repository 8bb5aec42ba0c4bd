import { describe, expect, it } from 'vitest';
import { formatDateMt, formatDateTimeMt, formatFixed, formatNumber, formatPeriod, toCsv } from './format.ts';

describe('pt-BR formatting', () => {
  it('uses decimal comma and thousands point', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatFixed(88.9, 2)).toBe('88,90');
    expect(formatNumber(null)).toBe('—');
  });

  it('writes moments in Mato Grosso time (UTC−4)', () => {
    expect(formatDateTimeMt('2026-11-24T18:02:00.000Z')).toBe('24/11/2026 14:02');
  });

  it('names months in Portuguese', () => {
    expect(formatPeriod('2026-10')).toBe('out/2026');
    expect(formatPeriod('2025')).toBe('2025');
  });

  it('writes CSV for Excel in Portuguese: BOM, semicolons, decimal comma, quoted text', () => {
    const csv = toCsv(
      ['território', 'valor'],
      [
        ['Cuiabá; capital', 19.45],
        ['Acorizal', null],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toBe('\uFEFFterritório;valor\r\n"Cuiabá; capital";19,45\r\nAcorizal;\r\n');
  });
});

describe('formatDateTimeMt for missing or unreadable instants', () => {
  it('says what a missing instant means and leaves a text it cannot read as it is', () => {
    expect(formatDateTimeMt(null)).toBe('—');
    expect(formatDateTimeMt(undefined, 'nunca')).toBe('nunca');
    expect(formatDateTimeMt('ontem')).toBe('ontem');
  });
});

describe('instants as read in Mato Grosso (UTC−4), whatever the computer says', () => {
  it('shows the date and time of Cuiabá, past midnight in UTC still the previous day', () => {
    expect(formatDateTimeMt('2026-10-06T18:00:00.000Z')).toBe('06/10/2026 14:00');
    expect(formatDateTimeMt('2026-11-01T02:30:00.000Z')).toBe('31/10/2026 22:30');
  });
  it('gives the day alone with the same rule', () => {
    expect(formatDateMt('2026-11-25T02:30:00.000Z')).toBe('24/11/2026');
    expect(formatDateMt('2026-11-25T13:00:00.000Z')).toBe('25/11/2026');
    expect(formatDateMt(null)).toBe('—');
  });
});
