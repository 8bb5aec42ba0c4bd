import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../shared/import/problems.ts';
import { decodeText } from './decode.ts';
import { parseMonthLabel, parseTabnet, parseTabnetPeriod, type TabnetResult } from './tabnet.ts';

const FIXTURES = new URL('../../test/fixtures/import/', import.meta.url);

function fixtureText(name: string): string {
  const decoded = decodeText(readFileSync(new URL(name, FIXTURES)));
  if ('problem' in decoded) throw new Error(decoded.problem);
  return decoded.text;
}

const tabnet = (...lines: string[]): TabnetResult => parseTabnet(`${lines.join('\r\n')}\r\n`);
const valuesOf = (result: TabnetResult) =>
  result.cells.map(({ ibge, period, value }) => `${ibge} ${period} ${value}`);

describe('parseTabnetPeriod', () => {
  it.each([
    ['2023', '2023'],
    ['2023/Jan', '2023-01'],
    ['Jan/2023', '2023-01'],
    ['2023 Fev', '2023-02'],
    ['mar/2024', '2024-03'],
    ['DEZ/2024', '2024-12'],
    ['2024-07', '2024-07'],
    [' 2024/Set ', '2024-09'],
  ])('reads %j as %s', (label, period) => {
    expect(parseTabnetPeriod(label)).toBe(period);
  });

  it.each([
    'Total',
    'Município',
    'Jan',
    '2023/Xyz',
    '2024-13',
    '1523',
    '510340',
    'Masc',
    'Período: 2019-2023',
  ])('does not take %j for a period', (label) => {
    expect(parseTabnetPeriod(label)).toBeNull();
  });
});

describe('parseTabnet with the fixtures', () => {
  it('reads yearly columns, `-` as zero, and skips the Total row, Total column and notes', () => {
    const result = parseTabnet(fixtureText('tabnet-anos-latin1.csv'));
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.periods).toEqual(['2021', '2022', '2023']);
    expect(result.cells).toHaveLength(8 * 3);
    expect(result.cells.slice(0, 3)).toEqual([
      { line: 5, column: '2021', ibge: '510010', municipalityName: 'Acorizal', period: '2021', value: 4 },
      { line: 5, column: '2022', ibge: '510010', municipalityName: 'Acorizal', period: '2022', value: 0 },
      { line: 5, column: '2023', ibge: '510010', municipalityName: 'Acorizal', period: '2023', value: 3 },
    ]);
    expect(result.cells.filter((cell) => cell.ibge === '510840').map((cell) => cell.value)).toEqual([
      501, 476, 489,
    ]);
    expect(result.cells.at(-1)).toMatchObject({ line: 12, municipalityName: 'Várzea Grande' });
  });

  it('reads `2024/Jan` months, warns about `...` and the ignored-município row', () => {
    const result = parseTabnet(fixtureText('tabnet-meses-latin1.csv'));
    expect(result.problems).toEqual([]);
    expect(result.periods).toEqual(
      Array.from({ length: 12 }, (_, i) => `2024-${String(i + 1).padStart(2, '0')}`),
    );
    expect(result.cells).toHaveLength(3 * 12 - 1);
    expect(result.cells.find((cell) => cell.ibge === '510340' && cell.period === '2024-12')).toMatchObject({
      column: '2024/Dez',
      value: 801,
    });
    expect(result.warnings.map(describeProblem)).toEqual([
      'Linha 7, coluna 2024/Dez: "..." é dado não disponível no TabNet; a célula foi ignorada.',
      'Linha 8, coluna Município: "510000 Município ignorado - MT" não é um município identificado: não entra em nenhum território.',
    ]);
  });

  it('reads `Jan/2025` months and 7-digit codes', () => {
    const result = parseTabnet(fixtureText('tabnet-mes-ano-latin1.csv'));
    expect(result.problems).toEqual([]);
    expect(result.periods).toEqual(['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06']);
    expect(valuesOf(result).slice(0, 2)).toEqual(['5103403 2025-01 702', '5103403 2025-02 655']);
    expect(result.cells).toHaveLength(3 * 6);
  });

  it('refuses a table whose columns are not periods, with one clear sentence', () => {
    const result = parseTabnet(fixtureText('quebrado-sem-cabecalho-tabnet.csv'));
    expect(result.cells).toEqual([]);
    expect(result.problems.map(describeProblem)).toEqual([
      'Não encontrei a linha de cabeçalho com os períodos (anos ou meses) nas colunas. No TabNet, escolha "Município" em Linha e "Ano" ou "Ano/mês" em Coluna, e use "Copia como .CSV".',
    ]);
  });

  it('uses only códigos of real MT municípios', () => {
    const known = new Set(
      readFileSync(new URL('../../data/territory/municipios.csv', import.meta.url), 'utf8')
        .split('\n')
        .flatMap((line) => line.split(',').slice(0, 2)),
    );
    const files = readdirSync(FIXTURES).filter((name) => name.startsWith('tabnet-'));
    const codes = files.flatMap((name) => parseTabnet(fixtureText(name)).cells.map((cell) => cell.ibge));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.filter((code) => !known.has(code))).toEqual([]);
  });
});

