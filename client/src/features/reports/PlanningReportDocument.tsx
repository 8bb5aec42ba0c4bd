import { Fragment } from 'react';
import { formatDateTimeMt, formatIsoDate, formatPeriod } from '../../../../shared/format.ts';
import { DocumentHeading } from '../../components/ui/DocumentHeading.tsx';
import { StatusBadge } from '../../components/ui/StatusBadge.tsx';
import { formatValueWithUnit } from '../indicators/figure-format.ts';
import {
  formatAchievement,
  monthsText,
  noPeriodResultText,
  PLANNING_REPORTS,
  type PlanningReport,
  type PlanningReportIndicator,
  planningSituationText,
} from './planning-report.ts';
import {
  ExampleMark,
  numeric,
  ProvisionalMark,
  ReportTable,
  type ReportVariant,
  StatusCountsTable,
} from './ReportTables.tsx';

type Objective = PlanningReport['objectives'][number];

function figure(indicator: PlanningReportIndicator, value: number | null) {
  return formatValueWithUnit(value, indicator.kind, indicator.unit);
}

/** The indicators of one objective: target, the quadrimester, the year so far, % of the target, status, analysis. */
function IndicatorRows({
  report,
  objective,
  variant,
}: {
  report: PlanningReport;
  objective: Objective;
  variant: ReportVariant;
}) {
  const className = numeric(variant);
  const isQuadrimester = report.kind === 'quadrimester';
  const columns = [
    { label: 'Indicador' },
    { label: `Meta ${report.year}`, className, width: 'minutes__col-figure' },
    ...(isQuadrimester
      ? [{ label: 'Resultado do quadrimestre', className, width: 'minutes__col-figure' }]
      : []),
    {
      label: isQuadrimester ? 'Acumulado do ano' : 'Resultado do ano',
      className,
      width: 'minutes__col-figure',
    },
    { label: '% da meta', className, width: 'planning-report__col-pct' },
    { label: 'Situação', width: 'minutes__col-status' },
  ];
  return (
    <ReportTable variant={variant} caption={`Indicadores do objetivo ${objective.code}`} columns={columns}>
      {objective.indicators.map((indicator) => (
        <Fragment key={indicator.code}>
          <tr className="planning-report__indicator">
            <td>
              {indicator.code} · {indicator.shortName}
              <span className="secondary-text semester-report__line">
                {indicator.goalCode ? `Meta ${indicator.goalCode} · ` : ''}
                {indicator.coordinationName}
              </span>
            </td>
            <td className={className}>
              {figure(indicator, indicator.target)}
              {indicator.targetLabel && indicator.target === null && (
                <span className="secondary-text semester-report__line">{indicator.targetLabel}</span>
              )}
            </td>
            {isQuadrimester && (
              <td className={className}>
                {indicator.period && indicator.period.value !== null ? (
                  <>
                    {figure(indicator, indicator.period.value)}
                    <span className="secondary-text semester-report__line">
                      {monthsText(indicator.period.firstMonth, indicator.period.lastMonth)}
                    </span>
                  </>
                ) : (
                  <span className="secondary-text">{noPeriodResultText(indicator)}</span>
                )}
              </td>
            )}
            <td className={className}>
              {figure(indicator, indicator.year.value)}
              <ExampleMark isExample={indicator.isExample} />
              <ProvisionalMark isProvisional={indicator.isProvisional} />
              {indicator.year.partialThrough && (
                <span className="secondary-text semester-report__line">
                  até {formatPeriod(indicator.year.partialThrough)}
                </span>
              )}
            </td>
            <td className={className}>{formatAchievement(indicator.achievementPct)}</td>
            <td>
              {variant === 'screen' ? <StatusBadge status={indicator.status} /> : indicator.statusLabel}
            </td>
          </tr>
          <tr className="planning-report__analysis">
            <td colSpan={columns.length}>
              <strong>Análises e considerações: </strong>
              {indicator.analysis ? (
                <>
                  {indicator.analysis.text}
                  <span className="secondary-text">
                    {' '}
                    (análise de {formatPeriod(indicator.analysis.month)}, por{' '}
                    {indicator.analysis.writtenByName})
                  </span>
                  <ExampleMark isExample={indicator.analysis.isExample} />
                </>
              ) : (
                <span className="secondary-text">
                  nenhuma análise do indicador registrada no período (escreva-a na página do indicador).
                </span>
              )}
            </td>
          </tr>
        </Fragment>
      ))}
    </ReportTable>
  );
}

