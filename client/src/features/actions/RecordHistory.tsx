import { formatDateTimeMt } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { Tag } from '../../components/ui/Tag.tsx';
import { countLabel } from '../data-entry/count-label.ts';
import { ExampleRecordTag } from './ActionFlags.tsx';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { formatIsoDate, formatMonth } from './action-labels.ts';
import type { MonitoringRecord } from './use-action-plan.ts';

function TextBlock({ label, text }: { label: string; text: string | null }) {
  if (!text) return null;
  return (
    <div className="record__block">
      <h4 className="record__label">{label}</h4>
      <p className="record__text">{text}</p>
    </div>
  );
}

function RecordItem({ record, isLatest }: { record: MonitoringRecord; isLatest: boolean }) {
  const nc = record.nonConformity;
  return (
    <li className={record.isExample ? 'record record--example' : 'record'}>
      <article aria-labelledby={`registro-${record.id}`}>
        <header className="record__header">
          <h3 id={`registro-${record.id}`} className="record__title">
            {formatMonth(record.referenceMonth)}
          </h3>
          <ActionStatusBadge status={record.status} />
          <span className="record__percent">
            {record.percentDone === null ? '% executado não informado' : `${record.percentDone}% executado`}
          </span>
          {isLatest && <Tag tone="info">Situação atual</Tag>}
          {nc && (
            <span className="tag tag--overdue">
              <span aria-hidden="true">⚠ </span>Não conformidade
            </span>
          )}
          {record.isExample && <ExampleRecordTag />}
        </header>
        <TextBlock label="O que foi feito" text={record.doneText} />
        <TextBlock label="Dificuldades" text={record.difficulties} />
        {record.evidenceLinks.length > 0 && (
          <div className="record__block">
            <h4 className="record__label">Evidências</h4>
            <ul className="record__links">
              {record.evidenceLinks.map((link) => (
                <li key={link}>
                  <a href={link} target="_blank" rel="noopener noreferrer">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        )}
        {nc && (
          <div className="record__nc">
            <h4 className="record__label">Não conformidade</h4>
            <p className="record__text">{nc.description}</p>
            <dl className="record__nc-facts">
              {nc.cause && (
                <div>
                  <dt>Causa</dt>
                  <dd>{nc.cause}</dd>
                </div>
              )}
              <div>
                <dt>Medida corretiva</dt>
                <dd>{nc.correctiveAction}</dd>
              </div>
              <div>
                <dt>Responsável pela medida</dt>
                <dd>{nc.correctiveOwner}</dd>
              </div>
              <div>
                <dt>Novo prazo</dt>
                <dd>{formatIsoDate(nc.correctiveDeadline)}</dd>
              </div>
            </dl>
          </div>
        )}
        <p className="record__author">
          Registrado por {record.recordedByName} em {formatDateTimeMt(record.recordedAt)}
        </p>
      </article>
    </li>
  );
}

/** Every monthly record of the action, newest first; nothing is overwritten. */
export function RecordHistory({ history }: { history: readonly MonitoringRecord[] }) {
  const hasExample = history.some((record) => record.isExample);
  return (
    <Card title={`Histórico de monitoramento (${countLabel(history.length, 'registro', 'registros')})`}>
      {history.length === 0 ? (
        <p className="note">
          Nenhum registro de monitoramento ainda. A situação mostrada vem do texto do plano (ou “sem
          informação”, quando o plano não diz).
        </p>
      ) : (
        <>
          <p className="note">
            O registro mais recente define a situação atual; os anteriores ficam guardados como foram feitos.
            {hasExample &&
              ' Os registros marcados “Exemplo” foram gerados para demonstração do painel e não são oficiais.'}
          </p>
          <ol className="record-history">
            {history.map((record, index) => (
              <RecordItem key={record.id} record={record} isLatest={index === 0} />
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}
