/**
 * Read scoping: a gestor regional reads the state and their own territory; null means a reader
 * with no territorial limit (a read token). Applied by every service that returns figures.
 */
import { type Actor, canReadTerritory } from '../../shared/domain/permissions.ts';
import type { TerritoryRow } from '../db/repositories/territory-repository.ts';
import { AppError } from '../errors.ts';

export type Reader = Actor | null;

export function assertCanRead(reader: Reader, territory: TerritoryRow): void {
  if (reader && !canReadTerritory(reader, territory)) {
    throw new AppError(
      'FORBIDDEN',
      `Seu acesso não inclui ${territory.name}: você lê o estado e o seu território.`,
    );
  }
}

/**
 * Readers who see the same territories share this key (what is computed for one serves the other):
 * everybody without a territorial limit, or a gestor regional's own territories.
 */
export function readScopeKey(reader: Reader): string {
  if (reader?.role !== 'regional') return 'todos';
  return `regional:${[...reader.territoryCodes].sort().join(',')}`;
}

/** Keeps only the figures of territories the reader may see. */
export function onlyReadable<T extends { territoryCode: string }>(
  reader: Reader,
  territories: readonly TerritoryRow[],
  items: readonly T[],
): T[] {
  if (!reader) return [...items];
  const byCode = new Map(territories.map((territory) => [territory.code, territory]));
  return items.filter((item) => {
    const territory = byCode.get(item.territoryCode);
    return territory !== undefined && canReadTerritory(reader, territory);
  });
}
