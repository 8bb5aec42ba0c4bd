import type { ReactNode } from 'react';
import { REPORTED_SHARE } from '../../../../shared/domain/reference-month.ts';
import { VALIDATION_RULE_LABELS } from '../../../../shared/domain/validation-rules.ts';
import { formatNumber, formatPeriod } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { Table } from '../../components/ui/Table.tsx';
import type { IndicatorSheetData } from '../../lib/trpc.ts';
import {
  DATA_LEVEL_LABELS,
  formatValueWithUnit,
  PERIODICITY_LABELS,
  POLARITY_LABELS,
} from './figure-format.ts';
import { targetsByYear } from './sheet-targets.ts';

const STATE_CODE = '51';

function Field({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="sheet__field">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The indicator sheet as in resolution CIB 029/00, with the plan's yearly targets as printed. */
export function IndicatorSheet({ sheet }: { sheet: IndicatorSheetData }) {
  const { indicator, coordination } = sheet;
  const rows = targetsByYear(sheet.targets, STATE_CODE);
  const hasTerritoryTargets = rows.some((row) => row.territories.length > 0);
  return (
    <Card title="Ficha do indicador" className="sheet">
      <dl className="sheet__fields">
        <Field term="Conceito">{indicator.concept}</Field>
        <Field term="Interpretação">{indicator.interpretation}</Field>
        <Field term="Usos">{indicator.uses}</Field>
        <Field term="Limitações">{indicator.limitations}</Field>
        <Field term="Numerador">{indicator.numeratorDefinition}</Field>
        <Field term="Denominador">{indicator.denominatorDefinition ?? 'Não se aplica (contagem).'}</Field>
        <Field term="Fator">{formatNumber(indicator.factor, 0)}</Field>
        <Field term="Unidade">{indicator.unit}</Field>
        <Field term="Polaridade">{POLARITY_LABELS[indicator.polarity]}</Field>
        <Field term="Fonte">{indicator.sources}</Field>
        <Field term="Periodicidade">
          {PERIODICITY_LABELS[indicator.periodicity]}; registrado {DATA_LEVEL_LABELS[indicator.dataLevel]}
          {sheet.latestPeriod && `; dados até ${formatPeriod(sheet.latestPeriod)}`}
        </Field>
        <Field term="Coordenadoria responsável">
          {coordination ? `${coordination.name} (${coordination.code})` : indicator.coordinationCode}
        </Field>
        <Field term="Linha de base">
          {indicator.baselineValue === null ? (
            'Não informada no plano.'
          ) : (
            <>
              {formatValueWithUnit(indicator.baselineValue, indicator.kind, indicator.unit)}
              {indicator.baselineYear && ` (${indicator.baselineYear})`}
              {indicator.baselineNote && <span className="secondary-text">{indicator.baselineNote}</span>}
            </>
          )}
        </Field>
        <Field term="Tolerância para “em risco”">{formatNumber(indicator.tolerancePct, 1)} % da meta</Field>
        <Field term="Regras de validação">
          {indicator.validationRules.length === 0
            ? 'Números não negativos; contagens inteiras.'
            : `Números não negativos; ${indicator.validationRules.map((rule) => VALIDATION_RULE_LABELS[rule]).join('; ')}. Um valor que quebra uma regra é recusado em qualquer entrada (digitação, importação, linha de comando).`}
        </Field>
        {indicator.dataLevel === 'municipality' && (
          <Field term="Regras de cálculo">
            Estado, macrorregiões e regiões somam os numeradores e os denominadores dos seus municípios.
            Registros sem município identificado (“Município ignorado - MT” no TabNet) não entram em nenhum
            território.
            {indicator.periodicity !== 'yearly' &&
              ` Um ano encerrado pode vir como um valor do ano inteiro, que vale pelo ano. Cada território conta o ano até o último mês que pelo menos ${Math.round(REPORTED_SHARE * 100)} % dos seus municípios informaram.`}
          </Field>
        )}
      </dl>
      <Table caption="Metas anuais do plano (como impressas)" className="sheet__targets">
        <thead>
          <tr>
            <th scope="col">Ano</th>
            <th scope="col">Mato Grosso</th>
            {hasTerritoryTargets && <th scope="col">Por macrorregião</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.year}>
              <th scope="row">{row.year}</th>
              <td>{row.state?.label ?? '—'}</td>
              {hasTerritoryTargets && (
                <td>
                  {row.territories.length === 0
                    ? '—'
                    : row.territories.map((cell) => `${cell.territoryName}: ${cell.label}`).join('; ')}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
