import { Link, useLocation, useSearchParams } from 'react-router';
import { YEAR_PARAM } from '../../lib/url.ts';
import { YEAR_OPTIONS } from './year-param.ts';

/** Links to the same page for each year the panel covers (after a bad `?ano=`). */
export function ValidYearLinks() {
  const { pathname } = useLocation();
  const [searchParams] = useSearchParams();
  return (
    <p className="year-links">
      Escolha um ano:{' '}
      {YEAR_OPTIONS.map((year, index) => {
        const params = new URLSearchParams(searchParams);
        params.set(YEAR_PARAM, String(year));
        return (
          <span key={year}>
            {index > 0 && ' · '}
            <Link to={`${pathname}?${params.toString()}`}>{year}</Link>
          </span>
        );
      })}
    </p>
  );
}
