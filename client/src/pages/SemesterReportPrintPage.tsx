import { useParams } from 'react-router';
import { yearPartLabel } from '../../../shared/domain/dates.ts';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { PrintSheet } from '../components/ui/PrintSheet.tsx';
import { SemesterReportDocument } from '../features/reports/SemesterReportDocument.tsx';
import {
  parseSemesterParam,
  SEMESTER_REPORT_BASE,
  semesterReportPath,
} from '../features/reports/semester-report.ts';
import { useSemesterReport } from '../features/reports/use-semester-report.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorMessage } from '../lib/errors.ts';

/** The printable semester report, outside the app's layout: a toolbar (not printed) and the A4 document. */
export function SemesterReportPrintPage() {
  const params = useParams();
  const semester = parseSemesterParam(params.semester);
  usePageTitle(semester ? `Relatório semestral ${yearPartLabel(semester)}` : 'Relatório semestral');
  const report = useSemesterReport(semester);

  return (
    <PrintSheet
      name="Relatório semestral"
      isReady={report.isSuccess}
      back={{
        to: semester ? semesterReportPath(semester) : SEMESTER_REPORT_BASE,
        label: 'Voltar ao relatório',
      }}
    >
      {!semester ? (
        <ErrorMessage
          isPageTitle
          title="Semestre inválido"
          message={`“${params.semester ?? ''}” não é um semestre do plano. Use AAAA-S1 ou AAAA-S2, de 2024-S1 a 2027-S2.`}
        />
      ) : report.isError ? (
        <ErrorMessage
          isPageTitle
          title="Não foi possível carregar o relatório"
          message={errorMessage(report.error)}
        />
      ) : report.isPending ? (
        <Loading what="o relatório semestral" />
      ) : (
        <SemesterReportDocument report={report.data} />
      )}
    </PrintSheet>
  );
}
