import { type FormEvent, useId, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { findTerritory, groupByLevel, LEVEL_NAMES } from './territory-tree.ts';
import { useTerritoryTreeOnceHydrated } from './use-territories.ts';

/**
 * Header navigation to any territory — the state, a macro, a região or a município — by typing its
 * name or its código: people copy a município's from DATASUS (6 digits) as often as from IBGE (7).
 */
export function TerritoryPicker() {
  // Not carried in a page the server renders, for a search nobody has typed yet.
  const tree = useTerritoryTreeOnceHydrated();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  const listId = `${id}-lista`;
  const problemId = `${id}-problema`;

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!tree.data) {
      setProblem('A lista de territórios ainda está chegando: tente de novo em um instante.');
      return;
    }
    const territory = findTerritory(tree.data, typed);
    if (!territory) {
      setProblem(`Nenhum território com o nome ou código “${typed.trim()}”.`);
      return;
    }
    setTyped('');
    setProblem(null);
    navigate(territoryPath(territory.code, { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) }));
  }

  const message = tree.isError ? 'Lista de territórios indisponível.' : problem;
  return (
    <form className="territory-picker" onSubmit={open}>
      <label htmlFor={id}>Território</label>
      <input
        id={id}
        type="search"
        list={listId}
        value={typed}
        onChange={(event) => {
          setTyped(event.target.value);
          setProblem(null);
        }}
        placeholder="Nome ou código"
        autoComplete="off"
        aria-invalid={problem !== null}
        aria-describedby={message ? problemId : undefined}
      />
      {/* Suggestions as one types; the label carries the level and the código, so digits find it too.
          Written once the page is the browser's, for the same reason. */}
      <datalist id={listId}>
        {groupByLevel(tree.data ?? []).flatMap((group) =>
          group.territories.map((node) => (
            <option key={node.code} value={node.name} label={`${LEVEL_NAMES[node.level]} · ${node.code}`} />
          )),
        )}
      </datalist>
      <button type="submit" className="button" disabled={typed.trim() === ''}>
        Abrir
      </button>
      {message && (
        <span id={problemId} className="territory-picker__error" role="alert">
          {message}
        </span>
      )}
    </form>
  );
}
