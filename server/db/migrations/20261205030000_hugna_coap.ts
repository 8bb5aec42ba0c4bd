import type { Knex } from 'knex';

/**
 * Actions 1.3.2–1.3.4 ("Superintendente, Hugna") belong to the superintendência **and** the COAP:
 * the plan credits Hugna Mayre de Oliveira to the Coordenadoria de Atenção Primária (issue 15), and
 * the first seed put her in the gabinete. Databases seeded then get COAP added where the links are
 * still the seed's (an administrator's own edit is left as it is).
 */
const ACTIONS = ['1.3.2', '1.3.3', '1.3.4'];

export async function up(db: Knex): Promise<void> {
  if (!(await db('coordinations').where({ code: 'COAP' }).first())) return;
  for (const action of ACTIONS) {
    const links: { coordination_code: string }[] = await db('operational_action_coordinations')
      .where({ action_code: action })
      .select('coordination_code');
    if (links.length !== 1 || links[0]?.coordination_code !== 'SUPERINTENDENCIA') continue;
    await db('operational_action_coordinations').insert({
      action_code: action,
      coordination_code: 'COAP',
      position: 1,
    });
  }
}

export async function down(db: Knex): Promise<void> {
  await db('operational_action_coordinations')
    .whereIn('action_code', ACTIONS)
    .andWhere({ coordination_code: 'COAP' })
    .delete();
}
