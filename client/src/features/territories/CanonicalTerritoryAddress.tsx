import { useLocation } from 'react-router';
import { Redirect } from '../../lib/server-answer.tsx';
import { canonicalTerritoryAddress } from './territory-address.ts';

/** Replaces, in the history too, an address with a DATASUS 6-digit código by its IBGE 7-digit one. */
export function CanonicalTerritoryAddress() {
  const { pathname, search } = useLocation();
  const address = canonicalTerritoryAddress(pathname, search);
  return address ? <Redirect to={address} /> : null;
}
