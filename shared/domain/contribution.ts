/**
 * Contribution to a gap (issue 5, item 5): which members of a região or macro explain why it is off
 * target, in cases rather than rates. A member's expected cases at the target are
 * target × denominator / factor; its gap is observed − expected when lower is better (excess
 * deaths) or expected − observed when higher is better (people not covered). Gaps add up exactly
 * to the territory's own gap, so the table is reproducible by hand; members are sorted by gap.
 */

import { compareText } from '../text.ts';
import type { Polarity } from './indicator.ts';

/** The row that sums the municípios a regional reader may not open, so gaps still add up. */
export const OTHERS_CODE = 'outros';

export type MemberCases = { code: string; name: string; numerator: number; denominator: number };

export type Contribution = MemberCases & {
  expected: number;
  gap: number;
  /**
   * Share of the excess among the members behind their expected cases (null for members at or
   * ahead of it): these shares add up to 100 %, while members ahead offset part of the total gap.
   */
  shareOfExcess: number | null;
};

export function contributions(
  members: readonly MemberCases[],
  target: number,
  factor: number,
  polarity: Polarity,
): { totalGap: number; excess: number; rows: Contribution[] } {
  const rows = members.map((member) => {
    const expected = (target * member.denominator) / factor;
    const gap = polarity === 'lower' ? member.numerator - expected : expected - member.numerator;
    return { ...member, expected, gap };
  });
  const totalGap = rows.reduce((sum, row) => sum + row.gap, 0);
  const excess = rows.reduce((sum, row) => sum + Math.max(0, row.gap), 0);
  return {
    totalGap,
    /** Cases of the members behind their expected cases, before those ahead offset them. */
    excess,
    rows: rows
      .map((row) => ({ ...row, shareOfExcess: row.gap > 0 ? row.gap / excess : null }))
      .sort((a, b) => b.gap - a.gap || compareText(a.name, b.name)),
  };
}
