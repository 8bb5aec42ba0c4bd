import { Link, useSearchParams } from 'react-router';
import { territoryPath, YEAR_PARAM } from '../../lib/url.ts';

export function Breadcrumb({ trail }: { trail: readonly { code: string; name: string }[] }) {
  const [searchParams] = useSearchParams();
  return (
    <nav className="breadcrumb" aria-label="Hierarquia do território">
      <ol>
        {trail.map((crumb, index) => (
          <li key={crumb.code}>
            {index === trail.length - 1 ? (
              <span aria-current="page">{crumb.name}</span>
            ) : (
              <Link to={territoryPath(crumb.code, { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) })}>
                {crumb.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
