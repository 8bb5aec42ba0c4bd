import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { yearPartLabel } from '../../../shared/domain/dates.ts';
import { formatIsoDate } from '../../../shared/format.ts';
import { Card } from '../components/ui/Card.tsx';
import { DownloadXlsxLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { NarrativeForm } from '../features/reports/NarrativeForm.tsx';
import { NarrativeTexts } from '../features/reports/NarrativeTexts.tsx';
import { ObjectiveReport } from '../features/reports/ObjectiveReport.tsx';
import { ReportPeriodPicker } from '../features/reports/ReportPeriodPicker.tsx';
import {
  parseSemesterParam,
  SEMESTER_REPORT_BASE,
  semesterPrintPath,
  semesterReportPath,
  semesterXlsxPath,
  situationText,
} from '../features/reports/semester-report.ts';
import {
  type ReportCoordination,
  type SemesterReport,
  useReportPeriods,
  useSemesterReport,
} from '../features/reports/use-semester-report.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';
import { Redirect, useAnswerAwaitsData } from '../lib/server-answer.tsx';

/** `/relatorios/semestral`: the last closed semester (the report is written after it ends). */
export function SemesterReportIndexPage() {
  usePageTitle('Relatório semestral');
  const semesters = useReportPeriods('semester');
  useAnswerAwaitsData(semesters.isPending);
  if (semesters.isError)
    return <PageError error={semesters.error} what="os semestres do plano" isWholePage />;
  if (semesters.isPending) return <Loading what="os semestres do plano" />;
  const target = semesters.data.lastClosed ?? semesters.data.current;
  if (!target) {
    return (
      <ErrorMessage
        isPageTitle
        title="Ainda não há relatório semestral"
        message="O plano começa no 1º semestre de 2024: o relatório existe a partir dele."
      />
    );
  }
  return <Redirect to={semesterReportPath(target)} />;
}

export function SemesterReportPage() {
  const params = useParams();
  const semester = parseSemesterParam(params.semester);
  usePageTitle(semester ? `Relatório semestral · ${yearPartLabel(semester)}` : 'Relatório semestral');
  if (!semester) {
    return (
      <ErrorMessage
        isPageTitle
        title="Semestre inválido"
        message={`“${params.semester ?? ''}” não é um semestre do plano. Use AAAA-S1 (janeiro a junho) ou AAAA-S2 (julho a dezembro), de 2024-S1 a 2027-S2, por exemplo ${SEMESTER_REPORT_BASE}/2026-S1.`}
      >
        <p>
          <Link to={SEMESTER_REPORT_BASE}>Abrir o último semestre encerrado</Link>
        </p>
      </ErrorMessage>
    );
  }
  if (params.semester !== semester) return <Redirect to={semesterReportPath(semester)} />;
  // Keyed by semester: open forms and notices of one semester never show on another.
  return <Report key={semester} semester={semester} />;
}

function Report({ semester }: { semester: string }) {
  const report = useSemesterReport(semester);
  const semesters = useReportPeriods('semester');
  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Plano Estratégico SAS 2024–2027 · Relatórios</p>
        <h1>Relatório semestral por objetivo — {yearPartLabel(semester)}</h1>
        <p className="page-heading__lead">
          Para cada objetivo: as metas, os indicadores frente às metas e as ações do plano por situação,
          preenchidos automaticamente; o progresso, as dificuldades e a relação com as metas, escritos pelas
          coordenadorias que respondem pelo objetivo.
        </p>
        <div className="semester-report__toolbar">
          {semesters.data && (
            <ReportPeriodPicker
              label="Semestre"
              period={semester}
              periods={semesters.data.periods}
              pathOf={semesterReportPath}
            />
          )}
          <Link className="button button--secondary" to={semesterPrintPath(semester)}>
            Imprimir (A4) / PDF
          </Link>
          <DownloadXlsxLink href={semesterXlsxPath(semester)} />
        </div>
        {report.data && (
          <ul className="fact-list">
            <li>
              <span className="fact-list__label">Período</span>
              {formatIsoDate(report.data.startsOn)} a {formatIsoDate(report.data.endsOn)} (
              {report.data.stateLabel})
            </li>
            <li>{situationText(report.data)}</li>
          </ul>
        )}
      </div>
      {report.isError ? (
        <PageError error={report.error} what="o relatório semestral" />
      ) : report.isPending ? (
        <Loading what="o relatório semestral" />
      ) : (
        <ReportBody report={report.data} />
      )}
    </>
  );
}

function ReportBody({ report }: { report: SemesterReport }) {
  return (
    <>
      {report.hasExampleData && (
        <ExampleDataBanner>
          Parte deste relatório — valores de indicadores, registros de monitoramento e textos marcados como{' '}
          <span className="minutes__example-mark">(exemplo)</span> — foi gerada para demonstração do painel e
          não é dado oficial.
        </ExampleDataBanner>
      )}
      {report.objectives.map((objective) => (
        <Card
          key={objective.code}
          title={`Objetivo ${objective.code} — ${objective.name}`}
          data-testid={`objetivo-${objective.code}`}
        >
          <ObjectiveReport
            objective={objective}
            situationDate={report.situationDate}
            coordinationNames={report.coordinationNames}
            variant="screen"
            renderTexts={(coordination) => (
              <CoordinationTexts
                semester={report.semester}
                objectiveCode={objective.code}
                coordination={coordination}
              />
            )}
          />
        </Card>
      ))}
    </>
  );
}

/** The saved texts, and for those allowed a button that opens the form in place. */
function CoordinationTexts({
  semester,
  objectiveCode,
  coordination,
}: {
  semester: string;
  objectiveCode: string;
  coordination: ReportCoordination;
}) {
  const [isEditing, setIsEditing] = useState(false);
  const [notice, setNotice] = useState('');
  return (
    <>
      <NarrativeTexts narrative={coordination.narrative} />
      <p className="form-success" role="status">
        {notice}
      </p>
      {coordination.canWrite &&
        (isEditing ? (
          <NarrativeForm
            semester={semester}
            objectiveCode={objectiveCode}
            coordinationCode={coordination.code}
            narrative={coordination.narrative}
            relationSuggestion={coordination.relationSuggestion}
            onSaved={(isUnchanged) => {
              setIsEditing(false);
              setNotice(isUnchanged ? 'Nada mudou: o texto já estava salvo assim.' : 'Texto salvo.');
            }}
            onCancel={() => setIsEditing(false)}
          />
        ) : (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setNotice('');
              setIsEditing(true);
            }}
          >
            {coordination.narrative ? 'Editar o texto' : 'Escrever o texto'} da {coordination.code}
          </button>
        ))}
    </>
  );
}
