import { Fragment, useState } from 'react';
import { Link } from 'react-router';
import { coordinationNames } from '../../../../shared/domain/coordination-names.ts';
import type { Actor } from '../../../../shared/domain/permissions.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { DeliberationHistory } from './DeliberationHistory.tsx';
import { ownerLabel } from './deliberations.ts';
import { FollowUpForm } from './FollowUpForm.tsx';
import { formatIsoDate, meetingPath } from './meeting-month.ts';
import type { Coordination } from './meeting-permissions.ts';
import { mayFollowUp } from './meeting-permissions.ts';
import { ActionStatusTag, ExampleTag, OverdueTag } from './tags.tsx';
import type { Deliberation } from './use-meetings.ts';

type DeliberationTableProps = {
  caption: string;
  deliberations: readonly Deliberation[];
  coordinations: readonly Coordination[];
  /** Who is signed in; null while unknown (nobody gets the form then). */
  actor: Actor | null;
  /** False for a closed meeting's snapshot: its statuses are those of the day it was closed. */
  allowFollowUp: boolean;
  /** Adds a column with the meeting each deliberation came from. */
  showMeeting?: boolean;
  onNotice?: (notice: string) => void;
};

/** Deliberations with owner, deadline and status; a row opens its history and, if allowed, a follow-up. */
export function DeliberationTable({
  caption,
  deliberations,
  coordinations,
  actor,
  allowFollowUp,
  showMeeting = false,
  onNotice,
}: DeliberationTableProps) {
  const [openId, setOpenId] = useState<number | null>(null);
  const names = coordinationNames(coordinations);
  // A closed meeting's snapshot has the history of its closing day: no history button, no form.
  const hasActions = allowFollowUp;
  const columns = (showMeeting ? 5 : 4) + (hasActions ? 1 : 0);
  return (
    <Table caption={caption} isCaptionHidden className="meeting-table deliberation-table">
      <TableHead
        columns={[
          'Deliberação / encaminhamento',
          showMeeting && 'Reunião',
          'Responsável',
          'Prazo',
          'Situação',
          hasActions && { label: 'Acompanhamento', isLabelHidden: true },
        ]}
      />
      <tbody>
        {deliberations.map((deliberation) => {
          const canEdit = allowFollowUp && mayFollowUp(actor, deliberation);
          const isOpen = openId === deliberation.id;
          const latestNote = deliberation.history[0]?.note;
          return (
            <Fragment key={deliberation.id}>
              <tr className="deliberation-row" data-deliberation={deliberation.id}>
                <th scope="row">
                  {deliberation.text}
                  {latestNote && <span className="secondary-text">Última nota: {latestNote}</span>}
                  {deliberation.isExample && (
                    <>
                      {' '}
                      <ExampleTag />
                    </>
                  )}
                </th>
                {showMeeting && (
                  <td className="nowrap">
                    <Link to={meetingPath(deliberation.meetingMonth)}>
                      {formatPeriod(deliberation.meetingMonth)}
                    </Link>
                  </td>
                )}
                <td>{ownerLabel(deliberation, names)}</td>
                <td>
                  <span className="nowrap">{formatIsoDate(deliberation.deadline, 'sem prazo')}</span>
                  {deliberation.overdue && (
                    <>
                      {' '}
                      <OverdueTag />
                    </>
                  )}
                </td>
                <td>
                  <ActionStatusTag status={deliberation.status} />
                </td>
                {hasActions && (
                  <td>
                    <button
                      type="button"
                      className="button button--secondary button--small"
                      aria-expanded={isOpen}
                      aria-label={`${canEdit ? 'Acompanhar' : 'Ver histórico de'}: ${deliberation.text}`}
                      onClick={() => setOpenId(isOpen ? null : deliberation.id)}
                    >
                      {canEdit ? 'Acompanhar' : `Histórico (${deliberation.history.length})`}
                    </button>
                  </td>
                )}
              </tr>
              {isOpen && (
                <tr className="deliberation-panel-row">
                  <td colSpan={columns}>
                    <div className="deliberation-panel">
                      <DeliberationHistory deliberation={deliberation} />
                      {canEdit && (
                        <FollowUpForm
                          deliberation={deliberation}
                          onCancel={() => setOpenId(null)}
                          onDone={(notice) => {
                            setOpenId(null);
                            onNotice?.(notice);
                          }}
                        />
                      )}
                    </div>
                  </td>
                </tr>
              )}
            </Fragment>
          );
        })}
      </tbody>
    </Table>
  );
}