/** On paper the ata's plain sections; on screen the app's cards. */
const sectionClass = (variant: ReportVariant) => (variant === 'print' ? 'minutes__section' : 'card');

/**
 * The RDQA or the RAG of the plan, the same document on screen and on A4: identification, then each
 * objective with its goals, indicators and actions by status, then the plan's actions in total.
 */
export function PlanningReportDocument({
  report,
  variant,
}: {
  report: PlanningReport;
  variant: ReportVariant;
}) {
  const names = PLANNING_REPORTS[report.kind];
  return (
    <article
      className={variant === 'print' ? 'minutes planning-report' : 'planning-report planning-report--screen'}
      aria-label={`${names.short} — ${report.label}`}
    >
      {variant === 'print' && (
        <DocumentHeading>
          {names.title} — {report.label}
        </DocumentHeading>
      )}
      <dl className={variant === 'print' ? 'minutes__facts' : 'planning-report__facts'}>
        <div>
          <dt>Período</dt>
          <dd>
            {formatIsoDate(report.startsOn)} a {formatIsoDate(report.endsOn)} ({report.stateLabel})
          </dd>
        </div>
        <div>
          <dt>Prazo de apresentação</dt>
          <dd>
            {formatIsoDate(report.deliveryDeadline)}
            {report.kind === 'quadrimester'
              ? ' (LC 141/2012, art. 36: fim de maio, setembro e fevereiro)'
              : ' (LC 141/2012, art. 36 § 1º)'}
          </dd>
        </div>
        <div>
          <dt>Indicadores</dt>
          <dd>
            Valor do estado de Mato Grosso.{' '}
            {report.kind === 'quadrimester'
              ? 'Resultado do quadrimestre: só os meses do quadrimestre, pela regra de cada indicador; acumulado do ano: de janeiro ao fim do quadrimestre, comparado com a meta do ano.'
              : 'Resultado do ano comparado com a meta do ano.'}{' '}
            % da meta: resultado ÷ meta (quanto maior, melhor) ou meta ÷ resultado (quanto menor, melhor).
          </dd>
        </div>
        <div>
          <dt>Ações</dt>
          <dd>{planningSituationText(report)}</dd>
        </div>
        <div>
          <dt>Gerado em</dt>
          <dd>{formatDateTimeMt(report.generatedAt)}</dd>
        </div>
      </dl>
      {variant === 'print' && report.hasExampleData && (
        <p className="minutes__example">
          Contém dados de exemplo, gerados para demonstração do painel e marcados como “(exemplo)”: não são
          dados oficiais.
        </p>
      )}
      {report.objectives.map((objective) => (
        <section
          key={objective.code}
          className={`${sectionClass(variant)} planning-report__section`}
          data-testid={`objetivo-${objective.code}`}
        >
          <h2>
            Objetivo {objective.code} — {objective.name}
          </h2>
          {objective.goals.length > 0 && (
            <ul className="planning-report__goals">
              {objective.goals.map((goal) => (
                <li key={goal.code}>
                  <strong>Meta {goal.code}:</strong> {goal.text}
                </li>
              ))}
            </ul>
          )}
          {objective.indicators.length > 0 ? (
            <IndicatorRows report={report} objective={objective} variant={variant} />
          ) : (
            <p className="semester-report__empty">Objetivo sem indicador no painel.</p>
          )}
          <StatusCountsTable
            rollup={objective.actions}
            caption={`Ações do objetivo ${objective.code} por situação`}
            variant={variant}
          />
        </section>
      ))}
      <section className={`${sectionClass(variant)} planning-report__section`}>
        <h2>Ações do plano por situação</h2>
        <StatusCountsTable
          rollup={report.actions}
          caption="Todas as ações do plano por situação"
          variant={variant}
        />
      </section>
    </article>
  );
}
