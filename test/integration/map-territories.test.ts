/**
 * The map's answer of the territory table (territory.map, issue 14): the map of a territory carries
 * the territory, the picker's choices and what is inside it, not the whole tree (6.300 rows at
 * national scale). What it holds is checked against the tree itself, reader by reader.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isWithinTerritory } from '../../shared/domain/territory.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
});

afterAll(async () => {
  await server.stop();
});

const codes = (places: readonly { code: string }[]) => places.map((place) => place.code).sort();

describe('the map’s territories', () => {
  it('holds everything inside the state: drawn, or named as having no polygon yet', async () => {
    const client = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    const tree = await client.territory.tree.query();
    const map = await client.territory.map.query({ code: '51' });
    expect(map.territory).toMatchObject({ code: '51', level: 'state', name: 'Mato Grosso' });
    // The picker: the state, 6 macrorregiões and 16 regiões, no município.
    expect(map.mappable.map((place) => place.level).sort()).toEqual(
      ['state', ...Array(6).fill('macro'), ...Array(16).fill('region')].sort(),
    );
    // Boa Esperança do Norte (installed in 2025) has no polygon in the boundary file: it is named,
    // not drawn; every other territory is drawn.
    expect(map.unmapped).toEqual([{ code: '5101837', name: 'Boa Esperança do Norte', installedYear: 2025 }]);
    expect(codes([...map.places, ...map.unmapped])).toEqual(codes(tree));
    expect(map.places.filter((place) => place.level === 'municipality')).toHaveLength(141);
  });

  it('holds only what is inside a macrorregião, by either código', async () => {
    const client = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    const tree = await client.territory.tree.query();
    const norte = await client.territory.map.query({ code: '5103' });
    expect(norte.territory).toMatchObject({ code: '5103', level: 'macro' });
    expect(codes([...norte.places, ...norte.unmapped])).toEqual(
      codes(tree.filter((place) => isWithinTerritory(place, '5103'))),
    );
    // A município's map is the município, found by its DATASUS 6 digits too.
    const cuiaba = await client.territory.map.query({ code: '510340' });
    expect(cuiaba.territory).toMatchObject({ code: '5103403', name: 'Cuiabá' });
    expect(codes(cuiaba.places)).toEqual(['5103403']);
  });

  it('gives a gestor regional only what they may open, and nothing for another macrorregião', async () => {
    const client = trpcAs(server.url, await logInAs(server, 'norte'));
    const tree = await client.territory.tree.query();
    const own = await client.territory.map.query({ code: '5103' });
    expect(codes([...own.places, ...own.unmapped])).toEqual(
      codes(tree.filter((place) => isWithinTerritory(place, '5103'))),
    );
    expect(codes(own.mappable)).toEqual(codes(tree.filter((place) => place.level !== 'municipality')));
    const state = await client.territory.map.query({ code: '51' });
    expect(codes([...state.places, ...state.unmapped])).toEqual(codes(tree));
    // Another macro is outside their access: no territory, nothing drawn.
    const other = await client.territory.map.query({ code: '5101' });
    expect(other).toMatchObject({ territory: null, places: [], unmapped: [] });
  });

  it('reads the figures of a macro’s own municípios only, the same as among all of them', async () => {
    const client = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    const tree = await client.territory.tree.query();
    const all = await client.indicator.figures.query({ code: '713', level: 'municipality', year: 2025 });
    const norte = await client.indicator.figures.query({
      code: '713',
      level: 'municipality',
      year: 2025,
      within: '5103',
    });
    const insideNorte = new Set(
      tree.filter((place) => isWithinTerritory(place, '5103')).map((place) => place.code),
    );
    expect(norte).toEqual(all.filter((figure) => insideNorte.has(figure.territoryCode)));
    expect(norte.length).toBeGreaterThan(10);
    expect(norte.length).toBeLessThan(all.length);
    await expect(
      client.indicator.figures.query({ code: '713', level: 'municipality', year: 2025, within: 'norte' }),
    ).rejects.toThrow(/Código de território inválido/);
  });

  it('finds no territory for what is no code, with the picker still there, and refuses a long text', async () => {
    const client = trpcAs(server.url, await logInAs(server, 'superintendencia'));
    const none = await client.territory.map.query({ code: 'cuiabá' });
    expect(none).toMatchObject({ territory: null, places: [], unmapped: [] });
    expect(none.mappable.length).toBe(23);
    await expect(client.territory.map.query({ code: 'x'.repeat(21) })).rejects.toThrow(
      /Código de território longo demais/,
    );
  });
});
