import type { EntryCell } from './entry-drafts.ts';

/** A stored cell of the entry grid for tests: Cuiabá, mar/2025, 152 / 1.234, version 3. */
export function storedCell(overrides: Partial<EntryCell> = {}): EntryCell {
  return {
    territoryCode: '5103403',
    period: '2025-03',
    numerator: 152,
    denominator: 1234,
    version: 3,
    updatedAt: '2025-04-02T13:20:00.000Z',
    updatedByName: 'Maria Souza',
    isExample: false,
    isProvisional: false,
    ...overrides,
  };
}
