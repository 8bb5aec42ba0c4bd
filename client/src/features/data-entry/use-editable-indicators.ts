import { useQueries } from '@tanstack/react-query';
import { useMemo } from 'react';
import { canEnterValues } from '../../../../shared/domain/permissions.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { type IndicatorSheetData, useTRPC } from '../../lib/trpc.ts';
import { useCurrentUser } from '../auth/use-current-user.ts';
import { defaultYear } from '../period/year-param.ts';
import { useStateScorecard } from '../scorecard/use-scorecard.ts';

export type EditableIndicators = {
  /** In the plan's order; empty when the user may edit none. */
  indicators: TIndicator[];
  isPending: boolean;
  error: unknown;
};

type SheetResult = { data?: IndicatorSheetData; isPending: boolean; error: unknown };

/** Module-level so TanStack Query keeps the combined result (and its array) while nothing changes. */
function combineSheets(results: SheetResult[]) {
  return {
    indicators: results.flatMap((result) => (result.data ? [result.data.indicator] : [])),
    isPending: results.some((result) => result.isPending),
    error: results.find((result) => result.error)?.error ?? null,
  };
}

/**
 * The indicators the signed-in user may type or import (not the planificação ones, made by records). There is no procedure listing the plan's
 * indicators with their coordenadoria yet: the codes come from the scorecard (cached by the home
 * page) and each coordenadoria from the indicator's sheet (one batched request).
 */
export function useEditableIndicators(): EditableIndicators {
  const trpc = useTRPC();
  const user = useCurrentUser();
  const scorecard = useStateScorecard(defaultYear(new Date()));
  const codes = scorecard.data?.groups.flatMap((group) => group.rows.map((row) => row.code)) ?? [];
  const sheets = useQueries({
    queries: codes.map((code) => trpc.indicator.sheet.queryOptions({ code })),
    combine: combineSheets,
  });
  const actor = user.data;
  const isReady = actor !== undefined && !sheets.isPending;
  const indicators = useMemo(
    () => (actor && isReady ? sheets.indicators.filter((indicator) => canEnterValues(actor, indicator)) : []),
    [actor, isReady, sheets.indicators],
  );
  return {
    indicators,
    isPending: user.isPending || scorecard.isPending || sheets.isPending,
    error: user.error ?? scorecard.error ?? sheets.error,
  };
}
