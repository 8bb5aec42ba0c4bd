import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatDateTimeMt, formatNumber, formatPeriod } from '../../../shared/format.ts';
import { Card } from '../components/ui/Card.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { Table } from '../components/ui/Table.tsx';
import { MonthSelect } from '../features/data-cycle/MonthSelect.tsx';
import { useEditableIndicators } from '../features/data-entry/use-editable-indicators.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import { type RouterOutputs, useTRPC } from '../lib/trpc.ts';
import { indicatorPath } from '../lib/url.ts';

const LEVEL_NAMES = { state: 'Estado', macro: 'Macrorregião', region: 'Região de saúde' } as const;

/** Qualidade dos dados: one indicator and month, for the coordenadoria that answers for it. */
export function DataQualityPage() {
  usePageTitle('Qualidade dos dados');
  const trpc = useTRPC();
  const indicatorId = useId();
  const editable = useEditableIndicators();
  const [searchParams, setSearchParams] = useSearchParams();
  const code = searchParams.get('indicador') ?? editable.indicators[0]?.code ?? '';
  // Without ?mes=, the server's last full month (its clock, not the browser's).
  const pickedMonth = searchParams.get('mes') ?? undefined;
  const quality = useQuery({
    ...trpc.dataCycle.quality.queryOptions({ code, month: pickedMonth }),
    enabled: code !== '',
  });
  const month = quality.data?.month ?? pickedMonth ?? '';
  const months = quality.data?.offeredMonths ?? (pickedMonth ? [pickedMonth] : []);
  const choose = (key: string, value: string) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      params.set(key, value);
      return params;
    });

  return (
    <>
      <div className="page-heading">
        <h1>Qualidade dos dados</h1>
        <p className="page-heading__lead">
          Para um indicador e um mês: quem informou e quem falta, os valores fora do habitual com as
          justificativas, os valores guardados que quebram uma regra, o mês de referência de cada território e
          a conferência da coordenadoria.
        </p>
      </div>
      {!editable.isPending && editable.indicators.length === 0 ? (
        <p className="note">
          A qualidade dos dados é acompanhada pela coordenadoria responsável por cada indicador e pela
          superintendência.
        </p>
      ) : (
        <div className="quality-picker">
          <div className="import-form__field">
            <label htmlFor={indicatorId}>Indicador</label>
            <select
              id={indicatorId}
              value={code}
              onChange={(event) => choose('indicador', event.target.value)}
            >
              {editable.indicators.map((indicator) => (
                <option key={indicator.code} value={indicator.code}>
                  {indicator.code} — {indicator.shortName}
                </option>
              ))}
            </select>
          </div>
          <MonthSelect months={months} value={month} onChange={(next) => choose('mes', next)} />
        </div>
      )}
      {quality.isError ? (
        <ErrorMessage
          title="Não foi possível montar a qualidade dos dados"
          message={errorMessage(quality.error)}
        />
      ) : code !== '' && quality.isPending ? (
        <Loading what="a qualidade dos dados" />
      ) : quality.data ? (
        <QualityReport data={quality.data} />
      ) : null}
    </>
  );
}

type Quality = RouterOutputs['dataCycle']['quality'];

function QualityReport({ data }: { data: Quality }) {
  const month = formatPeriod(data.month);
  return (
    <>
      <Card title={`Conferência de ${month}`}>
        <p>
          {data.check?.state === 'checked'
            ? `Conferido por ${data.check.checkedByName ?? '—'} em ${formatDateTimeMt(data.check.checkedAt)}${data.check.note ? `: ${data.check.note}` : '.'}`
            : data.check?.state === 'changed_after'
              ? 'Conferido, mas valores mudaram depois: confira de novo.'
              : 'Não conferido.'}{' '}
          <Link to={indicatorPath(data.indicator.code, {})}>Conferir na página do indicador</Link>
        </p>
      </Card>
      <Card title={`Quem informou ${month}`}>
        <Table caption={`Municípios que informaram ${month}, por região de saúde`} isCaptionHidden>
          <thead>
            <tr>
              <th scope="col">Região de saúde</th>
              <th scope="col" className="numeric">
                Informaram
              </th>
              <th scope="col">Faltam</th>
            </tr>
          </thead>
          <tbody>
            {data.reporting.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                <td className="numeric">
                  {row.reported}/{row.expected}
                </td>
                <td>{row.missing.length === 0 ? '—' : row.missing.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
      <Card title={`Valores fora do habitual, com justificativa (${data.justified.length})`}>
        {data.justified.length === 0 ? (
          <p className="note">Nenhum valor justificado neste ano.</p>
        ) : (
          <ul>
            {data.justified.map((item) => (
              <li key={`${item.territoryName}|${item.period}`}>
                {item.territoryName}, {formatPeriod(item.period)}: {formatNumber(item.numerator)}
                {item.denominator === null ? '' : ` / ${formatNumber(item.denominator)}`} — “
                {item.justification}” ({item.updatedByName ?? 'carga de dados'},{' '}
                {formatDateTimeMt(item.updatedAt)})
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Valores guardados que quebram uma regra (${data.brokenRules.length})`}>
        {data.brokenRules.length === 0 ? (
          <p className="note">Nenhum: todos os valores do ano seguem as regras do indicador.</p>
        ) : (
          <ul>
            {data.brokenRules.slice(0, 200).map((item) => (
              <li key={`${item.territoryName}|${item.period}|${item.message}`}>
                {item.territoryName}, {formatPeriod(item.period)}: {item.message}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="Mês de referência de cada território">
        <Table caption="Mês de referência por território" isCaptionHidden>
          <thead>
            <tr>
              <th scope="col">Território</th>
              <th scope="col">Conta até</th>
              <th scope="col">Chegando</th>
            </tr>
          </thead>
          <tbody>
            {data.referenceMonths.map((row) => (
              <tr key={row.code}>
                <th scope="row">
                  {LEVEL_NAMES[row.level as keyof typeof LEVEL_NAMES] ?? ''} {row.name}
                </th>
                <td>
                  {row.referenceMonth
                    ? formatPeriod(row.referenceMonth)
                    : row.isPartial
                      ? '—'
                      : 'ano completo'}
                </td>
                <td>
                  {row.pending
                    .map((item) => `${formatPeriod(item.month)}: ${item.reported} de ${item.expected}`)
                    .join('; ') || '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </>
  );
}
