import { Link } from 'react-router';
import type { YearPartKind } from '../../../shared/domain/dates.ts';
import { Card } from '../components/ui/Card.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PLANNING_REPORTS, planningReportPath } from '../features/reports/planning-report.ts';
import { SEMESTER_REPORT_BASE, semesterReportPath } from '../features/reports/semester-report.ts';
import { useReportPeriods } from '../features/reports/use-semester-report.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

const REPORTS: readonly {
  kind: YearPartKind;
  title: string;
  description: string;
  base: string;
  pathOf: (period: string) => string;
}[] = [
  {
    kind: 'quadrimester',
    title: PLANNING_REPORTS.quadrimester.title,
    description:
      'A cada quadrimestre (jan–abr, mai–ago, set–dez): resultado do quadrimestre e acumulado do ano de cada indicador frente à meta, análises e ações por situação, com planilha para o DigiSUS Gestor – Módulo Planejamento.',
    base: PLANNING_REPORTS.quadrimester.base,
    pathOf: (period) => planningReportPath('quadrimester', period),
  },
  {
    kind: 'year',
    title: PLANNING_REPORTS.year.title,
    description:
      'O ano inteiro: resultado de cada indicador frente à meta do ano, análises e ações por situação.',
    base: PLANNING_REPORTS.year.base,
    pathOf: (period) => planningReportPath('year', period),
  },
  {
    kind: 'semester',
    title: 'Relatório semestral por objetivo',
    description:
      'A cada semestre: para cada objetivo, os indicadores, as ações, as não conformidades e os textos das coordenadorias (avanços, dificuldades e relação com as metas).',
    base: SEMESTER_REPORT_BASE,
    pathOf: semesterReportPath,
  },
];

/** `/relatorios`: the plan's reports in the SUS planning cycle, each with the periods it exists for. */
export function ReportsPage() {
  usePageTitle('Relatórios');
  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Plano Estratégico SAS 2024–2027</p>
        <h1>Relatórios</h1>
        <p className="page-heading__lead">
          Preenchidos pelo painel com os dados e os registros do plano; cada um se imprime em A4 (PDF) e se
          baixa em planilha (XLSX).
        </p>
      </div>
      {REPORTS.map((report) => (
        <ReportCard key={report.kind} {...report} />
      ))}
    </>
  );
}

function ReportCard({ kind, title, description, base, pathOf }: (typeof REPORTS)[number]) {
  const periods = useReportPeriods(kind);
  return (
    <Card title={title} data-testid={`relatorio-${kind}`}>
      <p>{description}</p>
      {periods.isError ? (
        <PageError error={periods.error} what="os períodos do relatório" />
      ) : periods.isPending ? (
        <Loading what="os períodos do relatório" />
      ) : (
        <ul className="report-periods">
          {[...periods.data.periods].reverse().map((period) => (
            <li key={period.code}>
              <Link to={pathOf(period.code)}>{period.label}</Link>
              {period.state === 'current' ? ' (em curso)' : ''}
            </li>
          ))}
        </ul>
      )}
      <p className="secondary-text">
        Endereço: <code>{base}/…</code>
      </p>
    </Card>
  );
}
