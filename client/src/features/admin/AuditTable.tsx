import { Link } from 'react-router';
import { AUDIT_COLUMNS, changeLine } from '../../../../shared/domain/audit-text.ts';
import { Table } from '../../components/ui/Table.tsx';
import { auditSearch, EMPTY_AUDIT_FILTER } from './audit-search.ts';
import type { AuditEntry } from './use-audit-log.ts';

/** Who did what and when, as the server describes it; the item and the person link to their whole history. */
export function AuditTable({ rows, isStale }: { rows: readonly AuditEntry[]; isStale: boolean }) {
  return (
    <div className={isStale ? 'is-stale' : undefined} aria-busy={isStale}>
      <Table caption="Registros da auditoria, do mais recente ao mais antigo" isCaptionHidden>
        <thead>
          <tr>
            <th scope="col">{AUDIT_COLUMNS.when}</th>
            <th scope="col">{AUDIT_COLUMNS.who}</th>
            <th scope="col">{AUDIT_COLUMNS.action}</th>
            <th scope="col">
              {AUDIT_COLUMNS.entity}: {AUDIT_COLUMNS.record.toLowerCase()}
            </th>
            <th scope="col">{AUDIT_COLUMNS.changes}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td className="nowrap">{row.text.when}</td>
              <td>
                <Link
                  to={{ search: auditSearch({ ...EMPTY_AUDIT_FILTER, username: row.username }) }}
                  title={`Tudo o que ${row.username} fez`}
                >
                  {row.text.who}
                </Link>
              </td>
              <td>{row.text.action}</td>
              <td>
                <Link
                  to={{
                    search: auditSearch({
                      ...EMPTY_AUDIT_FILTER,
                      entity: row.entity,
                      entityKey: row.entityKey,
                    }),
                  }}
                  title="Todo o histórico deste registro"
                >
                  {row.text.entity}: {row.text.record}
                </Link>
              </td>
              <td>
                {row.text.changes.length === 0 ? (
                  '—'
                ) : (
                  <ul className="audit-diff">
                    {row.text.changes.map((change) => (
                      <li key={change.field}>{changeLine(change)}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
