import { formatDateTimeMt, formatIsoDate } from '../../../../shared/format.ts';
import { DocumentHeading } from '../../components/ui/DocumentHeading.tsx';
import { NarrativeTexts } from './NarrativeTexts.tsx';
import { ObjectiveReport } from './ObjectiveReport.tsx';
import { situationText } from './semester-report.ts';
import type { SemesterReport } from './use-semester-report.ts';

/** The semester report on clean A4: identification, then each objective as the seed's reports do it. */
export function SemesterReportDocument({ report }: { report: SemesterReport }) {
  return (
    <article className="minutes semester-report" aria-label={`Relatório semestral — ${report.label}`}>
      <DocumentHeading>Relatório semestral por objetivo — {report.label}</DocumentHeading>
      <dl className="minutes__facts">
        <div>
          <dt>Período</dt>
          <dd>
            {formatIsoDate(report.startsOn)} a {formatIsoDate(report.endsOn)} ({report.stateLabel})
          </dd>
        </div>
        <div>
          <dt>Ações</dt>
          <dd>{situationText(report)}</dd>
        </div>
        <div>
          <dt>Indicadores</dt>
          <dd>
            Valor do estado no ano de {report.year} frente à meta do ano; ano em curso: acumulado até o último
            mês com dados.
          </dd>
        </div>
        <div>
          <dt>Fonte</dt>
          <dd>
            Indicadores e ações preenchidos automaticamente pelo painel; textos a), b) e c) escritos pelas
            coordenadorias.
          </dd>
        </div>
        <div>
          <dt>Gerado em</dt>
          <dd>{formatDateTimeMt(report.generatedAt)}</dd>
        </div>
      </dl>
      {report.hasExampleData && (
        <p className="minutes__example">
          Contém dados de exemplo, gerados para demonstração do painel e marcados como “(exemplo)”: não são
          dados oficiais.
        </p>
      )}
      <h2 className="semester-report__semester">
        {report.heading} · AVANÇOS DO PLANO BASEADOS NOS OBJETIVOS
      </h2>
      {report.objectives.map((objective, index) => (
        <section key={objective.code} className="minutes__section semester-report__section">
          <h2>{index + 1}) AVALIAÇÃO DO OBJETIVO (com base na execução do plano de ação no semestre)</h2>
          <p className="semester-report__objective-name">
            <strong>Nº do objetivo/Descrição:</strong> {objective.code} — {objective.name}
          </p>
          <ObjectiveReport
            objective={objective}
            situationDate={report.situationDate}
            coordinationNames={report.coordinationNames}
            variant="print"
            renderTexts={(coordination) => <NarrativeTexts narrative={coordination.narrative} />}
          />
        </section>
      ))}
    </article>
  );
}
