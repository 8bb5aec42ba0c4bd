import { useCoordinations } from '../actions/use-action-plan.ts';
import { toggleCoordination } from './drafts.ts';

type CoordinationChoiceProps = { value: readonly string[]; onChange: (codes: string[]) => void };

/** The coordenadorias that answer for an operational action (at least one), as checkboxes. */
export function CoordinationChoice({ value, onChange }: CoordinationChoiceProps) {
  const coordinations = useCoordinations();
  // A code the action has but the list does not (should not happen) stays visible and can be unticked.
  const known = new Set(coordinations.data?.map((coordination) => coordination.code));
  const extra = value.filter((code) => !known.has(code)).map((code) => ({ code, name: '' }));
  return (
    <fieldset className="scope-choice plan-coordinations">
      <legend>Coordenadorias responsáveis</legend>
      {coordinations.isPending ? (
        <p className="note">Carregando as coordenadorias…</p>
      ) : coordinations.isError ? (
        <p className="form-error">Não foi possível carregar as coordenadorias. Recarregue a página.</p>
      ) : (
        <ul className="plan-coordinations__list">
          {[...coordinations.data, ...extra].map((coordination) => (
            <li key={coordination.code}>
              <label className="scope-choice__option plan-coordinations__option">
                <input
                  className="plan-coordinations__check"
                  type="checkbox"
                  checked={value.includes(coordination.code)}
                  onChange={(event) =>
                    onChange(toggleCoordination(value, coordination.code, event.target.checked))
                  }
                />
                <span className="plan-coordinations__label">
                  <strong>{coordination.code}</strong>
                  {coordination.name && coordination.name !== coordination.code && (
                    <span className="secondary-text">{coordination.name}</span>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
