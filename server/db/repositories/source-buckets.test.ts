import { describe, expect, it } from 'vitest';
import { type SourceBucket, toProvenance, toReportBuckets } from './data-value-repository.ts';

const bucket = (changes: Partial<SourceBucket>): SourceBucket => ({
  groupCode: '5103',
  year: 2025,
  lastPeriod: '2025-10',
  periodsReported: 10,
  units: 1,
  numerator: 1,
  denominator: 10,
  isProvisional: false,
  isExample: false,
  source: 'SIH/SUS',
  loadedAt: '2026-11-01T12:00:00.000Z',
  ...changes,
});

describe('buckets read once, by source', () => {
  it('adds the sources up into the figure’s buckets as SQL would', () => {
    const rows = [
      bucket({ units: 2, numerator: 3, denominator: 30 }),
      bucket({ source: 'Digitação', units: 1, numerator: 2, denominator: null, isProvisional: true }),
      bucket({ lastPeriod: '2025-09', periodsReported: 9, numerator: 5, denominator: null }),
    ];
    expect(toReportBuckets(rows)).toEqual([
      {
        groupCode: '5103',
        year: 2025,
        lastPeriod: '2025-10',
        periodsReported: 10,
        units: 3,
        numerator: 5,
        // SQL's sum skips nulls, and is null only when every value is.
        denominator: 30,
        isProvisional: true,
        isExample: false,
      },
      expect.objectContaining({ lastPeriod: '2025-09', numerator: 5, denominator: null }),
    ]);
  });

  it('keeps one provenance row per source and latest period, with its last load', () => {
    const rows = [
      bucket({ periodsReported: 10 }),
      bucket({ periodsReported: 9, loadedAt: '2026-11-20T12:00:00.000Z', isProvisional: true }),
      bucket({ source: 'Digitação' }),
    ];
    expect(toProvenance(rows)).toEqual([
      {
        groupCode: '5103',
        year: 2025,
        source: 'SIH/SUS',
        lastPeriod: '2025-10',
        loadedAt: '2026-11-20T12:00:00.000Z',
        hasProvisional: true,
      },
      expect.objectContaining({ source: 'Digitação', hasProvisional: false }),
    ]);
  });
});
