import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { OTHERS_CODE } from '../../../../shared/domain/contribution.ts';
import { formatFixed, formatNumber } from '../../../../shared/format.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { errorMessage } from '../../lib/errors.ts';
import { keepPreviousOfSame } from '../../lib/keep-previous.ts';
import { useTRPC } from '../../lib/trpc.ts';
import { territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { formatValueWithUnit } from '../indicators/figure-format.ts';
import { casesText, gapWord, signedCases, VISIBLE_ROWS, wholeCases } from './contribution-text.ts';

type ContributionProps = {
  indicator: Pick<
    TIndicator,
    | 'code'
    | 'kind'
    | 'polarity'
    | 'factor'
    | 'unit'
    | 'numeratorDefinition'
    | 'numeratorNounSingular'
    | 'numeratorNounPlural'
  >;
  territoryCode: string;
  territoryName: string;
  year: number;
};

/** Which municípios explain the territory's distance from the target, in cases (issue 5, item 5). */
export function ContributionCard({ indicator, territoryCode, territoryName, year }: ContributionProps) {
  const trpc = useTRPC();
  const [isShowingAll, setShowingAll] = useState(false);
  // The first rows only, until the reader asks for every município (the state's are 5.570 at national
  // scale); the rows shown stay while the others are read.
  const input = { code: indicator.code, territoryCode, year, limit: isShowingAll ? undefined : VISIBLE_ROWS };
  const query = useQuery({
    ...trpc.indicator.contribution.queryOptions(input),
    placeholderData: keepPreviousOfSame(input, ({ limit: _limit, ...same }) => same),
  });
  const words = gapWord(indicator.polarity);
  const title = `Quem explica a distância da meta — ${territoryName}`;
  if (query.isPending)
    return (
      <Card title={title}>
        <Loading what="a contribuição dos municípios" />
      </Card>
    );
  if (query.isError)
    return (
      <Card title={title}>
        <ErrorMessage title="Não foi possível calcular a contribuição" message={errorMessage(query.error)} />
      </Card>
    );
  const { contribution, target, figure } = query.data;
  if (!contribution || target === null)
    return (
      <Card title={title}>
        <p>Sem meta para {year}: não há distância a explicar.</p>
      </Card>
    );
  if (figure?.value === null || figure?.value === undefined || contribution.rowCount === 0)
    return (
      <Card title={title}>
        <p>
          Sem dados de {year} para {territoryName}: ainda não há distância a explicar.
        </p>
      </Card>
    );
  const rows = isShowingAll ? contribution.rows : contribution.rows.slice(0, VISIBLE_ROWS);
  return (
    <Card title={title} className="contribution" id="contribuicao" data-testid="contribution">
      {contribution.totalGap <= 0 ? (
        <p>
          {territoryName} está na meta em {year}: no conjunto, não há {words.noun} a explicar. A tabela mostra
          os municípios acima e abaixo do esperado.
        </p>
      ) : (
        <p>
          <strong>
            {casesText(contribution.totalGap, indicator)} {words.total}
          </strong>{' '}
          em {territoryName} em {year}, comparando com a meta de{' '}
          {formatValueWithUnit(target, indicator.kind, indicator.unit)}. Municípios ordenados pela
          contribuição em {indicator.numeratorNounPlural ?? 'casos'}, não pela taxa.
        </p>
      )}
      <Table caption={`Contribuição dos municípios para a distância da meta em ${year}`} isCaptionHidden>
        <thead>
          <tr>
            <th scope="col">Município</th>
            <th scope="col" className="numeric">
              Numerador
            </th>
            <th scope="col" className="numeric">
              Denominador
            </th>
            <th scope="col" className="numeric">
              Esperado na meta
            </th>
            <th scope="col" className="numeric">
              {words.column}
            </th>
            <th scope="col" className="numeric">
              {words.share}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">
                {row.code === OTHERS_CODE ? (
                  row.name
                ) : (
                  <Link to={territoryPath(row.code, { [YEAR_PARAM]: year })}>{row.name}</Link>
                )}
              </th>
              <td className="numeric">{formatNumber(row.numerator, 0)}</td>
              <td className="numeric">{formatNumber(row.denominator, 0)}</td>
              <td className="numeric">{wholeCases(row.expected)}</td>
              <td className={row.gap > 0 ? 'numeric contribution__gap' : 'numeric'}>
                {signedCases(row.gap)}
              </td>
              <td className="numeric">
                {row.shareOfExcess === null ? '—' : `${formatFixed(row.shareOfExcess * 100, 1)} %`}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
      {contribution.rowCount > VISIBLE_ROWS && (
        <button
          type="button"
          className="button button--secondary"
          aria-busy={query.isPlaceholderData}
          onClick={(event) => {
            // Back to the first rows from the end of a long list: the card's top comes back into view.
            const card = event.currentTarget.closest('.card');
            setShowingAll(!isShowingAll);
            if (isShowingAll && card && card.getBoundingClientRect().top < 0)
              card.scrollIntoView({ block: 'start' });
          }}
        >
          {query.isPlaceholderData
            ? 'Carregando os municípios…'
            : isShowingAll
              ? 'Mostrar só os primeiros'
              : `Mostrar todos os ${formatNumber(contribution.municipalityCount, 0)} municípios`}
        </button>
      )}
      <p className="secondary-text">
        Numerador: {indicator.numeratorDefinition}. Esperado na meta = meta × denominador ÷{' '}
        {formatNumber(indicator.factor, 0)}. {words.rule} As diferenças somam a distância do território:
        municípios com diferença negativa compensam parte dela; a {words.share.toLowerCase()} divide só o que
        somam os municípios que contribuem para a distância.
      </p>
    </Card>
  );
}
