import { Link, useParams } from 'react-router';
import { compareText } from '../../../shared/text.ts';
import { Card } from '../components/ui/Card.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { hasExampleData } from '../features/indicators/figure-format.ts';
import { useYearParam } from '../features/period/use-year-param.ts';
import { MacroPlanificationCard } from '../features/planification/MacroPlanificationCard.tsx';
import { Breadcrumb } from '../features/territories/Breadcrumb.tsx';
import { TerritoryIndicatorTable } from '../features/territories/TerritoryIndicatorTable.tsx';
import { breadcrumbTrail, CHILDREN_HEADINGS, LEVEL_NAMES } from '../features/territories/territory-tree.ts';
import { useTerritoryView } from '../features/territories/use-territories.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { briefPath, territoryPath, YEAR_PARAM } from '../lib/url.ts';

export function TerritoryPage() {
  const { code = '' } = useParams();
  const { year, input } = useYearParam();
  const view = useTerritoryView(code, input);
  usePageTitle(view.data ? view.data.territory.name : 'Território');

  if (view.isError)
    return (
      <PageError
        error={view.error}
        what="o território"
        isYearInvalid={year === null}
        notFoundTitle="Território não encontrado"
        isWholePage
      />
    );
  if (view.isPending || year === null) return <Loading what="o território" />;

  const { territory, children } = view.data;
  const childrenHeading = CHILDREN_HEADINGS[territory.level];
  const rows = view.data.groups.flatMap((group) => group.rows);
  const isExample = hasExampleData(rows.flatMap((row) => (row.figure ? [row.figure] : [])));
  const sortedChildren = [...children].sort((a, b) => compareText(a.name, b.name));

  return (
    <>
      <Breadcrumb trail={breadcrumbTrail(view.data)} />
      <div className="page-heading">
        <p className="page-heading__eyebrow">
          {LEVEL_NAMES[territory.level]} · código {territory.code}
        </p>
        <h1>
          {territory.name} — {year}
        </h1>
        {(territory.level === 'macro' || territory.level === 'region') && (
          <p>
            <Link className="button button--secondary" to={briefPath(territory.code, { [YEAR_PARAM]: year })}>
              Resumo regional para imprimir
            </Link>
          </p>
        )}
        {territory.level !== 'state' && (
          <p className="page-heading__lead">
            Indicadores do plano para este território, comparados com a meta e com o valor de Mato Grosso.
            Onde o plano só fixa meta para o estado, o território é comparado com a meta estadual.
          </p>
        )}
      </div>
      {isExample && <ExampleDataBanner />}
      <Card title="Indicadores">
        {rows.length === 0 ? (
          <p>Nenhum indicador do plano é registrado neste nível de território.</p>
        ) : (
          <TerritoryIndicatorTable view={view.data} year={year} hasExampleData={isExample} />
        )}
      </Card>
      {territory.level === 'macro' && <MacroPlanificationCard code={territory.code} />}
      {childrenHeading && sortedChildren.length > 0 && (
        <Card title={`${childrenHeading} (${sortedChildren.length})`}>
          <ul className="child-links">
            {sortedChildren.map((child) => (
              <li key={child.code}>
                <Link to={territoryPath(child.code, { [YEAR_PARAM]: year })}>{child.name}</Link>
              </li>
            ))}
          </ul>
        </Card>
      )}
    </>
  );
}
