import { type FormEvent, useId, useState } from 'react';
import { useMatch, useNavigate, useSearchParams } from 'react-router';
import { territoryPath, YEAR_PARAM } from '../../lib/url.ts';
import { TerritoryOptions } from './TerritoryOptions.tsx';
import { useTerritoryTree } from './use-territories.ts';

/** Header navigation to any territory: the state, a macro, a região or a município. */
export function TerritoryPicker() {
  const tree = useTerritoryTree();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const currentCode = useMatch('/territorio/:code')?.params.code;
  const [chosen, setChosen] = useState('');
  const id = useId();
  const selected =
    chosen || (currentCode && tree.data?.some((node) => node.code === currentCode) ? currentCode : '');

  function open(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!selected) return;
    setChosen('');
    navigate(territoryPath(selected, { [YEAR_PARAM]: searchParams.get(YEAR_PARAM) }));
  }

  return (
    <form className="territory-picker" onSubmit={open}>
      <label htmlFor={id}>Território</label>
      <select
        id={id}
        value={selected}
        onChange={(event) => setChosen(event.target.value)}
        disabled={!tree.data}
        aria-describedby={tree.isError ? `${id}-error` : undefined}
      >
        <option value="">{tree.isPending ? 'Carregando…' : 'Escolha um território'}</option>
        <TerritoryOptions territories={tree.data ?? []} />
      </select>
      <button type="submit" className="button" disabled={!selected}>
        Abrir
      </button>
      {tree.isError && (
        <span id={`${id}-error`} className="territory-picker__error">
          Lista de territórios indisponível.
        </span>
      )}
    </form>
  );
}
