import { Fragment, type ReactNode } from 'react';
import { ACTION_STATUS_LABELS, NO_STATUS_LABEL } from '../../../../shared/domain/action-status.ts';
import { type CoordinationNames, coordinationName } from '../../../../shared/domain/coordination-names.ts';
import { STATUS_LABELS } from '../../../../shared/domain/status.ts';
import { formatDateTimeMt, formatNumber, formatPeriod } from '../../../../shared/format.ts';
import { DocumentHeading } from '../../components/ui/DocumentHeading.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { AnalysisText } from '../indicator-analysis/AnalysisText.tsx';
import { formatValueWithUnit } from '../indicators/figure-format.ts';
import { ownerLabel } from './deliberations.ts';
import {
  formatIsoDate,
  formatIsoDateWithWeekday,
  monthShortLabel,
  monthSlashLabel,
} from './meeting-month.ts';
import {
  codesByCoordination,
  groupUpdatesByStatus,
  hasExampleItems,
  hasSharedAction,
  latestUpdatePerAction,
  SHARED_ACTION_NOTE,
  sortIndicators,
} from './meeting-pack.ts';
import { minutesClosingText } from './meeting-status.ts';
import type { Deliberation, MeetingData, PackAction } from './use-meetings.ts';

/** "(exemplo)" after an item that is demonstration data. */
function Example({ isExample }: { isExample: boolean }) {
  return isExample ? <span className="minutes__example-mark"> (exemplo)</span> : null;
}

function Section({
  number,
  title,
  count,
  children,
}: {
  number: number;
  title: string;
  count: number;
  children: ReactNode;
}) {
  return (
    <section className="minutes__section">
      <h2>
        {number}. {title} ({formatNumber(count, 0)})
      </h2>
      {count === 0 ? <p className="minutes__empty">Nada a registrar.</p> : children}
    </section>
  );
}

type MinutesColumn = {
  label: string;
  /** The `minutes__col-*` width; none: the column takes what is left. */
  width?: string;
  isNumeric?: boolean;
};

/** A table of the ata: fixed column widths, so that it fits the A4 page and prints the same each time. */
function MinutesTable({
  columns,
  children,
}: {
  /** `false`: an optional column left out. */
  columns: readonly (MinutesColumn | false)[];
  children: ReactNode;
}) {
  const shown = columns.filter((column) => column !== false);
  return (
    <table className="minutes__table">
      <colgroup>
        {shown.map((column) => (
          <col key={column.label} className={column.width} />
        ))}
      </colgroup>
      <TableHead
        columns={shown.map(({ label, isNumeric }) =>
          isNumeric ? { label, className: 'minutes__numeric' } : label,
        )}
      />
      <tbody>{children}</tbody>
    </table>
  );
}

function ActionRows({ actions, names }: { actions: readonly PackAction[]; names: CoordinationNames }) {
  return (
    <MinutesTable
      columns={[
        { label: 'Ação', width: 'minutes__col-code' },
        { label: 'Descrição' },
        { label: 'Coordenadoria', width: 'minutes__col-owner' },
        { label: 'Prazo', width: 'minutes__col-date' },
        { label: 'Situação', width: 'minutes__col-status' },
      ]}
    >
      {actions.map((action) => (
        <tr key={action.code}>
          <td className="minutes__nowrap">{action.code}</td>
          <td>{action.text}</td>
          <td>
            {action.coordinationCodes.length === 0
              ? action.responsibleText
              : action.coordinationCodes.map((code) => (
                  <span key={code} className="minutes__line">
                    {coordinationName(code, names)}
                  </span>
                ))}
          </td>
          <td>{action.endsOn ? formatIsoDate(action.endsOn) : action.deadlineText}</td>
          <td>{action.status ? ACTION_STATUS_LABELS[action.status] : NO_STATUS_LABEL}</td>
        </tr>
      ))}
    </MinutesTable>
  );
}

function DeliberationRows({
  deliberations,
  withMeeting,
  names,
}: {
  deliberations: readonly Deliberation[];
  withMeeting: boolean;
  names: CoordinationNames;
}) {
  return (
    <MinutesTable
      columns={[
        { label: 'Nº', width: 'minutes__col-number' },
        { label: 'Deliberação / encaminhamento' },
        withMeeting && { label: 'Reunião', width: 'minutes__col-month' },
        { label: 'Responsável', width: 'minutes__col-owner' },
        { label: 'Prazo', width: 'minutes__col-date' },
        { label: 'Situação', width: 'minutes__col-status' },
      ]}
    >
      {deliberations.map((deliberation, index) => (
        <tr key={deliberation.id}>
          <td>{index + 1}</td>
          <td>
            {deliberation.text}
            <Example isExample={deliberation.isExample} />
            {deliberation.history[0]?.note && (
              <span className="minutes__secondary">Última nota: {deliberation.history[0].note}</span>
            )}
          </td>
          {withMeeting && <td className="minutes__nowrap">{formatPeriod(deliberation.meetingMonth)}</td>}
          <td>{ownerLabel(deliberation, names)}</td>
          <td>{formatIsoDate(deliberation.deadline, 'sem prazo')}</td>
          <td>
            {ACTION_STATUS_LABELS[deliberation.status]}
            {deliberation.overdue && <span className="minutes__secondary">atrasada</span>}
          </td>
        </tr>
      ))}
    </MinutesTable>
  );
}

