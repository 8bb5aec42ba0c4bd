/**
 * The indicators' validation rules (issue 11, item 1) refuse alike through the grid, the template
 * import and the command line, with a sentence that names the rule, and write nothing. Clock
 * 24/11/2026; Cuiabá's IBGE population: 650.877 (2022 Census, also the 2023 estimate).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeProblem } from '../../shared/import/problems.ts';
import { databaseSnapshot, importFile } from '../helpers/import-client.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const TSX_CLI = createRequire(import.meta.url).resolve('tsx/cli');
const runFile = promisify(execFile);
const CUIABA = '5103403';

let server: TestServer;
let superintendence: string;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: false });
  superintendence = await logInAs(server, 'superintendencia');
});

afterAll(async () => {
  await server.stop();
});

const COVERAGE_RULE =
  'Regra "numerador ≤ população do município (IBGE)": 700.000 é maior que a população do município (650.877).';
const DIGITAL_RULE = 'Regra "numerador 0 ou 1 (não/sim)": use 1 (sim) ou 0 (não), não 2.';

describe('a broken rule is refused by every way in', () => {
  it('the grid', async () => {
    const before = await databaseSnapshot(server.db);
    const trpc = trpcAs(server.url, superintendence);
    await expect(
      trpc.dataEntry.save.mutate({
        code: '714',
        cells: [
          {
            territoryCode: CUIABA,
            period: '2023-12',
            numerator: 700_000,
            denominator: 700_000,
            expectedVersion: null,
          },
        ],
      }),
    ).rejects.toThrow(COVERAGE_RULE);
    expect(await databaseSnapshot(server.db)).toBe(before);
  });

  it('the template import, with line and column', async () => {
    const before = await databaseSnapshot(server.db);
    const text = [
      'indicador;ibge;periodo;numerador;denominador',
      '714;510340;2023-12;700.000;700.000',
      '716;510340;2025-03;2;1',
    ].join('\n');
    const result = await importFile(
      server.url,
      superintendence,
      { name: 'regras.csv', bytes: new TextEncoder().encode(text) },
      { formato: 'modelo', aplicar: 'sim' },
    );
    // Every rule a value breaks is named, on the column it concerns.
    expect(result.job?.report?.problems.map(describeProblem)).toEqual([
      `Linha 2, coluna numerador: r${COVERAGE_RULE.slice(1)}`,
      'Linha 2, coluna denominador: regra "denominador ≤ população do município (IBGE)": 700.000 é maior que a população do município (650.877).',
      'Linha 3, coluna numerador: regra "numerador ≤ denominador": o numerador (2) é maior que o denominador (1).',
      `Linha 3, coluna numerador: r${DIGITAL_RULE.slice(1)}`,
    ]);
    expect(await databaseSnapshot(server.db)).toBe(before);
  });

  it('the command line, which exits 1', async () => {
    const before = await databaseSnapshot(server.db);
    const file = path.join(server.dir, 'regras-cli.csv');
    fs.writeFileSync(file, 'indicador;ibge;periodo;numerador;denominador\n716;510340;2025-03;2;1\n');
    const run = runFile(process.execPath, [TSX_CLI, 'scripts/import.ts', file], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: server.databaseUrl },
    });
    await expect(run).rejects.toMatchObject({ code: 1 });
    const failure = (await run.catch((error: { stderr: string }) => error)) as { stderr: string };
    expect(failure.stderr).toContain(`Linha 2, coluna numerador: r${DIGITAL_RULE.slice(1)}`);
    expect(await databaseSnapshot(server.db)).toBe(before);
  });
});
