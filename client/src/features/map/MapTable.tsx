import { Link } from 'react-router';
import { sortByName } from '../../../../shared/domain/breakdown.ts';
import { usualThrough } from '../../../../shared/domain/completeness.ts';
import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import type { Figure } from '../../lib/trpc.ts';
import { indicatorPath, territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { formatValue, headingWithUnit } from '../indicators/figure-format.ts';
import { RowWindow } from '../indicators/RowWindow.tsx';
import { LEVEL_PICKER_LABELS, type MapLevel } from './map-params.ts';

type MapTableProps = {
  figures: readonly Figure[];
  indicator: { code: string; kind: IndicatorKind; unit: string; shortName: string };
  level: MapLevel;
  year: number;
};

/** The map's figures as a table, for whoever cannot or would rather not read colours. */
export function MapTable({ figures, indicator, level, year }: MapTableProps) {
  const format = (value: number | null) => formatValue(value, indicator.kind);
  const usual = usualThrough(figures);
  return (
    <details className="chart-data map-table">
      <summary>Ver os valores do mapa em tabela</summary>
      <Table
        caption={`${indicator.shortName} (${indicator.unit}) por ${LEVEL_PICKER_LABELS[level].toLowerCase()} em ${year}`}
      >
        <TableHead
          columns={[
            LEVEL_PICKER_LABELS[level],
            { label: headingWithUnit('Valor', indicator.unit), className: 'numeric' },
            { label: headingWithUnit('Meta', indicator.unit), className: 'numeric' },
            'Situação',
          ]}
        />
        <tbody>
          {sortByName(figures).map((figure) => (
            <tr key={figure.territoryCode}>
              <th scope="row">
                <Link to={territoryPath(figure.territoryCode, { [YEAR_PARAM]: year })}>
                  {figure.territoryName}
                </Link>
              </th>
              <td className="numeric">
                {format(figure.value)}
                <RowWindow figure={figure} usual={usual} />
              </td>
              <td className="numeric">{format(figure.target)}</td>
              <td>
                <StatusBadge status={figure.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="note">
        Completude, série histórica e download:{' '}
        <Link to={indicatorPath(indicator.code, { [YEAR_PARAM]: year })}>página do indicador</Link>.
      </p>
    </details>
  );
}