describe('parseTabnet rules', () => {
  const HEADER = '"Município";"2022";"2023";"Total"';

  it('finds the header below title lines whatever the first cell says, and without a Total column', () => {
    const result = tabnet('Título', '"Período:2022-2023"', '"Munic-MT";"2022";"2023"', '"510340 Cuiabá";1;2');
    expect(valuesOf(result)).toEqual(['510340 2022 1', '510340 2023 2']);
  });

  it('reports text in a number cell with line and column', () => {
    const result = tabnet(HEADER, '"510340 Cuiabá";12;9a;21');
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 2, coluna 2023: "9a" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
    ]);
    expect(valuesOf(result)).toEqual(['510340 2022 12']);
  });

  it('reports a row without a código, and a município given twice on both lines', () => {
    const result = tabnet(
      HEADER,
      '"Cuiabá";1;2;3',
      '"510840 Várzea Grande";1;2;3',
      '"5108402 Várzea Grande";1;2;3',
    );
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 2, coluna Município: "Cuiabá" não começa com o código do município (6 ou 7 algarismos, como em "510340 Cuiabá").',
      'Linha 3, coluna Município: repete o município da linha 4: deixe só uma delas.',
      'Linha 4, coluna Município: repete o município da linha 3: deixe só uma delas.',
    ]);
  });

  it('skips ignored-município rows with or without a code, as warnings', () => {
    const result = tabnet(
      HEADER,
      '"MUNICIPIO IGNORADO - MT";1;-;1',
      '"5100000 Ignorado";1;-;1',
      '"510340 Cuiabá";1;2;3',
      '"Total";3;2;5',
    );
    expect(result.problems).toEqual([]);
    expect(result.warnings.map((warning) => warning.line)).toEqual([2, 3]);
    expect(valuesOf(result)).toEqual(['510340 2022 1', '510340 2023 2']);
  });

  it('ends the table at the first blank line, note or free text, ignoring what follows', () => {
    for (const ending of ['', 'Fonte: SIM', 'Nota: dados preliminares', '"Consulte o site da SES"']) {
      const result = tabnet(
        HEADER,
        '"510340 Cuiabá";1;2;3',
        '"Total";1;2;3',
        ending,
        '"Qualquer coisa";x;y;z',
        '"abre aspas',
      );
      expect(result.problems).toEqual([]);
      expect(result.cells).toHaveLength(2);
    }
  });

  it('keeps reading after the Total row, and reads decimals and empty cells', () => {
    const result = tabnet(HEADER, '"Total";5;6;11', '"510340 Cuiabá";12,5;;12,5');
    expect(valuesOf(result)).toEqual(['510340 2022 12.5']);
    expect(result.warnings).toEqual([{ line: 3, column: '2023', reason: 'célula vazia; foi ignorada.' }]);
  });

  it('warns about non-period columns and refuses a period given twice', () => {
    const result = tabnet('"Município";"2023/Jan";"Jan/2023";"Ign";"Total"', '"510340 Cuiabá";1;2;3;6');
    expect(result.warnings.map(describeProblem)).toEqual([
      'Linha 1, coluna Ign: esta coluna não é um ano nem um mês e foi ignorada.',
    ]);
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 1, coluna Jan/2023: é o mesmo período da coluna "2023/Jan".',
    ]);
  });

  it('refuses a row wider than the header and a header with no rows below', () => {
    expect(tabnet(HEADER, '"510340 Cuiabá";1;2;3;4').problems.map(describeProblem)).toEqual([
      'Linha 2: a linha tem 5 colunas, mas o cabeçalho (linha 1) tem 4.',
    ]);
    expect(tabnet('Título', HEADER, '', 'Fonte: SIM').problems.map(describeProblem)).toEqual([
      'Linha 3: a tabela não tem nenhuma linha de município abaixo do cabeçalho.',
    ]);
  });

  it('does not mistake a data row of four-digit counts for the header', () => {
    const result = tabnet('Título', '"510340 Cuiabá";2019;2020');
    expect(result.problems.map((problem) => problem.line)).toEqual([0]);
  });
});

