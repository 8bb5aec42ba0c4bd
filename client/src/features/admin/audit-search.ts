/** The audit filters live in the URL (`?entidade=usuario&pagina=2`), so a search can be shared as a link. */
import { pathWithSearch } from '../../lib/url.ts';

export type AuditFilterValues = {
  entity: string;
  entityKey: string;
  username: string;
  /** yyyy-mm-dd, as the date input gives it. */
  from: string;
  to: string;
};

const PARAMS = {
  entity: 'entidade',
  entityKey: 'chave',
  username: 'usuario',
  from: 'de',
  to: 'ate',
} as const satisfies Record<keyof AuditFilterValues, string>;
const PAGE_PARAM = 'pagina';

export const EMPTY_AUDIT_FILTER: AuditFilterValues = {
  entity: '',
  entityKey: '',
  username: '',
  from: '',
  to: '',
};

export function readAuditSearch(params: URLSearchParams): { values: AuditFilterValues; page: number } {
  const read = (name: string) => (params.get(name) ?? '').trim();
  const page = Number(read(PAGE_PARAM));
  return {
    values: {
      entity: read(PARAMS.entity),
      entityKey: read(PARAMS.entityKey),
      username: read(PARAMS.username),
      from: read(PARAMS.from),
      to: read(PARAMS.to),
    },
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** The search part of the URL (`?…`, or '' with no filter); page 1 is left out. */
export function auditSearch(values: AuditFilterValues, page = 1): string {
  return pathWithSearch('', {
    [PARAMS.entity]: values.entity.trim(),
    [PARAMS.entityKey]: values.entityKey.trim(),
    [PARAMS.username]: values.username.trim(),
    [PARAMS.from]: values.from,
    [PARAMS.to]: values.to,
    [PAGE_PARAM]: page > 1 ? page : null,
  });
}

/** The `admin.audit` input: empty filters are not sent. */
export function auditQueryInput(values: AuditFilterValues, page: number) {
  const given = (value: string) => (value === '' ? undefined : value);
  return {
    entity: given(values.entity),
    entityKey: given(values.entityKey),
    username: given(values.username),
    from: given(values.from),
    to: given(values.to),
    page,
  };
}

/** The read API's export of the filtered audit log (CSV for Excel in Portuguese, or XLSX). */
export function auditExportPath(values: AuditFilterValues, format: 'csv' | 'xlsx'): string {
  const input = auditQueryInput(values, 1);
  const params = new URLSearchParams({ format });
  for (const key of ['entity', 'entityKey', 'username', 'from', 'to'] as const) {
    const value = input[key];
    if (value !== undefined) params.set(key, value);
  }
  return `/api/v1/audit?${params}`;
}
