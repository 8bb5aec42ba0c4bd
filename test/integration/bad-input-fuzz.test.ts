/**
 * Malformed input for every tRPC mutation and the REST endpoints, generated from their zod
 * schemas (issue 12, item 3): wrong types, huge and odd unicode strings, NaN/Infinity, extra and
 * prototype-named fields, broken JSON. Each must get a 4xx in Portuguese, never a 5xx, and leave
 * the database as it was: no statement changed a row (`changeMark`), and per endpoint the row count
 * of every table (and SQLite's integrity check) are the same.
 * The seed is fixed; on a failure fast-check prints it with the shrunk input.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZImportQuerySchema } from '../../server/api/imports.ts';
import { ZLoginSchema } from '../../server/api/session.ts';
import { appRouter } from '../../server/trpc/router.ts';
import type { z } from '../../shared/schemas/zod-locale.ts';
import { changeMark, databaseState } from '../helpers/database-state.ts';
import { startTestServer, type TestServer } from '../helpers/test-server.ts';

const SEED = 20_261_204;
const RUNS_PER_ENDPOINT = 64;
/** fast-check runs exactly `numRuns` cases per property (skipped ones are replaced). */
const READ_RUNS = 4 * RUNS_PER_ENDPOINT;
const WRITE_REST_ENDPOINTS = 2; // login and imports

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
});

afterAll(async () => {
  await server.stop();
});

/** Values that break a field: wrong types, extremes, odd unicode, containers where a scalar goes. */
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.constantFrom(-1, 0, 1.5, 1e308, -1e308, 2 ** 53 + 2),
  fc.double(), // NaN and ±Infinity travel as null in JSON; the literals are below
  fc.string({ unit: 'binary', maxLength: 40 }), // any code point, lone surrogates included
  fc.nat({ max: 60_000 }).map((length) => 'ç'.repeat(length)),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

const NON_JSON_LITERALS = ['NaN', 'Infinity', '-Infinity', 'undefined', '1e999', "'texto'"];

