/** The operational actions confirmed as serving each indicator. */
import { compareActionCodes } from '../../../shared/domain/action-code.ts';
import type { Db } from '../client.ts';

/** Indicator code → its linked action codes, in the plan's action order. */
export async function listIndicatorActions(db: Db): Promise<Map<string, string[]>> {
  const rows: { indicator_code: string; action_code: string }[] = await db('indicator_actions').select(
    'indicator_code',
    'action_code',
  );
  const links = new Map<string, string[]>();
  for (const row of rows)
    links.set(row.indicator_code, [...(links.get(row.indicator_code) ?? []), row.action_code]);
  for (const codes of links.values()) codes.sort(compareActionCodes);
  return links;
}

/** The indicator's links become exactly `actionCodes` (in the caller's transaction). */
export async function replaceIndicatorActions(
  db: Db,
  link: { indicatorCode: string; actionCodes: readonly string[]; at: string; by: number },
): Promise<void> {
  await db('indicator_actions').where({ indicator_code: link.indicatorCode }).delete();
  if (link.actionCodes.length > 0)
    await db('indicator_actions').insert(
      link.actionCodes.map((actionCode) => ({
        indicator_code: link.indicatorCode,
        action_code: actionCode,
        linked_at: link.at,
        linked_by: link.by,
      })),
    );
}
