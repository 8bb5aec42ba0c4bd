/** `insert(...).returning('id')` yields `{ id }` on PostgreSQL and SQLite ≥ 3.35, a bare number on older drivers. */
export function insertedId(inserted: unknown): number {
  return typeof inserted === 'object' && inserted !== null
    ? Number((inserted as { id: number }).id)
    : Number(inserted);
}
