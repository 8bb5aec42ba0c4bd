/**
 * Imports through HTTP with real-format files: the template and DATASUS TabNet exports (Latin-1,
 * totals, notes, dashes), and broken files that must end in a clear report and an unchanged database.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listStoredValues } from '../../server/db/repositories/data-value-repository.ts';
import { describeProblem } from '../../shared/import/problems.ts';
import { databaseSnapshot, importFile } from '../helpers/import-client.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';

let server: TestServer;
let coap: string;
let superintendence: string;

beforeAll(async () => {
  server = await startTestServer({ seedExampleData: true });
  coap = await logInAs(server, 'coap');
  superintendence = await logInAs(server, 'superintendencia');
});

afterAll(async () => {
  await server.stop();
});

describe('the published template', () => {
  it('previews, applies, and changes nothing when applied again', async () => {
    const before = await databaseSnapshot(server.db);
    const preview = await importFile(server.url, coap, { name: 'modelo-valido.csv' }, { formato: 'modelo' });
    expect(preview.job?.report).toMatchObject({
      toCreate: 0,
      // The five cells hold example values: the real ones from the file replace them.
      toUpdate: 5,
      problemCount: 0,
      isApplied: false,
    });
    expect(await databaseSnapshot(server.db)).toBe(before);

    const applied = await importFile(
      server.url,
      coap,
      { name: 'modelo-valido.csv' },
      { formato: 'modelo', aplicar: 'sim' },
    );
    expect(applied.job?.report).toMatchObject({ isApplied: true, problemCount: 0 });
    const [stored] = await listStoredValues(server.db, {
      indicatorCode: '713',
      years: [2024],
      territoryCodes: ['5103403'],
    }).then((values) => values.filter((value) => value.period === '2024-01'));
    // "152" and "1.234" (thousands point) from the file.
    expect(stored).toMatchObject({
      numerator: 152,
      denominator: 1234,
      isExample: false,
      source: 'Importação: modelo-valido.csv',
    });
    // Every changed value is in the audit log, with before and after.
    const audit = await server.db('audit_log').where({ username: 'coap', entity: 'valor' });
    expect(audit).toHaveLength(5);
    expect(
      JSON.parse(audit.find((entry) => entry.entity_key === '713|5103403|2024-01').after_json),
    ).toMatchObject({
      numerador: 152,
      denominador: 1234,
    });

    const afterFirst = await databaseSnapshot(server.db);
    const again = await importFile(
      server.url,
      coap,
      { name: 'modelo-valido.csv' },
      { formato: 'modelo', aplicar: 'sim' },
    );
    expect(again.job?.report).toMatchObject({ toCreate: 0, toUpdate: 0, unchanged: 5, isApplied: true });
    expect(await databaseSnapshot(server.db)).toBe(afterFirst);
  });

  it('imports the XLSX template too', async () => {
    const result = await importFile(server.url, coap, { name: 'modelo-valido.xlsx' }, { formato: 'modelo' });
    expect(result.job?.report?.problemCount).toBe(0);
    expect(result.job?.report?.rowCount).toBeGreaterThan(0);
  });
});

describe('DATASUS TabNet exports', () => {
  it('imports yearly numerators from a Latin-1 file with totals, dashes and notes', async () => {
    const result = await importFile(
      server.url,
      superintendence,
      { name: 'tabnet-anos-latin1.csv' },
      { formato: 'tabnet', indicador: '718', conteudo: 'numerador', aplicar: 'sim' },
    );
    expect(result.job?.report).toMatchObject({ problemCount: 0, isApplied: true, rowCount: 24 });
    const cuiaba2022 = await server
      .db('data_values')
      .where({ indicator_code: '718', territory_code: '5103403', period: '2022' })
      .first();
    expect(cuiaba2022.numerator).toBe(1187);
    // The denominator (population 30–69) stayed as it was stored.
    expect(cuiaba2022.denominator).toBeGreaterThan(300_000);
    // "-" is zero: Acorizal 2022.
    const acorizal = await server
      .db('data_values')
      .where({ indicator_code: '718', territory_code: '5100102', period: '2022' })
      .first();
    expect(acorizal.numerator).toBe(0);
  });

  it('imports monthly numerators (2024/Jan … 2024/Dez) and keeps 2021 halves aside until complete', async () => {
    const result = await importFile(
      server.url,
      superintendence,
      { name: 'tabnet-meses-latin1.csv' },
      { formato: 'tabnet', indicador: '731', conteudo: 'numerador' },
    );
    expect(result.job?.report?.problemCount).toBe(0);
    expect(result.job?.report?.warningCount).toBeGreaterThan(0);
  });

  it('asks which indicator and which half', async () => {
    const result = await importFile(
      server.url,
      superintendence,
      { name: 'tabnet-anos-latin1.csv' },
      { formato: 'tabnet' },
    );
    const messages = result.job?.report?.problems.map(describeProblem) ?? [];
    expect(messages).toContain('Escolha o indicador que o arquivo do TabNet alimenta.');
    expect(messages).toContain('Diga se o arquivo do TabNet traz os numeradores ou os denominadores.');
  });
});

describe('broken files leave the database exactly as it was', () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    [
      'quebrado-texto-em-numero.csv',
      { formato: 'modelo' },
      /Linha 3, coluna numerador: "12a" não é um número/,
    ],
    ['quebrado-duplicado.csv', { formato: 'modelo' }, /Linha 2: repete o indicador/],
    ['quebrado-vazio.csv', { formato: 'modelo' }, /vazio/],
    ['quebrado-utf16.csv', { formato: 'modelo' }, /UTF-16/],
    ['quebrado-ibge-invalido.csv', { formato: 'modelo' }, /ibge/i],
    [
      'quebrado-sem-cabecalho-tabnet.csv',
      { formato: 'tabnet', indicador: '718', conteudo: 'numerador' },
      /cabeçalho/,
    ],
  ];
  for (const [name, query, message] of cases) {
    it(name, async () => {
      const before = await databaseSnapshot(server.db);
      const result = await importFile(server.url, coap, { name }, { ...query, aplicar: 'sim' });
      const report = result.job?.report;
      expect(report?.isApplied).toBe(false);
      expect(report?.problems.map(describeProblem).join('\n')).toMatch(message);
      expect(await databaseSnapshot(server.db)).toBe(before);
    });
  }

  it('a município outside Mato Grosso, a period outside the plan, another coordenadoria’s indicator', async () => {
    const before = await databaseSnapshot(server.db);
    const text = [
      'indicador;ibge;periodo;numerador;denominador',
      '713;355030;2024-01;10;100',
      '713;510340;2031-01;10;100',
      '731;510340;2024-01;1;100',
      '713;510340;2024-02;200;100',
      '713;510340;2026-12;10;100',
    ].join('\n');
    const result = await importFile(
      server.url,
      coap,
      { name: 'misto.csv', bytes: new TextEncoder().encode(text) },
      { formato: 'modelo', aplicar: 'sim' },
    );
    const messages = result.job?.report?.problems.map(describeProblem) ?? [];
    expect(messages).toEqual([
      'Linha 2, coluna ibge: o município 355030 não existe em Mato Grosso.',
      'Linha 3, coluna periodo: período 2031-01 fora do painel: use anos de 2020 a 2027.',
      'Linha 4, coluna indicador: você não pode alterar o indicador 731: ele é da coordenadoria CACS.',
      'Linha 5, coluna numerador: regra "numerador ≤ denominador": o numerador (200) é maior que o denominador (100).',
      'Linha 6, coluna periodo: o período dez/2026 ainda não começou: só se registram valores até nov/2026, o mês em curso.',
    ]);
    expect(await databaseSnapshot(server.db)).toBe(before);
  });

  it('a 50 MB file is refused before it is read', async () => {
    const before = await databaseSnapshot(server.db);
    const result = await importFile(
      server.url,
      coap,
      { name: 'enorme.csv', bytes: new Uint8Array(50 * 1024 * 1024).fill(0x31) },
      { formato: 'modelo', aplicar: 'sim' },
    );
    expect(result.status).toBe(413);
    expect(result.error).toMatch(/Arquivo grande demais: o limite é 20 MB/);
    expect(await databaseSnapshot(server.db)).toBe(before);
  });

  it('a read token cannot import', async () => {
    const response = await fetch(`${server.url}/api/v1/imports?formato=modelo`, {
      method: 'POST',
      headers: { authorization: 'Bearer pt_inexistente' },
      body: 'x',
    });
    expect(response.status).toBe(401);
  });
});
