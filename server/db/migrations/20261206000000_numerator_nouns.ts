import type { Knex } from 'knex';

/**
 * The numerator in words, singular and plural (plano.json `numerador_em_palavras`, issue 16): the
 * contribution in cases reads "408 internações a mais", not "408,0 a mais no numerador". Null for
 * an indicator whose file says nothing (counts already speak in their unit).
 */
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('indicators', (table) => {
    table.text('numerator_noun_singular').nullable();
    table.text('numerator_noun_plural').nullable();
  });
}

export async function down(db: Knex): Promise<void> {
  await db.schema.alterTable('indicators', (table) => {
    table.dropColumn('numerator_noun_singular');
    table.dropColumn('numerator_noun_plural');
  });
}
