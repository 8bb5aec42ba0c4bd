import { describe, expect, it } from 'vitest';
import { readSnapshot, SNAPSHOT_VERSION, writeSnapshot } from './meeting-snapshot.ts';

const pack = {
  month: '2026-11',
  reportMonth: '2026-10',
  year: 2026,
  assembledAt: '2026-11-24T16:00:00.000Z',
  indicatorStatuses: { '713': 'at_risk', '714': 'achieved' },
  shownFigures: {
    '713': { value: 19.25, partialThrough: '2026-10' },
    '714': { value: 90.03, partialThrough: null },
  },
  indicators: [
    {
      code: '713',
      shortName: 'ICSAPS',
      value: 19.25,
      partialThrough: '2026-10',
      status: 'at_risk',
      analysis: null as { explanation: string } | null,
      linkedActions: [] as { code: string; status: string | null }[],
    },
  ],
  missingAnalyses: [{ code: '713', shortName: 'ICSAPS' }],
  deliberations: [{ id: 1, text: 'Remarcar a oficina' }],
  coordinationNames: { COAP: 'Coordenadoria de Atenção Primária' } as Record<string, string>,
  frozenHeader: { scheduledOn: '2026-11-03', participants: null, closedByName: 'Superintendência SAS' },
};

describe('the frozen meeting pack', () => {
  it('reads back what was written, stamped with its version', () => {
    const json = writeSnapshot(pack);
    expect(JSON.parse(json).version).toBe(SNAPSHOT_VERSION);
    expect(readSnapshot({ month: '2026-11', snapshotJson: json })).toEqual({
      ...pack,
      version: SNAPSHOT_VERSION,
    });
  });

  it('reads a version 1 snapshot (no version, figures only for the indicators on the pack)', () => {
    const { shownFigures: _, missingAnalyses: __, coordinationNames: ____, ...firstVersion } = pack;
    const firstIndicators = firstVersion.indicators.map(({ analysis: ___, ...item }) => item);
    const read = readSnapshot<typeof pack>({
      month: '2026-11',
      snapshotJson: JSON.stringify({ ...firstVersion, indicators: firstIndicators }),
    });
    expect(read?.shownFigures).toEqual({ '713': { value: 19.25, partialThrough: '2026-10' } });
    expect(read?.indicators[0]?.analysis).toBeNull();
    expect(read?.missingAnalyses).toEqual([]);
    expect(read?.deliberations).toEqual(pack.deliberations);
    // Closed before the names were kept: the codes read as themselves.
    expect(read?.coordinationNames).toEqual({});
  });

  it('is nothing for a meeting not closed, and says so in Portuguese when it cannot be read', () => {
    expect(readSnapshot({ month: '2026-12', snapshotJson: null })).toBeNull();
    expect(() => readSnapshot({ month: '2026-09', snapshotJson: '{"month":' })).toThrow(
      'O retrato congelado da reunião de set/2026 não pôde ser lido: restaure a cópia de segurança do banco.',
    );
    expect(() => readSnapshot({ month: '2026-09', snapshotJson: '{"month":"2026-09"}' })).toThrow(
      /set\/2026/,
    );
  });
});
