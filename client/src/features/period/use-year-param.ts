import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { YEAR_PARAM } from '../../lib/url.ts';
import { readYearParam, type YearParam } from './year-param.ts';

/** The year in `?ano=`, and a setter that keeps the other filters of the URL. */
export function useYearParam(): YearParam & { setYear: (year: number) => void } {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get(YEAR_PARAM);
  const param = useMemo(() => readYearParam(raw, new Date()), [raw]);
  const setYear = useCallback(
    (year: number) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current);
        next.set(YEAR_PARAM, String(year));
        return next;
      }),
    [setSearchParams],
  );
  return { ...param, setYear };
}
