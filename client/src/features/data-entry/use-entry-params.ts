import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { YEAR_PARAM } from '../../lib/url.ts';
import { readYearParam } from '../period/year-param.ts';

export const INDICATOR_PARAM = 'indicador';

export type EntrySelection = { code: string; year: number | null };

/** `?indicador=…&ano=…` of the entry page; a bad year reads as null. */
export function useEntryParams(): EntrySelection & {
  select: (next: { code: string; year: number }) => void;
} {
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get(INDICATOR_PARAM)?.trim() ?? '';
  const { year } = readYearParam(searchParams.get(YEAR_PARAM), new Date());
  const select = useCallback(
    (next: { code: string; year: number }) =>
      setSearchParams((current) => {
        const params = new URLSearchParams(current);
        if (next.code) params.set(INDICATOR_PARAM, next.code);
        else params.delete(INDICATOR_PARAM);
        params.set(YEAR_PARAM, String(next.year));
        return params;
      }),
    [setSearchParams],
  );
  return { code, year, select };
}
