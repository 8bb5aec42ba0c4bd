import { Link, useSearchParams } from 'react-router';
import { pageCount } from '../../../shared/pagination.ts';
import { Card } from '../components/ui/Card.tsx';
import { DownloadLink, DownloadXlsxLink } from '../components/ui/DownloadXlsxLink.tsx';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { Pagination } from '../components/ui/Pagination.tsx';
import { AdminPageError } from '../features/admin/AdminPageError.tsx';
import { AuditFilters } from '../features/admin/AuditFilters.tsx';
import { AuditTable } from '../features/admin/AuditTable.tsx';
import { auditExportPath, auditSearch, readAuditSearch } from '../features/admin/audit-search.ts';
import { useAuditLog } from '../features/admin/use-audit-log.ts';
import { usePageTitle } from '../layout/use-page-title.ts';
import { errorCode, errorMessage } from '../lib/errors.ts';

export function AuditPage() {
  usePageTitle('Auditoria');
  const [searchParams, setSearchParams] = useSearchParams();
  const { values, page } = readAuditSearch(searchParams);
  const audit = useAuditLog(values, page);
  const isForbidden = audit.isError && errorCode(audit.error) === 'FORBIDDEN';

  return (
    <>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Administração</p>
        <h1>Auditoria</h1>
        <p className="page-heading__lead">Quem criou, alterou, importou ou revogou o quê, e quando.</p>
        <p className="page-heading__lead">O registro de auditoria não pode ser alterado nem apagado.</p>
      </div>
      {isForbidden ? (
        <AdminPageError error={audit.error} what="a auditoria" />
      ) : (
        <>
          <Card title="Filtros">
            <AuditFilters
              key={searchParams.toString()}
              values={values}
              onApply={(next) => setSearchParams(auditSearch(next))}
            />
          </Card>
          <Card
            title="Registros"
            actions={
              <>
                <DownloadLink href={auditExportPath(values, 'csv')} label="Baixar CSV" />
                <DownloadXlsxLink href={auditExportPath(values, 'xlsx')} />
              </>
            }
          >
            {audit.isError ? (
              <ErrorMessage
                title="Não foi possível carregar a auditoria"
                message={errorMessage(audit.error)}
              />
            ) : audit.isPending ? (
              <Loading what="a auditoria" />
            ) : audit.data.rows.length === 0 ? (
              <p className="note">
                {audit.data.total === 0 ? (
                  'Nenhum registro encontrado com estes filtros.'
                ) : (
                  <>
                    Esta página não existe.{' '}
                    <Link
                      to={{ search: auditSearch(values, pageCount(audit.data.total, audit.data.pageSize)) }}
                    >
                      Ir para a última página
                    </Link>
                  </>
                )}
              </p>
            ) : (
              <>
                <AuditTable rows={audit.data.rows} isStale={audit.isPlaceholderData} />
                <Pagination
                  label="Páginas da auditoria"
                  page={page}
                  total={audit.data.total}
                  pageSize={audit.data.pageSize}
                  noun={{ one: 'registro', many: 'registros' }}
                  hrefOf={(to) => ({ search: auditSearch(values, to) })}
                />
              </>
            )}
          </Card>
        </>
      )}
    </>
  );
}
