import { scopeKind } from '../../../../shared/domain/user-rules.ts';
import { useCoordinations } from '../actions/use-action-plan.ts';
import { useTerritoryTree } from '../territories/use-territories.ts';
import { type ScopeDraft, toggleCode } from './user-draft.ts';
import { territoryScopeOptions } from './user-scope.ts';

type ScopeFieldsProps = {
  idPrefix: string;
  draft: ScopeDraft;
  onChange: (changes: Partial<ScopeDraft>) => void;
};

/** The scope the chosen role uses: coordenadorias, or macrorregiões and regiões, or none. */
export function ScopeFields({ idPrefix, draft, onChange }: ScopeFieldsProps) {
  const kind = scopeKind(draft.role);
  if (kind === 'none')
    return <p className="form-field__hint">Este papel vê todo o estado: não há escopo a escolher.</p>;
  if (kind === 'territory')
    return (
      <TerritoryScopeChoice
        idPrefix={idPrefix}
        codes={draft.territoryCodes}
        onChange={(territoryCodes) => onChange({ territoryCodes })}
      />
    );
  return (
    <CoordinationScopeChoice
      idPrefix={idPrefix}
      codes={draft.coordinationCodes}
      onChange={(coordinationCodes) => onChange({ coordinationCodes })}
    />
  );
}

type ChoiceProps = { idPrefix: string; codes: readonly string[]; onChange: (codes: string[]) => void };

/** The coordenadorias the server knows, as boxes to tick: no code to remember or mistype. */
function CoordinationScopeChoice({ idPrefix, codes, onChange }: ChoiceProps) {
  const coordinations = useCoordinations();
  return (
    <fieldset className="scope-choice">
      <legend>Coordenadorias</legend>
      <p className="form-field__hint">
        A pessoa responde pelos indicadores e ações das coordenadorias marcadas.
      </p>
      {coordinations.isError ? (
        <p className="form-error" role="alert">
          A lista de coordenadorias não pôde ser carregada. Recarregue a página.
        </p>
      ) : coordinations.isPending ? (
        <p className="form-field__hint">Carregando coordenadorias…</p>
      ) : (
        <ul className="scope-choice__list">
          {coordinations.data.map((coordination) => (
            <li key={coordination.code}>
              <label className="scope-choice__option">
                <input
                  type="checkbox"
                  id={`${idPrefix}-coordenadoria-${coordination.code}`}
                  checked={codes.includes(coordination.code)}
                  onChange={(event) => onChange(toggleCode(codes, coordination.code, event.target.checked))}
                />
                {coordination.name} ({coordination.code})
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}

function TerritoryScopeChoice({ idPrefix, codes, onChange }: ChoiceProps) {
  const tree = useTerritoryTree();
  const checkbox = (code: string, label: string) => (
    <label className="scope-choice__option">
      <input
        type="checkbox"
        id={`${idPrefix}-territorio-${code}`}
        checked={codes.includes(code)}
        onChange={(event) => onChange(toggleCode(codes, code, event.target.checked))}
      />
      {label}
    </label>
  );
  return (
    <fieldset className="scope-choice">
      <legend>Macrorregiões e regiões de saúde</legend>
      <p className="form-field__hint">
        Marque uma macrorregião para dar acesso a tudo o que está nela, ou só as regiões de saúde desejadas.
      </p>
      {tree.isError ? (
        <p className="form-error" role="alert">
          A lista de territórios não pôde ser carregada. Recarregue a página.
        </p>
      ) : tree.isPending ? (
        <p className="form-field__hint">Carregando territórios…</p>
      ) : (
        <ul className="scope-choice__macros">
          {territoryScopeOptions(tree.data).map((macro) => (
            <li key={macro.code}>
              {checkbox(macro.code, macro.label)}
              {macro.regions.length > 0 && (
                <ul className="scope-choice__regions">
                  {macro.regions.map((region) => (
                    <li key={region.code}>{checkbox(region.code, region.label)}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
