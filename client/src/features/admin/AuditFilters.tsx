import { type FormEvent, useId, useState } from 'react';
import { AUDIT_ENTITIES, auditEntityLabel } from '../../../../shared/domain/audit-labels.ts';
import { controlProps, FormField } from '../../components/ui/FormField.tsx';
import { type AuditFilterValues, EMPTY_AUDIT_FILTER } from './audit-search.ts';

type AuditFiltersProps = {
  /** The filters in the URL now; remount (key) the form when the URL changes. */
  values: AuditFilterValues;
  onApply: (values: AuditFilterValues) => void;
};

export function AuditFilters({ values, onApply }: AuditFiltersProps) {
  const id = useId();
  const [draft, setDraft] = useState(values);
  const change = (changes: Partial<AuditFilterValues>) => setDraft((current) => ({ ...current, ...changes }));
  const isKnownEntity = draft.entity === '' || AUDIT_ENTITIES.some((entity) => entity === draft.entity);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onApply(draft);
  }

  return (
    <form className="admin-form audit-filters" onSubmit={submit} aria-label="Filtros da auditoria">
      <div className="admin-form__fields">
        <FormField id={`${id}-entidade`} label="Item">
          <select
            id={`${id}-entidade`}
            value={draft.entity}
            onChange={(event) => change({ entity: event.target.value })}
          >
            <option value="">Todas</option>
            {AUDIT_ENTITIES.map((entity) => (
              <option key={entity} value={entity}>
                {auditEntityLabel(entity)}
              </option>
            ))}
            {!isKnownEntity && <option value={draft.entity}>{draft.entity}</option>}
          </select>
        </FormField>
        <FormField
          id={`${id}-registro`}
          label="Registro"
          hint="O código de um só registro do item: o usuário (maria), a ação (4.1.2), o mês (2026-10). Mais fácil: clique no registro na tabela para ver todo o histórico dele."
        >
          <input
            {...controlProps(`${id}-registro`, { hint: true })}
            type="text"
            value={draft.entityKey}
            onChange={(event) => change({ entityKey: event.target.value })}
            autoComplete="off"
            spellCheck={false}
          />
        </FormField>
        <FormField id={`${id}-usuario`} label="Usuário">
          <input
            id={`${id}-usuario`}
            type="text"
            value={draft.username}
            onChange={(event) => change({ username: event.target.value })}
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
          />
        </FormField>
        <FormField id={`${id}-de`} label="De">
          <input
            id={`${id}-de`}
            type="date"
            value={draft.from}
            max={draft.to || undefined}
            onChange={(event) => change({ from: event.target.value })}
          />
        </FormField>
        <FormField id={`${id}-ate`} label="Até">
          <input
            id={`${id}-ate`}
            type="date"
            value={draft.to}
            min={draft.from || undefined}
            onChange={(event) => change({ to: event.target.value })}
          />
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">
          Filtrar
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(EMPTY_AUDIT_FILTER);
            onApply(EMPTY_AUDIT_FILTER);
          }}
        >
          Limpar filtros
        </button>
      </div>
    </form>
  );
}
