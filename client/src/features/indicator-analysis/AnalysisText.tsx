import { Link } from 'react-router';
import { formatDateTimeMt } from '../../../../shared/format.ts';

type Analysis = {
  explanation: string;
  response: string;
  actionCodes: readonly string[];
  writtenByName: string;
  writtenAt: string;
};

/** An análise do indicador as the pack, the ata and the indicator page show it. */
export function AnalysisText({ analysis, withLinks = true }: { analysis: Analysis; withLinks?: boolean }) {
  return (
    <div className="analysis-text">
      <p>
        <strong>O que explica o valor:</strong> {analysis.explanation}
      </p>
      <p>
        <strong>O que está sendo feito:</strong> {analysis.response}
      </p>
      {analysis.actionCodes.length > 0 && (
        <p>
          <strong>Ações do plano:</strong>{' '}
          {analysis.actionCodes.map((code, index) => (
            <span key={code}>
              {index > 0 && ', '}
              {withLinks ? <Link to={`/acoes/${encodeURIComponent(code)}`}>{code}</Link> : code}
            </span>
          ))}
        </p>
      )}
      <p className="analysis-text__author">
        {analysis.writtenByName}, {formatDateTimeMt(analysis.writtenAt)}
      </p>
    </div>
  );
}