describe('parseTabnet checks the file against itself (issue 10)', () => {
  const MONTHS = '"Município";"Jan";"Fev";"Mar";"Total"';

  it('reads month columns without a year from the `Período:` line, and full month names', () => {
    const result = tabnet('Período: 2023', MONTHS, '"510340 CUIABA";1;-;2;3', '"Total";1;0;2;3');
    expect(result.problems).toEqual([]);
    expect(valuesOf(result)).toEqual(['510340 2023-01 1', '510340 2023-02 0', '510340 2023-03 2']);
    expect(parseMonthLabel('Março')).toBe(3);
    expect(parseMonthLabel('dez.')).toBe(12);
    expect(parseMonthLabel('Ign')).toBeNull();
    const fullNames = tabnet(
      'Nascim p/resid.mãe por Município e Mês do Nascimento',
      'Período:Jan/2024-Dez/2024',
      '"Município";"Janeiro";"Fevereiro";"Total"',
      '"510340 CUIABA";700;650;1350',
      '"Total";700;650;1350',
    );
    expect(fullNames.periods).toEqual(['2024-01', '2024-02']);
  });

  it('refuses months without a year when the title does not name exactly one', () => {
    expect(tabnet(MONTHS, '"510340 CUIABA";1;-;2;3', '"Total";1;0;2;3').problems[0]?.reason).toMatch(
      /^a coluna é um mês sem ano, e o título do arquivo não diz o ano/,
    );
    expect(
      tabnet('Período: 2022-2023', MONTHS, '"510340 CUIABA";1;-;2;3', '"Total";1;0;2;3').problems[0]?.reason,
    ).toMatch(/cobre mais de um ano \(Período: 2022-2023\)/);
  });

  it('refuses a year column outside the title’s period', () => {
    const result = tabnet(
      'Período: 2023',
      '"Município";"2022";"Total"',
      '"510340 CUIABA";5;5',
      '"Total";5;5',
    );
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 2, coluna 2022: a coluna é de 2022, mas o título do arquivo diz "Período: 2023": confira se é o arquivo certo.',
    ]);
  });

  it('compares the Total row with the rows, unidentified ones included', () => {
    const header = '"Município";"2022";"2023";"Total"';
    const rows = ['"510340 CUIABA";10;20;30', '"MUNICIPIO IGNORADO - MT";1;-;1'];
    const good = tabnet(header, ...rows, '"Total";11;20;31');
    expect(good.problems).toEqual([]);
    expect(good.unidentified).toEqual({ rows: 1, total: 1 });
    // The unidentified row enters no territory: its cells are not values.
    expect(valuesOf(good)).toEqual(['510340 2022 10', '510340 2023 20']);
    const offByOne = tabnet(header, ...rows, '"Total";12;20;32');
    expect(offByOne.problems.map(describeProblem)).toEqual([
      'Linha 4, coluna 2022: a linha Total diz 12, mas as linhas do arquivo somam 11: o arquivo está incompleto ou foi alterado. Baixe de novo do TabNet.',
    ]);
  });

  it('refuses a file without its Total row: the download may have been cut', () => {
    const result = tabnet('"Município";"2022";"Total"', '"510340 CUIABA";10;10');
    expect(result.problems.map(describeProblem)).toEqual([
      'O arquivo não tem a linha "Total" que o TabNet escreve abaixo dos municípios: o download pode ter sido interrompido. Baixe de novo e importe o arquivo inteiro.',
    ]);
  });

  it('notices a title selection that cuts the state, and not other selections', () => {
    const cut = tabnet(
      'Região de Saúde (CIR): 51002 Baixada Cuiabana',
      'Período: 2022',
      '"Município";"2022";"Total"',
      '"510340 CUIABA";1;1',
      '"Total";1;1',
    );
    expect(cut.territorySelection).toBe('Região de Saúde (CIR): 51002 Baixada Cuiabana');
    const whole = tabnet(
      'Faixa Etária: Menor 1 ano',
      'Período: 2022',
      '"Município";"2022";"Total"',
      '"510340 CUIABA";1;1',
      '"Total";1;1',
    );
    expect(whole.territorySelection).toBeNull();
  });
});
