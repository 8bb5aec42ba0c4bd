/**
 * The frozen pack of a closed reunião de condução (what its ata shows): written once, at closing,
 * with the version of its layout, and read only through `readSnapshot`, which checks it and parses
 * each meeting once (a closed meeting's snapshot never changes). Version 1, before issue 15, had no
 * version field and, in its first months, kept only the indicators on the pack: it is read as the
 * current version: the figures shown taken from those indicators, no analyses.
 */
import type { Status } from '../../shared/domain/status.ts';
import { STATUSES } from '../../shared/domain/status.ts';
import { formatPeriod } from '../../shared/format.ts';
import { z } from '../../shared/schemas/zod-locale.ts';
import type { MeetingRow } from '../db/repositories/meeting-repository.ts';

export const SNAPSHOT_VERSION = 2;

const ZShownFigureSchema = z.object({ value: z.number().nullable(), partialThrough: z.string().nullable() });

/**
 * What the server itself reads back from a snapshot, checked; the rest (actions, records,
 * deliberations as they were) passes through to the page and the ata as written.
 */
const ZSnapshotSchema = z.looseObject({
  version: z.literal(SNAPSHOT_VERSION).optional(),
  month: z.string(),
  reportMonth: z.string(),
  year: z.number().int(),
  assembledAt: z.string(),
  indicatorStatuses: z.record(z.string(), z.enum(STATUSES as [Status, ...Status[]])).default({}),
  shownFigures: z.record(z.string(), ZShownFigureSchema).optional(),
  indicators: z.array(z.looseObject({ code: z.string() }).and(ZShownFigureSchema)),
  missingAnalyses: z.array(z.object({ code: z.string(), shortName: z.string() })).optional(),
  coordinationNames: z.record(z.string(), z.string()).optional(),
  frozenHeader: z
    .object({ scheduledOn: z.string(), participants: z.string().nullable(), closedByName: z.string() })
    .optional(),
});

export type ShownFigure = z.infer<typeof ZShownFigureSchema>;
type CheckedSnapshot = z.infer<typeof ZSnapshotSchema> & { shownFigures: Record<string, ShownFigure> };

/** The snapshot to store for `pack`, stamped with the current version. */
export function writeSnapshot(pack: object): string {
  return JSON.stringify({ ...pack, version: SNAPSHOT_VERSION });
}

/** Checked snapshots by their text (a process may hold several databases: tests, a restore). */
const parsed = new Map<string, CheckedSnapshot>();
const KEPT_SNAPSHOTS = 50;

/**
 * The checked snapshot of a closed meeting, as `Pack` (the shape `writeSnapshot` was given); null
 * for a meeting not closed. A snapshot that cannot be read says so in Portuguese.
 */
export function readSnapshot<Pack>(meeting: Pick<MeetingRow, 'month' | 'snapshotJson'>): Pack | null {
  if (!meeting.snapshotJson) return null;
  let snapshot = parsed.get(meeting.snapshotJson);
  if (!snapshot) {
    snapshot = check(meeting.month, meeting.snapshotJson);
    if (parsed.size >= KEPT_SNAPSHOTS) parsed.clear();
    parsed.set(meeting.snapshotJson, snapshot);
  }
  return snapshot as Pack;
}

function check(month: string, json: string): CheckedSnapshot {
  let result: ReturnType<typeof ZSnapshotSchema.safeParse>;
  try {
    result = ZSnapshotSchema.safeParse(JSON.parse(json));
  } catch {
    result = { success: false } as typeof result;
  }
  if (!result.success)
    throw new Error(
      `O retrato congelado da reunião de ${formatPeriod(month)} não pôde ser lido: restaure a cópia de segurança do banco.`,
    );
  const snapshot = result.data;
  // Version 1: only the indicators on the pack kept their figures.
  const shownFigures =
    snapshot.shownFigures ??
    Object.fromEntries(
      snapshot.indicators.map((item) => [
        item.code,
        { value: item.value, partialThrough: item.partialThrough },
      ]),
    );
  return {
    ...snapshot,
    version: SNAPSHOT_VERSION,
    shownFigures,
    // Version 1 had no analyses nor linked actions (issue 15): none was written, none was owed.
    indicators: snapshot.indicators.map((item) => ({ analysis: null, linkedActions: [], ...item })),
    missingAnalyses: snapshot.missingAnalyses ?? [],
    // Snapshots before issue 16 kept no names: their coordenadorias read as their codes.
    coordinationNames: snapshot.coordinationNames ?? {},
  };
}
