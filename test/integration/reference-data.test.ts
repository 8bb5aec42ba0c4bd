/**
 * The territory is reloaded from data/ at every start: unchanged rows are not written (at national
 * scale rewriting 5.570 keys made each restart take a minute), a changed row is updated in place.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listStoredValues } from '../../server/db/repositories/data-value-repository.ts';
import { listTerritories, upsertTerritories } from '../../server/db/repositories/territory-repository.ts';
import { readTerritoryFiles } from '../../server/db/territory-file.ts';
import { changeMark } from '../helpers/database-state.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterEach(async () => {
  await server.stop();
});

describe('reloading the territory', () => {
  it('writes nothing when the files did not change', async () => {
    const before = await changeMark(server.db);
    await upsertTerritories(server.db, readTerritoryFiles().territories);
    expect(await changeMark(server.db)).toBe(before);
  });

  it('updates a renamed município in place, keeping its values', async () => {
    const valuesBefore = await listStoredValues(server.db, {
      indicatorCode: '713',
      years: [2025],
      territoryCodes: ['5103403'],
    });
    const territories = readTerritoryFiles().territories.map((territory) =>
      territory.code === '5103403' ? { ...territory, name: 'Cuiabá (capital)' } : territory,
    );
    await upsertTerritories(server.db, territories);
    const cuiaba = (await listTerritories(server.db)).find((territory) => territory.code === '5103403');
    expect(cuiaba).toMatchObject({ name: 'Cuiabá (capital)', level: 'municipality', isCapital: true });
    expect(valuesBefore.length).toBeGreaterThan(0);
    expect(
      await listStoredValues(server.db, { indicatorCode: '713', years: [2025], territoryCodes: ['5103403'] }),
    ).toEqual(valuesBefore);
  });
});
