/**
 * Corrections of the plan's data (issue 15): actions 1.3.2–1.3.4 ("Superintendente, Hugna") belong
 * to the superintendência and the COAP, as the plan credits Hugna to the Coordenadoria de Atenção
 * Primária: in a new database, and in one seeded before the correction, unless an administrator
 * already changed them.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { up as addCoapToHugnasActions } from '../../server/db/migrations/20261205030000_hugna_coap.ts';
import { listOperationalActions } from '../../server/db/repositories/action-plan-repository.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: false });
});

afterEach(async () => {
  await server.stop();
});

const coordinationsOf = async (code: string) =>
  (await listOperationalActions(server.db)).find((action) => action.code === code)?.coordinationCodes;

describe("Hugna's actions", () => {
  it('belong to the superintendência and the COAP in a new database', async () => {
    for (const code of ['1.3.2', '1.3.3', '1.3.4'])
      expect(await coordinationsOf(code), code).toEqual(['SUPERINTENDENCIA', 'COAP']);
    // Silvana stays in the gabinete.
    expect(await coordinationsOf('1.1.1')).toEqual(['SUPERINTENDENCIA']);
  });

  it("are corrected in a database seeded before, but an administrator's own links are kept", async () => {
    await server
      .db('operational_action_coordinations')
      .whereIn('action_code', ['1.3.2', '1.3.3'])
      .andWhere({ coordination_code: 'COAP' })
      .delete();
    await server.db('operational_action_coordinations').where({ action_code: '1.3.4' }).delete();
    await server
      .db('operational_action_coordinations')
      .insert({ action_code: '1.3.4', coordination_code: 'CAS', position: 0 });
    await addCoapToHugnasActions(server.db);
    expect(await coordinationsOf('1.3.2')).toEqual(['SUPERINTENDENCIA', 'COAP']);
    expect(await coordinationsOf('1.3.3')).toEqual(['SUPERINTENDENCIA', 'COAP']);
    expect(await coordinationsOf('1.3.4')).toEqual(['CAS']);
  });
});