/** A request body: an object with the schema's fields (and strangers) set to nasty values, or worse. */
function malformedBody(fieldNames: readonly string[]): fc.Arbitrary<string> {
  const names = fc.constantFrom(...fieldNames, '__proto__', 'constructor', 'campoExtra');
  const asObject = fc
    .array(fc.tuple(names, nastyValue), { maxLength: fieldNames.length + 2 })
    .map(
      (pairs) =>
        `{${pairs.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value) ?? 'null'}`).join(',')}}`,
    );
  const withLiteral = fc
    .tuple(names, fc.constantFrom(...NON_JSON_LITERALS))
    .map(([name, literal]) => `{${JSON.stringify(name)}:${literal}}`);
  const brokenJson = fc.constantFrom('', '{', '[1,', '{"a":}', 'null', '[]', '"texto"');
  return fc.oneof(
    { weight: 8, arbitrary: asObject },
    { weight: 1, arbitrary: withLiteral },
    { weight: 1, arbitrary: brokenJson },
  );
}

/** True when the schemas would accept the body: such a case is not malformed, and is skipped. */
function isAccepted(schemas: readonly z.ZodType[], body: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return false;
  }
  return schemas.every((schema) => schema.safeParse(parsed).success);
}

function topLevelFields(schema: z.ZodType): string[] {
  let def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  while (!def.shape && (def.in || def.innerType))
    def = ((def.in ?? def.innerType) as typeof schema)._zod.def as never;
  return Object.keys((def.shape as Record<string, unknown>) ?? {});
}

const ENGLISH =
  /\b(expected|received|invalid|required|unexpected|undefined|must|string|number|object|array|error)\b/i;
const PORTUGUESE =
  /[ãõçáéíóúâêô]|\b(de|do|da|um|uma|não|informe|use|para|no|na|ao|que|deve|ser|com|sem|ou)\b/i;

async function messageOf(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as { error?: string | { message?: string } };
    return typeof body.error === 'string' ? body.error : (body.error?.message ?? text);
  } catch {
    return text;
  }
}

async function expectPortugueseRefusal(response: Response, context: string): Promise<void> {
  const message = await messageOf(response);
  expect(response.status, `${context}: ${message}`).toBeGreaterThanOrEqual(400);
  expect(response.status, `${context}: ${message}`).toBeLessThan(500);
  expect(message, context).not.toMatch(ENGLISH);
  expect(message, context).toMatch(PORTUGUESE);
}

async function fuzz(
  name: string,
  schemas: readonly z.ZodType[],
  send: (body: string) => Promise<Response>,
): Promise<void> {
  const before = await databaseState(server.db);
  await fc.assert(
    fc.asyncProperty(malformedBody(schemas.flatMap(topLevelFields)), async (body) => {
      fc.pre(!isAccepted(schemas, body));
      const changes = await changeMark(server.db);
      await expectPortugueseRefusal(await send(body), `${name} ← ${body.slice(0, 200)}`);
      expect(await changeMark(server.db), `${name} escreveu no banco`).toBe(changes);
    }),
    { seed: SEED, numRuns: RUNS_PER_ENDPOINT },
  );
  expect(await databaseState(server.db)).toBe(before);
}

type Procedure = { _def: { type: string; inputs: z.ZodType[] } };
const procedures = Object.entries(
  (appRouter as unknown as { _def: { procedures: Record<string, Procedure> } })._def.procedures,
);
const mutations = procedures.filter(([, procedure]) => procedure._def.type === 'mutation');

describe('malformed input to every tRPC mutation', () => {
  it('finds the mutations, each with an input schema', () => {
    expect(mutations.length).toBeGreaterThan(20);
    expect(mutations.filter(([, procedure]) => procedure._def.inputs.length === 0)).toEqual([]);
    const cases = (mutations.length + WRITE_REST_ENDPOINTS) * RUNS_PER_ENDPOINT + READ_RUNS;
    expect(cases).toBeGreaterThanOrEqual(2000);
  });

  it.each(mutations.map(([path, procedure]) => [path, procedure._def.inputs] as const))(
    '%s',
    async (path, inputs) => {
      await fuzz(path, inputs, (body) =>
        fetch(`${server.url}/trpc/${path}`, {
          method: 'POST',
          headers: { cookie: server.adminCookie, 'content-type': 'application/json' },
          body,
        }),
      );
    },
    60_000,
  );
});

describe('malformed input to the REST endpoints that write', () => {
  it('login', async () => {
    await fuzz('POST /api/v1/login', [ZLoginSchema], (body) =>
      fetch(`${server.url}/api/v1/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }),
    );
  }, 60_000);

  it('imports: the query string', async () => {
    // The query is what the schema checks; the file is the import's own (tested in import.test.ts).
    const names = fc.constantFrom('formato', 'indicador', 'conteudo', 'aplicar', 'justificativa', 'extra');
    const values = fc.oneof(
      fc.constantFrom('modelo', 'tabnet', 'numerador', 'denominador', 'sim', 'nao', '713', ''),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.nat({ max: 3000 }).map((length) => 'ç'.repeat(length)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(names, values), { maxLength: 6 }), async (pairs) => {
        const query = new URLSearchParams(pairs);
        // Express reads a repeated name as a list, which the schema refuses as well.
        fc.pre(!ZImportQuerySchema.safeParse(Object.fromEntries(query)).success);
        const changes = await changeMark(server.db);
        const response = await fetch(`${server.url}/api/v1/imports?${query}`, {
          method: 'POST',
          headers: { cookie: server.adminCookie, 'content-type': 'text/csv' },
          body: 'indicador;ibge;periodo;numerador;denominador\n713;5103403;2025;1;10\n',
        });
        await expectPortugueseRefusal(response, `POST /api/v1/imports?${query}`.slice(0, 300));
        expect(await changeMark(server.db)).toBe(changes);
      }),
      { seed: SEED, numRuns: RUNS_PER_ENDPOINT },
    );
  }, 60_000);
});

describe('malformed query strings to the REST endpoints that read', () => {
  const queryValue = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom('NaN', 'Infinity', '-1', '1e999', '2025.5', '99999', '', '%', '[]', '{}'),
    fc.nat({ max: 5000 }).map((length) => 'ç'.repeat(length)),
  );
  const paths = fc.constantFrom(
    '/api/v1/indicators',
    '/api/v1/indicators/713/values',
    '/api/v1/indicators/713/contribution',
    '/api/v1/scorecard',
    '/api/v1/matrix',
    '/api/v1/indicators/nao-existe/values',
    '/api/v1/actions',
    '/api/v1/audit',
    '/api/v1/reports/semester/2025-1',
    '/api/v1/reports/semester/2025-9',
  );
  const names = fc.constantFrom(
    'format',
    'year',
    'level',
    'territory',
    'from',
    'to',
    'status',
    'situacao',
    'busca',
    'page',
  );

  it('answers 2xx or a Portuguese 4xx, never a 5xx, and writes nothing', async () => {
    const before = await databaseState(server.db);
    let refusals = 0;
    await fc.assert(
      fc.asyncProperty(
        paths,
        fc.array(fc.tuple(names, queryValue), { minLength: 1, maxLength: 4 }),
        async (path, pairs) => {
          const changes = await changeMark(server.db);
          const query = new URLSearchParams(pairs);
          const response = await fetch(`${server.url}${path}?${query}`, {
            headers: { cookie: server.adminCookie },
          });
          if (response.status >= 300) {
            refusals += 1;
            await expectPortugueseRefusal(response, `${path}?${query}`.slice(0, 300));
          } else await response.arrayBuffer();
          expect(await changeMark(server.db)).toBe(changes);
        },
      ),
      { seed: SEED, numRuns: READ_RUNS },
    );
    expect(refusals).toBeGreaterThan(RUNS_PER_ENDPOINT);
    expect(await databaseState(server.db)).toBe(before);
  }, 120_000);
});
