import type { ReactNode } from 'react';
import { scopeKind } from '../../../../shared/domain/user-rules.ts';
import { describedBy, errorId, FieldError, hintId } from '../../components/ui/FormField.tsx';
import { useCoordinations } from '../actions/use-action-plan.ts';
import { useTerritoryTree } from '../territories/use-territories.ts';
import { type ScopeDraft, toggleCode } from './user-draft.ts';
import { territoryScopeOptions } from './user-scope.ts';

type ScopeFieldsProps = {
  /** The group's id; its boxes' ids start with it. */
  id: string;
  draft: ScopeDraft;
  onChange: (changes: Partial<ScopeDraft>) => void;
  /** What is wrong with the choice (none made), said inside the group. */
  error?: string | undefined;
};

/** The scope the chosen role uses: coordenadorias, or macrorregiões and regiões, or none. */
export function ScopeFields({ id, draft, onChange, error }: ScopeFieldsProps) {
  const kind = scopeKind(draft.role);
  if (kind === 'none')
    return <p className="form-field__hint">Este papel vê todo o estado: não há escopo a escolher.</p>;
  if (kind === 'territory')
    return (
      <TerritoryScopeChoice
        id={id}
        error={error}
        codes={draft.territoryCodes}
        onChange={(territoryCodes) => onChange({ territoryCodes })}
      />
    );
  return (
    <CoordinationScopeChoice
      id={id}
      error={error}
      codes={draft.coordinationCodes}
      onChange={(coordinationCodes) => onChange({ coordinationCodes })}
    />
  );
}

type ChoiceProps = {
  id: string;
  error: string | undefined;
  codes: readonly string[];
  onChange: (codes: string[]) => void;
};

/**
 * A group of boxes with its legend, hint and problem, read together by screen readers; the boxes
 * appear once their list (from the server) has loaded.
 */
function ScopeGroup({
  id,
  legend,
  hint,
  error,
  what,
  list,
  children,
}: {
  id: string;
  legend: string;
  hint: string;
  error: string | undefined;
  /** "coordenadorias", "territórios": for the loading and failure sentences. */
  what: string;
  list: { isError: boolean; isPending: boolean };
  children: () => ReactNode;
}) {
  return (
    <fieldset
      id={id}
      className={error ? 'scope-choice scope-choice--invalid' : 'scope-choice'}
      aria-describedby={describedBy(id, { hint: true, error })}
    >
      <legend>{legend}</legend>
      <p id={hintId(id)} className="form-field__hint">
        {hint}
      </p>
      {error && <FieldError id={errorId(id)} message={error} />}
      {list.isError ? (
        <p className="form-error" role="alert">
          A lista de {what} não pôde ser carregada. Recarregue a página.
        </p>
      ) : list.isPending ? (
        <p className="form-field__hint">Carregando {what}…</p>
      ) : (
        children()
      )}
    </fieldset>
  );
}

function ScopeBox({
  id,
  code,
  label,
  codes,
  onChange,
}: Omit<ChoiceProps, 'error'> & { code: string; label: string }) {
  return (
    <label className="scope-choice__option">
      <input
        type="checkbox"
        id={`${id}-${code}`}
        checked={codes.includes(code)}
        onChange={(event) => onChange(toggleCode(codes, code, event.target.checked))}
      />
      {label}
    </label>
  );
}

/** The coordenadorias the server knows, as boxes to tick: no code to remember or mistype. */
function CoordinationScopeChoice({ id, error, codes, onChange }: ChoiceProps) {
  const coordinations = useCoordinations();
  return (
    <ScopeGroup
      id={id}
      legend="Coordenadorias"
      hint="A pessoa responde pelos indicadores e ações das coordenadorias marcadas."
      error={error}
      what="coordenadorias"
      list={coordinations}
    >
      {() => (
        <ul className="scope-choice__list">
          {(coordinations.data ?? []).map((coordination) => (
            <li key={coordination.code}>
              <ScopeBox
                id={id}
                code={coordination.code}
                label={`${coordination.name} (${coordination.code})`}
                codes={codes}
                onChange={onChange}
              />
            </li>
          ))}
        </ul>
      )}
    </ScopeGroup>
  );
}

function TerritoryScopeChoice({ id, error, codes, onChange }: ChoiceProps) {
  const tree = useTerritoryTree();
  const box = (code: string, label: string) => (
    <ScopeBox id={id} code={code} label={label} codes={codes} onChange={onChange} />
  );
  return (
    <ScopeGroup
      id={id}
      legend="Macrorregiões e regiões de saúde"
      hint="Marque uma macrorregião para dar acesso a tudo o que está nela, ou só as regiões de saúde desejadas."
      error={error}
      what="territórios"
      list={tree}
    >
      {() => (
        <ul className="scope-choice__macros">
          {territoryScopeOptions(tree.data ?? []).map((macro) => (
            <li key={macro.code}>
              {box(macro.code, macro.label)}
              {macro.regions.length > 0 && (
                <ul className="scope-choice__regions">
                  {macro.regions.map((region) => (
                    <li key={region.code}>{box(region.code, region.label)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </ScopeGroup>
  );
}
