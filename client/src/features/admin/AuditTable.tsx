import { Link } from 'react-router';
import { formatDateTimeMt } from '../../../../shared/format.ts';
import { Table } from '../../components/ui/Table.tsx';
import { useTerritoryTree } from '../territories/use-territories.ts';
import { type AuditNames, auditChanges, changeLine } from './audit-diff.ts';
import { auditActionLabel, auditEntityKeyLabel, auditEntityLabel } from './audit-labels.ts';
import { auditSearch, EMPTY_AUDIT_FILTER } from './audit-search.ts';
import type { AuditEntry } from './use-audit-log.ts';
import { territoryScopeLabel } from './user-scope.ts';

/** Who did what and when; the item and the person link to their whole history. */
export function AuditTable({ rows, isStale }: { rows: readonly AuditEntry[]; isStale: boolean }) {
  const tree = useTerritoryTree();
  const names: AuditNames = {
    placeName: (code) => {
      const place = tree.data?.find((candidate) => candidate.code === code);
      return place && territoryScopeLabel(place);
    },
  };
  return (
    <div className={isStale ? 'is-stale' : undefined} aria-busy={isStale}>
      <Table caption="Registros da auditoria, do mais recente ao mais antigo" isCaptionHidden>
        <thead>
          <tr>
            <th scope="col">Quando</th>
            <th scope="col">Quem</th>
            <th scope="col">Ação</th>
            <th scope="col">O quê</th>
            <th scope="col">Antes → depois</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const changes = auditChanges(row.before, row.after, names);
            return (
              <tr key={row.id}>
                <td className="nowrap">{formatDateTimeMt(row.at)}</td>
                <td>
                  <Link
                    to={{ search: auditSearch({ ...EMPTY_AUDIT_FILTER, username: row.username }) }}
                    title={`Tudo o que ${row.username} fez`}
                  >
                    {row.username}
                  </Link>
                </td>
                <td>{auditActionLabel(row.action)}</td>
                <td>
                  <Link
                    to={{
                      search: auditSearch({
                        ...EMPTY_AUDIT_FILTER,
                        entity: row.entity,
                        entityKey: row.entityKey,
                      }),
                    }}
                    title="Todo o histórico deste item"
                  >
                    {auditEntityLabel(row.entity)}: {auditEntityKeyLabel(row.entity, row.entityKey)}
                  </Link>
                </td>
                <td>
                  {changes.length === 0 ? (
                    '—'
                  ) : (
                    <ul className="audit-diff">
                      {changes.map((change) => (
                        <li key={change.field}>{changeLine(change)}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
    </div>
  );
}
