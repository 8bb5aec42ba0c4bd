import { Link } from 'react-router';
import {
  PENDING_KIND_LABELS,
  PENDING_KIND_SHORT,
  PENDING_KINDS,
  type PendingItem,
  type PendingKind,
} from '../../../shared/domain/pending-work.ts';
import { formatNumber } from '../../../shared/format.ts';
import { pendingDetail, pendingLink, pendingTitle } from '../../../shared/pending-links.ts';
import { Card } from '../components/ui/Card.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { Table } from '../components/ui/Table.tsx';
import { TableHead } from '../components/ui/TableHead.tsx';
import { Tag } from '../components/ui/Tag.tsx';
import { formatIsoDateWithWeekday, meetingPath, monthLongLabel } from '../features/meetings/meeting-month.ts';
import { type PendingWork, usePendingWork } from '../features/pending-work/use-pending-work.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

/** `/pendencias`: what the reader owes before the next reunião de condução, each item a link to where it is done. */
export function PendingWorkPage() {
  usePageTitle('Pendências');
  const work = usePendingWork();
  if (work.isError) return <PageError error={work.error} what="as pendências" isWholePage />;
  if (work.isPending) return <Loading what="as pendências" />;
  const { meeting } = work.data;
  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Ciclo mensal do plano</p>
        <h1>Pendências</h1>
        <p className="page-heading__lead">
          O que fazer antes da{' '}
          <Link to={meetingPath(meeting.month)}>reunião de condução de {monthLongLabel(meeting.month)}</Link>{' '}
          ({formatIsoDateWithWeekday(meeting.scheduledOn)}), que revisa{' '}
          {monthLongLabel(meeting.reviewedMonth)}. Cada item leva à página onde ele é feito e sai da lista
          assim que é feito.
        </p>
      </div>
      <OwnItems work={work.data} />
      {work.data.byCoordination && <Overview rows={work.data.byCoordination} />}
    </>
  );
}

function OwnItems({ work }: { work: PendingWork }) {
  if (work.coordinationCodes.length === 0) {
    return (
      <Card title="Suas pendências">
        <p>
          Gestores regionais acompanham o plano e não têm registros a fazer no ciclo mensal: nada pendente
          para você.
        </p>
      </Card>
    );
  }
  const byKind = (kind: PendingKind) => work.items.filter((item) => item.kind === kind);
  const kinds = PENDING_KINDS.filter((kind) => byKind(kind).length > 0);
  if (kinds.length === 0) {
    return (
      <Card title="Suas pendências">
        <p data-testid="pendencias-vazias">Nada pendente antes da reunião. ✓</p>
      </Card>
    );
  }
  return (
    <>
      {kinds.map((kind) => (
        <Card
          key={kind}
          title={`${PENDING_KIND_LABELS[kind]} (${byKind(kind).length})`}
          data-testid={`pendencias-${kind}`}
        >
          <ul className="pending-list">
            {byKind(kind).map((item) => (
              <PendingLine key={`${item.kind}|${item.coordinationCode}|${item.subject}`} item={item} />
            ))}
          </ul>
        </Card>
      ))}
    </>
  );
}

function PendingLine({ item }: { item: PendingItem }) {
  const detail = pendingDetail(item);
  return (
    <li>
      <Link to={pendingLink(item)}>{pendingTitle(item)}</Link>
      {item.isOverdue && (
        <>
          {' '}
          <Tag tone="warning">vencida</Tag>
        </>
      )}
      {detail && <span className="secondary-text pending-list__detail">{detail}</span>}
    </li>
  );
}

/** The superintendência's view before the meeting: everyone's pendências, by coordenadoria. */
function Overview({ rows }: { rows: NonNullable<PendingWork['byCoordination']> }) {
  return (
    <Card title="Pendências de todas as coordenadorias" data-testid="pendencias-por-coordenadoria">
      <Table caption="Pendências por coordenadoria antes da reunião" isCaptionHidden>
        <TableHead
          columns={[
            'Coordenadoria',
            ...PENDING_KINDS.map((kind) => ({ label: PENDING_KIND_SHORT[kind], className: 'numeric' })),
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              {PENDING_KINDS.map((kind) => (
                <td key={kind} className="numeric">
                  {row.counts[kind] === 0 ? '—' : formatNumber(row.counts[kind], 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>
    </Card>
  );
}
