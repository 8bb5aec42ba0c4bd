import { describe, expect, it } from 'vitest';
import {
  barGeometry,
  SCHEDULE_STATE_LABELS,
  scheduleInSentence,
  scheduleYears,
  timelineRowLabel,
} from './timeline.ts';

describe('barGeometry', () => {
  it('spans the years of the schedule over 2024–2027', () => {
    expect(barGeometry({ startYear: 2024, endYear: 2024 })).toEqual({ left: 0, width: 25 });
    expect(barGeometry({ startYear: 2024, endYear: 2026 })).toEqual({ left: 0, width: 75 });
    expect(barGeometry({ startYear: 2027, endYear: 2027 })).toEqual({ left: 75, width: 25 });
    expect(barGeometry({ startYear: 2025, endYear: 2026 })).toEqual({ left: 25, width: 50 });
  });

  it('cuts a schedule at the edges and leaves out one outside the timeline', () => {
    expect(barGeometry({ startYear: 2022, endYear: 2024 })).toEqual({ left: 0, width: 25 });
    expect(barGeometry({ startYear: 2027, endYear: 2029 })).toEqual({ left: 75, width: 25 });
    expect(barGeometry({ startYear: 2028, endYear: 2028 })).toBeNull();
    expect(barGeometry({ startYear: 2020, endYear: 2023 })).toBeNull();
    expect(barGeometry({ startYear: 2026, endYear: 2025 })).toBeNull();
    expect(barGeometry({ startYear: 2024, endYear: 2024 }, [])).toBeNull();
  });
});

describe('schedule texts', () => {
  it('says one year or a span', () => {
    expect(scheduleYears({ startYear: 2027, endYear: 2027 })).toBe('2027');
    expect(scheduleYears({ startYear: 2024, endYear: 2026 })).toBe('2024–2026');
    expect(scheduleInSentence({ startYear: 2027, endYear: 2027 })).toBe('em 2027');
    expect(scheduleInSentence({ startYear: 2024, endYear: 2026 })).toBe('de 2024 a 2026');
  });

  it('labels a row for screen readers', () => {
    expect(
      timelineRowLabel({
        name: 'Macrorregião Leste',
        phase: 'Fase 1',
        startYear: 2027,
        endYear: 2027,
        state: 'planned',
      }),
    ).toBe('Macrorregião Leste: Fase 1 em 2027 — prevista.');
    expect(
      timelineRowLabel({
        name: 'Macrorregião Sul',
        phase: 'Fase 3 — triênio 2024–2026',
        startYear: 2024,
        endYear: 2026,
        state: 'current',
      }),
    ).toBe('Macrorregião Sul: Fase 3 — triênio 2024–2026 de 2024 a 2026 — em curso.');
    expect(SCHEDULE_STATE_LABELS.past).toBe('Período encerrado');
  });
});