/** The ata: what the meeting saw (the frozen snapshot once closed) on clean A4. */
export function MinutesDocument({ data }: { data: MeetingData }) {
  const { meeting, pack, isFrozen } = data;
  const names = pack.coordinationNames;
  const closing = minutesClosingText(meeting);
  const isExample = hasExampleItems(meeting, pack);
  const updates = latestUpdatePerAction(pack.updated);
  const period = pack.previousMeeting
    ? `Registros de monitoramento desde a reunião de ${formatPeriod(pack.previousMeeting.month)}, encerrada em ${formatDateTimeMt(pack.previousMeeting.closedAt)}.`
    : 'Todos os registros de monitoramento (não há reunião anterior encerrada).';
  let number = 0;
  const next = () => {
    number += 1;
    return number;
  };

  return (
    <article className={isFrozen ? 'minutes' : 'minutes minutes--draft'}>
      {!isFrozen && (
        <div className="minutes__watermark" aria-hidden="true">
          RASCUNHO
        </div>
      )}
      <DocumentHeading routine="Reunião mensal de condução">
        Ata da Reunião de Condução — {monthSlashLabel(meeting.month)}
      </DocumentHeading>
      {!isFrozen && (
        <p className="minutes__draft" role="note">
          RASCUNHO — reunião ainda não encerrada. O conteúdo pode mudar até o encerramento.
        </p>
      )}
      <dl className="minutes__facts">
        <div>
          <dt>Data</dt>
          <dd>{formatIsoDateWithWeekday(meeting.scheduledOn)}</dd>
        </div>
        <div>
          <dt>Participantes</dt>
          <dd>{meeting.participants ?? 'não informados'}</dd>
        </div>
        <div>
          <dt>Situação</dt>
          <dd>
            {closing ??
              `Reunião ainda não encerrada (conteúdo montado em ${formatDateTimeMt(pack.assembledAt)}).`}
          </dd>
        </div>
        <div>
          <dt>Período</dt>
          <dd>{period}</dd>
        </div>
      </dl>
      {isExample && (
        <p className="minutes__example">
          <strong>Dados de exemplo.</strong> Itens marcados “(exemplo)” foram gerados para demonstração do
          painel e não são dados oficiais.
        </p>
      )}

      <Section
        number={next()}
        title="Indicadores fora da meta ou que mudaram de situação"
        count={pack.indicators.length}
      >
        <MinutesTable
          columns={[
            { label: 'Indicador' },
            { label: `Valor ${pack.year}`, width: 'minutes__col-figure', isNumeric: true },
            { label: `Meta ${pack.year}`, width: 'minutes__col-figure', isNumeric: true },
            { label: 'Situação', width: 'minutes__col-status' },
            { label: 'Reunião anterior', width: 'minutes__col-status' },
          ]}
        >
          {sortIndicators(pack.indicators).map((item) => (
            <Fragment key={item.code}>
              <tr>
                <td>
                  {item.shortName} <span className="minutes__secondary-inline">({item.code})</span>
                  <Example isExample={item.isExample} />
                </td>
                <td className="minutes__numeric">
                  {formatValueWithUnit(item.value, item.kind, item.unit)}
                  {item.isPartial && item.partialThrough && (
                    <span className="minutes__secondary">
                      parcial até {formatPeriod(item.partialThrough)}
                    </span>
                  )}
                </td>
                <td className="minutes__numeric">{formatValueWithUnit(item.target, item.kind, item.unit)}</td>
                <td>{STATUS_LABELS[item.status]}</td>
                <td>{item.previousStatus ? STATUS_LABELS[item.previousStatus] : '—'}</td>
              </tr>
              {(item.analysis || item.linkedActions.length > 0) && (
                <tr className="minutes__analysis">
                  <td colSpan={5}>
                    {item.analysis && <AnalysisText analysis={item.analysis} withLinks={false} />}
                    {item.linkedActions.length > 0 && (
                      <p>
                        <strong>Ações que servem ao indicador:</strong>{' '}
                        {item.linkedActions
                          .map(
                            (action) =>
                              `${action.code} (${action.status ? ACTION_STATUS_LABELS[action.status] : NO_STATUS_LABEL})`,
                          )
                          .join(', ')}
                      </p>
                    )}
                  </td>
                </tr>
              )}
            </Fragment>
          ))}
        </MinutesTable>
      </Section>

      <Section number={next()} title="Ações atrasadas" count={pack.overdue.length}>
        <ActionRows actions={pack.overdue} names={names} />
      </Section>

      <Section number={next()} title="Ações que vencem nos próximos 30 dias" count={pack.dueSoon.length}>
        <ActionRows actions={pack.dueSoon} names={names} />
      </Section>

      <Section
        number={next()}
        title="Não conformidades e medidas corretivas"
        count={pack.nonConformities.length}
      >
        <MinutesTable
          columns={[
            { label: 'Ação', width: 'minutes__col-code' },
            { label: 'Não conformidade' },
            { label: 'Medida corretiva' },
            { label: 'Responsável e prazo', width: 'minutes__col-owner-wide' },
          ]}
        >
          {pack.nonConformities.map((item) => (
            <tr key={item.recordId}>
              <td className="minutes__nowrap">
                {item.actionCode}
                <span className="minutes__secondary">{formatPeriod(item.referenceMonth)}</span>
              </td>
              <td>
                {item.description}
                <Example isExample={item.isExample} />
                {item.cause && <span className="minutes__secondary">Causa: {item.cause}</span>}
              </td>
              <td>{item.correctiveAction}</td>
              <td>
                {item.correctiveOwner}
                <span className="minutes__secondary">até {formatIsoDate(item.correctiveDeadline)}</span>
              </td>
            </tr>
          ))}
        </MinutesTable>
      </Section>

      <Section number={next()} title="Ações atualizadas desde a última reunião" count={updates.length}>
        <p className="minutes__lead">
          Situação e percentual executado do registro mais recente de cada ação (
          {formatNumber(pack.updated.length, 0)} registros no período). “NC”: registro com não conformidade. O
          detalhe de cada registro está na página da ação, no painel.
        </p>
        <ul className="minutes__code-list">
          {groupUpdatesByStatus(pack.updated).map((group) => (
            <li key={group.status}>
              <strong>
                {ACTION_STATUS_LABELS[group.status]} ({group.items.length}):
              </strong>{' '}
              {group.items
                .map(
                  (update) =>
                    `${update.actionCode}${update.percentDone === null ? '' : ` (${formatNumber(update.percentDone, 0)}%)`}${update.hasNonConformity ? ' NC' : ''}`,
                )
                .join('; ')}
            </li>
          ))}
        </ul>
      </Section>

      <Section
        number={next()}
        title={`Ações sem registro de monitoramento em ${monthShortLabel(pack.reportMonth)}`}
        count={pack.missingRecord.length}
      >
        {hasSharedAction(pack.missingRecord) && (
          <p className="minutes__lead">Agrupadas por coordenadoria; {SHARED_ACTION_NOTE}.</p>
        )}
        <ul className="minutes__code-list">
          {codesByCoordination(pack.missingRecord).map((group) => (
            <li key={group.coordination}>
              <strong>
                {coordinationName(group.coordination, names)} ({group.codes.length}):
              </strong>{' '}
              {group.codes.join(', ')}
            </li>
          ))}
        </ul>
      </Section>

      <Section number={next()} title="Pautas" count={pack.agendaItems.length}>
        <ol className="minutes__agenda">
          {pack.agendaItems.map((item) => (
            <li key={item.id}>
              <strong>{item.title}</strong> — {coordinationName(item.coordinationCode, names)}
              <Example isExample={item.isExample} />
              {item.description && <span className="minutes__secondary">{item.description}</span>}
            </li>
          ))}
        </ol>
      </Section>

      <Section number={next()} title="Deliberações e encaminhamentos" count={pack.deliberations.length}>
        <DeliberationRows deliberations={pack.deliberations} withMeeting={false} names={names} />
      </Section>

      <Section
        number={next()}
        title="Deliberações em aberto de reuniões anteriores"
        count={pack.openDeliberations.length}
      >
        <DeliberationRows deliberations={pack.openDeliberations} withMeeting names={names} />
      </Section>

      {/* The closing sentence and the signatures print together: the lines never sit alone on a page. */}
      <div className="minutes__closing">
        <p className="minutes__closing-text">
          Nada mais havendo a tratar, lavrou-se esta ata, que vai assinada pelos responsáveis.
        </p>
        <section className="minutes__signatures" aria-label="Assinaturas">
          <div className="minutes__signature">
            <span className="minutes__signature-line" />
            Superintendente de Atenção à Saúde
          </div>
          <div className="minutes__signature">
            <span className="minutes__signature-line" />
            Responsável pela ata
          </div>
        </section>
        <footer className="minutes__footer">
          Documento gerado pelo Painel do Plano Estratégico SAS{' '}
          {isFrozen
            ? `a partir do retrato congelado em ${formatDateTimeMt(meeting.closedAt)}`
            : `em ${formatDateTimeMt(pack.assembledAt)}`}
          .
        </footer>
      </div>
    </article>
  );
}
