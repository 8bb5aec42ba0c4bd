import { describe, expect, it } from 'vitest';
import {
  auditExportPath,
  auditQueryInput,
  auditSearch,
  EMPTY_AUDIT_FILTER,
  readAuditSearch,
} from './audit-search.ts';

describe('audit search params', () => {
  it('reads the filters and the page from the URL', () => {
    expect(
      readAuditSearch(new URLSearchParams('entidade=usuario&chave=maria&de=2026-01-01&pagina=3')),
    ).toEqual({
      values: { entity: 'usuario', entityKey: 'maria', username: '', from: '2026-01-01', to: '' },
      page: 3,
    });
  });
  it('falls back to page 1 for a page that is not a positive whole number', () => {
    for (const page of ['0', '-2', '1.5', 'dois', ''])
      expect(readAuditSearch(new URLSearchParams({ pagina: page })).page).toBe(1);
  });
  it('writes only the filters given, and the page only after the first', () => {
    expect(auditSearch({ ...EMPTY_AUDIT_FILTER, username: ' admin ', to: '2026-02-28' }, 1)).toBe(
      '?usuario=admin&ate=2026-02-28',
    );
    expect(auditSearch({ ...EMPTY_AUDIT_FILTER, entity: 'token' }, 2)).toBe('?entidade=token&pagina=2');
    expect(auditSearch(EMPTY_AUDIT_FILTER)).toBe('');
  });
  it('round-trips through the URL', () => {
    const values = {
      entity: 'valor',
      entityKey: '713/5103/2025',
      username: 'ana',
      from: '2026-01-01',
      to: '2026-01-31',
    };
    expect(readAuditSearch(new URLSearchParams(auditSearch(values, 4)))).toEqual({ values, page: 4 });
  });
  it('sends the server only the filters given', () => {
    expect(auditQueryInput({ ...EMPTY_AUDIT_FILTER, entity: 'sessao' }, 2)).toEqual({
      entity: 'sessao',
      entityKey: undefined,
      username: undefined,
      from: undefined,
      to: undefined,
      page: 2,
    });
  });
});

describe('auditExportPath', () => {
  it('exports exactly the filtered entries', () => {
    expect(auditExportPath({ ...EMPTY_AUDIT_FILTER, entity: 'valor', username: 'coap' }, 'xlsx')).toBe(
      '/api/v1/audit?format=xlsx&entity=valor&username=coap',
    );
  });
});
