import { formatFixed, formatIsoDate } from '../../../../shared/format.ts';
import { ChartContainer, LegendItem } from '../../components/charts/ChartContainer.tsx';
import { Card } from '../../components/ui/Card.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { POLARITY_LABELS } from '../indicators/figure-format.ts';
import { GROUP_SERIES, OutcomeChart } from './OutcomeChart.tsx';
import {
  type Group,
  type GroupCell,
  groupCell,
  groupHeadings,
  hasSmallNumbers,
  outcomePoints,
  sortOutcomes,
} from './outcome-rows.ts';
import type { PlanMacro, PlanOutcome } from './use-planification.ts';

const GROUPS: readonly Group[] = ['adhering', 'notAdhering'];

function Cell({ cell }: { cell: GroupCell }) {
  if (cell.kind === 'value')
    return (
      <td className="numeric" title={cell.title}>
        {cell.text}
      </td>
    );
  if (cell.kind === 'small')
    return (
      <td className="numeric planif-outcome__small" title={cell.title}>
        {cell.text}
        {cell.detail && <span className="secondary-text">{cell.detail}</span>}
      </td>
    );
  return (
    <td className="numeric planif-outcome__empty" title={cell.title}>
      {cell.text}
    </td>
  );
}

function OutcomeBlock({ outcome, macro }: { outcome: PlanOutcome; macro: PlanMacro }) {
  const { indicator } = outcome;
  const headings = groupHeadings(macro.adheringCount, macro.notAdhering.length);
  const points = outcomePoints(outcome.series);
  const decimals = indicator.kind === 'rate' ? 2 : 0;
  const format = (value: number | null) => formatFixed(value, decimals);
  const isDrawable = points.some((point) => point.adhering !== null || point.notAdhering !== null);
  const title = `${indicator.shortName} (${indicator.unit})`;

  return (
    <section className="planif-outcome" data-testid={`outcome-${indicator.code}`}>
      <h3 className="planif-subheading">
        {indicator.shortName} <span className="indicator-code">{indicator.code}</span>
      </h3>
      <p className="secondary-text">
        {indicator.unit} · {POLARITY_LABELS[indicator.polarity]}
      </p>
      <div className="breakdown planif-outcome__body">
        {isDrawable ? (
          <ChartContainer
            title={title}
            summary={`Gráfico de linhas de ${indicator.shortName} por ano, uma linha para os municípios em adesão hoje e outra para os que ainda não aderiram.`}
            height={200}
            legend={
              <>
                <LegendItem color={GROUP_SERIES.adhering.color} shape="line">
                  {headings.adhering}
                </LegendItem>
                <LegendItem color={GROUP_SERIES.notAdhering.color} shape="dash">
                  {headings.notAdhering}
                </LegendItem>
              </>
            }
            footnote={
              hasSmallNumbers(outcome.series)
                ? 'Valores de número pequeno ficam fora do gráfico: veja o intervalo na tabela.'
                : null
            }
          >
            <OutcomeChart points={points} labels={headings} formatValue={format} />
          </ChartContainer>
        ) : (
          <p className="note">Sem valores para desenhar.</p>
        )}
        <Table caption={`${title}, por grupo de municípios`} isCaptionHidden>
          <thead>
            <tr>
              <th scope="col">Ano</th>
              {GROUPS.map((group) => (
                <th key={group} scope="col" className="numeric">
                  {headings[group]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {outcome.series.map((point) => (
              <tr key={point.year}>
                <th scope="row">{point.year}</th>
                {GROUPS.map((group) => (
                  <Cell key={group} cell={groupCell(point[group], group, indicator.kind)} />
                ))}
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
    </section>
  );
}

/**
 * ICSAPS, infant mortality and Saúde da Família coverage of the municípios adhering today vs the
 * others, over the years. The groups are today's: the years before the adhesion are in the series.
 */
export function OutcomeSection({ macro, today }: { macro: PlanMacro; today: string }) {
  const outcomes = sortOutcomes(macro.outcomes);
  return (
    <Card
      title="Resultados: municípios em adesão × ainda não aderidos"
      id="resultados"
      data-testid="planif-outcomes"
    >
      <p className="planif-note">
        Os grupos são definidos pela situação de <strong>hoje ({formatIsoDate(today)})</strong>: “em adesão”
        são os municípios com adesão vigente hoje, em todos os anos da série — inclusive os anos anteriores à
        adesão. A taxa de cada grupo soma numeradores e denominadores dos seus municípios. A comparação
        descreve os grupos; sozinha, não mede o efeito da planificação. Passe o mouse sobre um valor para ver
        numerador e denominador.
      </p>
      {outcomes.length === 0 ? (
        <p className="note">Nenhum indicador de resultado disponível.</p>
      ) : (
        outcomes.map((outcome) => (
          <OutcomeBlock key={outcome.indicator.code} outcome={outcome} macro={macro} />
        ))
      )}
      <p className="note">
        Valores com “≈ número pequeno” têm denominador pequeno demais para uma taxa estável: mostramos o
        intervalo de confiança de 95 % em vez do valor. O ano em curso pode estar incompleto.
      </p>
    </Card>
  );
}
