import { Navigate, useLocation } from 'react-router';
import { canonicalTerritoryAddress } from './territory-address.ts';

/** Replaces, in the history too, an address with a DATASUS 6-digit código by its IBGE 7-digit one. */
export function CanonicalTerritoryAddress() {
  const { pathname, search } = useLocation();
  const address = canonicalTerritoryAddress(pathname, search);
  return address ? <Navigate to={address} replace /> : null;
}
