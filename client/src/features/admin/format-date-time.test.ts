import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format-date-time.ts';

describe('formatDateTime', () => {
  it('shows day/month/year hour:minute in the local time zone', () => {
    // Built from local parts so the test holds in any time zone the machine has.
    expect(formatDateTime(new Date(2026, 2, 5, 9, 7, 59).toISOString())).toBe('05/03/2026 09:07');
    expect(formatDateTime(new Date(2025, 11, 31, 23, 59).toISOString())).toBe('31/12/2025 23:59');
  });
  it('says what a missing instant means', () => {
    expect(formatDateTime(null)).toBe('—');
    expect(formatDateTime(undefined, 'nunca')).toBe('nunca');
  });
  it('leaves a value it cannot read as it is', () => {
    expect(formatDateTime('ontem')).toBe('ontem');
  });
});
