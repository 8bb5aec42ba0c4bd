import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { yearPartLabel } from '../../../shared/domain/dates.ts';
import { DownloadXlsxLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintSheet } from '../components/ui/PrintSheet.tsx';
import { PlanningReportDocument } from '../features/reports/PlanningReportDocument.tsx';
import {
  PLANNING_REPORTS,
  type PlanningReportKind,
  parsePlanningPeriod,
  planningKindOf,
  planningPrintPath,
  planningReportPath,
  planningXlsxPath,
} from '../features/reports/planning-report.ts';
import { ReportPeriodPicker } from '../features/reports/ReportPeriodPicker.tsx';
import { usePlanningReport } from '../features/reports/use-planning-report.ts';
import { useReportPeriods } from '../features/reports/use-semester-report.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';
import { Redirect, useAnswerAwaitsData } from '../lib/server-answer.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';

type KindProps = { kind: PlanningReportKind };

/** The report the address names (`/relatorios/quadrimestral/…`, `/relatorios/anual/…`), else the page-not-found. */
function WithKind({ render }: { render: (kind: PlanningReportKind) => ReactNode }) {
  const kind = planningKindOf(useParams().kind);
  return kind ? render(kind) : <NotFoundPage />;
}

/** `/relatorios/quadrimestral`, `/relatorios/anual`: the last closed period (what is reported), else the current one. */
export function PlanningReportIndexPage() {
  return <WithKind render={(kind) => <PeriodIndex kind={kind} />} />;
}

function PeriodIndex({ kind }: KindProps) {
  const names = PLANNING_REPORTS[kind];
  usePageTitle(names.short);
  const periods = useReportPeriods(kind);
  useAnswerAwaitsData(periods.isPending);
  if (periods.isError) return <PageError error={periods.error} what="os períodos do plano" isWholePage />;
  if (periods.isPending) return <Loading what="os períodos do plano" />;
  const target = periods.data.lastClosed ?? periods.data.current;
  if (!target) {
    return (
      <ErrorMessage
        isPageTitle
        title={`Ainda não há ${names.short.toLowerCase()}`}
        message="O plano começa em janeiro de 2024: o relatório existe a partir dele."
      />
    );
  }
  return <Redirect to={planningReportPath(kind, target)} />;
}

function InvalidPeriod({ kind, text }: KindProps & { text: string | undefined }) {
  const names = PLANNING_REPORTS[kind];
  return (
    <ErrorMessage
      isPageTitle
      title={`${names.periodName} inválido`}
      message={`“${text ?? ''}” não é um período do plano. Use ${names.example}.`}
    >
      <p>
        <Link to={names.base}>Abrir o último período encerrado</Link>
      </p>
    </ErrorMessage>
  );
}

export function PlanningReportPage() {
  return <WithKind render={(kind) => <ReportAddress kind={kind} />} />;
}

function ReportAddress({ kind }: KindProps) {
  const params = useParams();
  const period = parsePlanningPeriod(kind, params.period);
  const names = PLANNING_REPORTS[kind];
  usePageTitle(period ? `${names.short} · ${yearPartLabel(period)}` : names.short);
  if (!period) return <InvalidPeriod kind={kind} text={params.period} />;
  if (params.period !== period) return <Redirect to={planningReportPath(kind, period)} />;
  return <Report kind={kind} period={period} />;
}

function Report({ kind, period }: KindProps & { period: string }) {
  const names = PLANNING_REPORTS[kind];
  const report = usePlanningReport(kind, period);
  const periods = useReportPeriods(kind);
  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Plano Estratégico SAS 2024–2027 · Relatórios</p>
        <h1>
          {names.title} — {yearPartLabel(period)}
        </h1>
        <p className="page-heading__lead">
          Para cada objetivo do plano: as metas, os indicadores do estado frente à meta do ano
          {kind === 'quadrimester' ? ', o resultado do quadrimestre e o acumulado do ano' : ''}, a análise
          registrada para cada indicador e as ações por situação. A planilha (XLSX) traz uma linha por
          indicador com os campos da meta no DigiSUS Gestor – Módulo Planejamento.
        </p>
        <div className="semester-report__toolbar">
          {periods.data?.periods.some((candidate) => candidate.code === period) && (
            <ReportPeriodPicker
              label={names.periodName}
              period={period}
              periods={periods.data.periods}
              pathOf={(code) => planningReportPath(kind, code)}
            />
          )}
          {report.isSuccess && (
            <>
              <Link className="button button--secondary" to={planningPrintPath(kind, period)}>
                Imprimir (A4) / PDF
              </Link>
              <DownloadXlsxLink href={planningXlsxPath(kind, period)} />
            </>
          )}
        </div>
      </div>
      {report.isError ? (
        <PageError error={report.error} what="o relatório" />
      ) : report.isPending ? (
        <Loading what="o relatório" />
      ) : (
        <>
          {report.data.hasExampleData && (
            <ExampleDataBanner>
              Parte deste relatório — valores de indicadores, análises e registros marcados como{' '}
              <span className="minutes__example-mark">(exemplo)</span> — foi gerada para demonstração do
              painel e não é dado oficial.
            </ExampleDataBanner>
          )}
          <PlanningReportDocument report={report.data} variant="screen" />
        </>
      )}
    </>
  );
}

/** The printable RDQA or RAG, outside the app's layout: a toolbar (not printed) and the A4 document. */
export function PlanningReportPrintPage() {
  return <WithKind render={(kind) => <PrintDocument kind={kind} />} />;
}

function PrintDocument({ kind }: KindProps) {
  const params = useParams();
  const period = parsePlanningPeriod(kind, params.period);
  const names = PLANNING_REPORTS[kind];
  usePageTitle(period ? `${names.short} ${yearPartLabel(period)}` : names.short);
  const report = usePlanningReport(kind, period);
  return (
    <PrintSheet
      name={names.short}
      isReady={report.isSuccess}
      back={{ to: period ? planningReportPath(kind, period) : names.base, label: 'Voltar ao relatório' }}
    >
      {!period ? (
        <InvalidPeriod kind={kind} text={params.period} />
      ) : report.isError ? (
        <ErrorMessage
          isPageTitle
          title="Não foi possível carregar o relatório"
          message={errorMessage(report.error)}
        />
      ) : report.isPending ? (
        <Loading what="o relatório" />
      ) : (
        <PlanningReportDocument report={report.data} variant="print" />
      )}
    </PrintSheet>
  );
}
