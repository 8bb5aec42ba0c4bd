import { Link } from 'react-router';
import { type AuditFilterValues, auditSearch, pageCount, pageSummary } from './audit-search.ts';

type AuditPaginationProps = { values: AuditFilterValues; page: number; total: number; pageSize: number };

export function AuditPagination({ values, page, total, pageSize }: AuditPaginationProps) {
  const last = pageCount(total, pageSize);
  return (
    <nav className="pagination" aria-label="Páginas da auditoria">
      {page > 1 ? (
        <Link className="button button--secondary" to={{ search: auditSearch(values, page - 1) }}>
          ← Anterior
        </Link>
      ) : (
        <span className="button button--secondary" aria-disabled="true">
          ← Anterior
        </span>
      )}
      <span className="pagination__summary">{pageSummary(page, total, pageSize)}</span>
      {page < last ? (
        <Link className="button button--secondary" to={{ search: auditSearch(values, page + 1) }}>
          Próxima →
        </Link>
      ) : (
        <span className="button button--secondary" aria-disabled="true">
          Próxima →
        </span>
      )}
    </nav>
  );
}
