import { useState } from 'react';
import { Link } from 'react-router';
import type { IndicatorKind } from '../../../../shared/domain/indicator.ts';
import { formatNumber, formatPeriod } from '../../../../shared/format.ts';
import type { TIndicator } from '../../../../shared/schemas/indicator.ts';
import { Card } from '../../components/ui/Card.tsx';
import { ErrorMessage } from '../../components/ui/ErrorMessage.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { indicatorPath } from '../../lib/url.ts';
import { countLabel } from '../data-entry/count-label.ts';
import type { ImportReport } from './import-api.ts';
import {
  problemReason,
  problemSentence,
  samplesCaption,
  sampleValueText,
  writtenCount,
} from './import-report.ts';

type ImportReportViewProps = {
  report: ImportReport;
  /** The indicator a TabNet file fed; null for the template. */
  indicators: ReadonlyMap<string, Pick<TIndicator, 'code' | 'shortName' | 'kind'>>;
  isApplying: boolean;
  /** Applies the file, with the justification of its unusual values (empty when it has none). */
  onApply: (justification: string) => void;
  onRestart: () => void;
};

/** What a preview found (or an applied import wrote): counts, problems, warnings, sample changes. */
export function ImportReportView({
  report,
  indicators,
  isApplying,
  onApply,
  onRestart,
}: ImportReportViewProps) {
  const hasProblems = report.problemCount > 0;
  const [justification, setJustification] = useState('');
  const needsJustification = report.unusualCount > 0 && !report.isApplied;
  const toWrite = writtenCount(report);
  const kindOf = (code: string): IndicatorKind | undefined => indicators.get(code)?.kind;
  return (
    <Card
      title={report.isApplied ? `Importação de ${report.fileName}` : `Pré-visualização de ${report.fileName}`}
      className="import-report"
    >
      <dl className="import-counts">
        <Count label="Valores lidos" value={report.rowCount} />
        {report.zeroFilled > 0 && (
          <Count label="Municípios ausentes (entram com 0)" value={report.zeroFilled} />
        )}
        {report.unidentified && <Count label="Linhas sem município" value={report.unidentified.rows} />}
        {/* A refused file changes nothing: what it would change is not shown. */}
        {!hasProblems && (
          <>
            <Count label="Novos" value={report.toCreate} />
            <Count label="Alterados" value={report.toUpdate} />
            <Count label="Iguais (ficam como estão)" value={report.unchanged} />
          </>
        )}
      </dl>
      {report.unidentified && (
        <p className="note" data-testid="import-unidentified">
          {countLabel(report.unidentified.rows, 'linha sem município', 'linhas sem município')} (somando{' '}
          {formatNumber(report.unidentified.total)} no arquivo): não{' '}
          {report.unidentified.rows === 1 ? 'entra' : 'entram'} em nenhum território. O valor do estado é a
          soma dos seus municípios, como em todo o painel.
        </p>
      )}
      {hasProblems ? (
        <ProblemList report={report} />
      ) : report.isApplied ? (
        <AppliedNotice report={report} indicators={indicators} onRestart={onRestart} />
      ) : toWrite === 0 ? (
        <p className="import-outcome" role="status">
          Nada a gravar: todos os valores do arquivo já estão no painel.
        </p>
      ) : (
        <div className="import-outcome import-outcome--ready">
          <p>
            Nenhum problema encontrado. Ao aplicar,{' '}
            {countLabel(toWrite, 'valor será gravado', 'valores serão gravados')} (
            {countLabel(report.toCreate, 'novo', 'novos')} e{' '}
            {countLabel(report.toUpdate, 'alterado', 'alterados')}), tudo de uma vez.
          </p>
          {needsJustification && (
            <div className="import-form__field">
              <label htmlFor="justificativa-importacao">
                Justificativa ({countLabel(report.unusualCount, 'valor', 'valores')} fora do habitual; fica
                com cada valor, no histórico e na auditoria)
              </label>
              <textarea
                id="justificativa-importacao"
                rows={2}
                maxLength={1000}
                value={justification}
                onChange={(event) => setJustification(event.target.value)}
              />
            </div>
          )}
          <p>
            <button
              type="button"
              className="button"
              disabled={isApplying || (needsJustification && justification.trim() === '')}
              onClick={() => onApply(justification)}
            >
              Aplicar importação
            </button>
          </p>
        </div>
      )}

      {report.unusualCount > 0 && (
        <section
          className="import-warnings"
          aria-label="Valores fora do habitual"
          data-testid="import-unusual"
        >
          <h3>Fora do habitual ({formatNumber(report.unusualCount, 0)})</h3>
          <p className="note">
            Valores longe do histórico do próprio município: confira no arquivo. Se estiverem certos, a
            importação pede uma justificativa.
          </p>
          <ul>
            {report.unusual.map((item) => (
              <li key={`${item.line}|${item.column}`}>
                {problemSentence({ line: item.line, column: item.column, reason: item.text })}
              </li>
            ))}
          </ul>
        </section>
      )}

      {report.warningCount > 0 && (
        <section className="import-warnings" aria-label="Avisos">
          <h3>Avisos ({formatNumber(report.warningCount, 0)})</h3>
          <p className="note">Não impedem a importação, mas confira se o arquivo é o esperado.</p>
          <ul>
            {report.warnings.map((warning) => (
              <li key={`${warning.line}|${warning.column}|${warning.reason}`}>{problemSentence(warning)}</li>
            ))}
          </ul>
          {report.warningCount > report.warnings.length && (
            <p>e mais {countLabel(report.warningCount - report.warnings.length, 'aviso', 'avisos')}.</p>
          )}
        </section>
      )}

      {!hasProblems && report.samples.length > 0 && (
        <Table caption={samplesCaption(report)} className="import-samples">
          <thead>
            <tr>
              <th scope="col" className="numeric">
                Linha
              </th>
              <th scope="col">Indicador</th>
              <th scope="col">Município</th>
              <th scope="col">Período</th>
              <th scope="col" className="numeric">
                Antes → depois
              </th>
            </tr>
          </thead>
          <tbody>
            {report.samples.map((sample) => (
              <tr key={`${sample.line}|${sample.indicatorCode}|${sample.period}`}>
                <td className="numeric">{sample.line === 0 ? 'ausente' : formatNumber(sample.line, 0)}</td>
                <td>{sample.indicatorCode}</td>
                <td>{sample.territoryName}</td>
                <td>{formatPeriod(sample.period)}</td>
                <td className="numeric">
                  {sampleValueText(sample.before, kindOf(sample.indicatorCode))} →{' '}
                  {sampleValueText(sample.after, kindOf(sample.indicatorCode))}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

function Count({ label, value }: { label: string; value: number }) {
  return (
    <div className="kpi">
      <dt className="kpi__label">{label}</dt>
      <dd className="kpi__value">{formatNumber(value, 0)}</dd>
    </div>
  );
}

function ProblemList({ report }: { report: ImportReport }) {
  const lineProblems = report.problems.filter((problem) => problem.line > 0);
  const fileProblems = report.problems.filter((problem) => problem.line === 0);
  const notListed = report.problemCount - report.problems.length;
  return (
    <ErrorMessage
      title="Nada foi gravado. Corrija o arquivo e envie de novo."
      message={`${countLabel(report.problemCount, 'problema encontrado', 'problemas encontrados')} em ${report.fileName}.`}
    >
      {fileProblems.length > 0 && (
        <ul>
          {fileProblems.map((problem) => (
            <li key={problem.reason}>{problemSentence(problem)}</li>
          ))}
        </ul>
      )}
      {lineProblems.length > 0 && (
        <div className="import-problems">
          <Table caption="Problemas por linha do arquivo" isCaptionHidden>
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Linha
                </th>
                <th scope="col">Coluna</th>
                <th scope="col">Motivo</th>
              </tr>
            </thead>
            <tbody>
              {lineProblems.map((problem) => (
                <tr key={`${problem.line}|${problem.column}|${problem.reason}`}>
                  <td className="numeric">{formatNumber(problem.line, 0)}</td>
                  <td>{problem.column || '—'}</td>
                  <td>{problemReason(problem)}</td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      )}
      {notListed > 0 && <p>e mais {countLabel(notListed, 'problema', 'problemas')}.</p>}
    </ErrorMessage>
  );
}

function AppliedNotice({
  report,
  indicators,
  onRestart,
}: {
  report: ImportReport;
  indicators: ImportReportViewProps['indicators'];
  onRestart: () => void;
}) {
  const codes = report.indicatorCodes;
  return (
    <div className="import-outcome import-outcome--applied" role="status">
      <p>
        <strong>
          Importação aplicada: {countLabel(writtenCount(report), 'valor gravado', 'valores gravados')}.
        </strong>
      </p>
      {codes.length > 0 && (
        <>
          <p>Confira os indicadores:</p>
          <ul>
            {codes.map((code) => (
              <li key={code}>
                <Link to={indicatorPath(code)}>
                  {code}
                  {indicators.get(code) ? ` — ${indicators.get(code)?.shortName}` : ''}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" className="button button--secondary" onClick={onRestart}>
          Importar outro arquivo
        </button>
      </p>
    </div>
  );
}
