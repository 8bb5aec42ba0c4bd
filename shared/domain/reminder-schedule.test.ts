import { describe, expect, it } from 'vitest';
import { daysUntil, dueReminder } from './reminder-schedule.ts';

// The reunião de condução of December 2026: Tuesday 01/12/2026 (the month's first Tuesday).
const MEETING = '2026-12-01';

describe('which reminder is due on a day', () => {
  it('sends the pendências from five days before (26/11) until two days before (29/11)', () => {
    expect(dueReminder('2026-11-25', MEETING, 5)).toBeNull();
    expect(dueReminder('2026-11-26', MEETING, 5)).toBe('before');
    expect(dueReminder('2026-11-29', MEETING, 5)).toBe('before');
  });
  it('sends them again on the eve (30/11), across the month’s end', () => {
    expect(dueReminder('2026-11-30', MEETING, 5)).toBe('eve');
  });
  it('sends nothing on the meeting day', () => {
    expect(dueReminder(MEETING, MEETING, 5)).toBeNull();
  });
  it('sends the overdue deliberations from the day after (02/12) for a week (until 08/12)', () => {
    expect(dueReminder('2026-12-02', MEETING, 5)).toBe('after');
    expect(dueReminder('2026-12-08', MEETING, 5)).toBe('after');
    expect(dueReminder('2026-12-09', MEETING, 5)).toBeNull();
  });
  it('with one day before, only the eve', () => {
    expect(dueReminder('2026-11-29', MEETING, 1)).toBeNull();
    expect(dueReminder('2026-11-30', MEETING, 1)).toBe('eve');
  });
  it('counts the days left across a month’s end: 26/11 → 01/12 is 5', () => {
    expect(daysUntil('2026-11-26', MEETING)).toBe(5);
    expect(daysUntil('2026-11-30', MEETING)).toBe(1);
  });
});
