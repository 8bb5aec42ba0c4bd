import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { describeProblem } from '../../shared/import/problems.ts';
import { decodeText } from './decode.ts';
import { parseTemplateCsv, parseTemplateXlsx } from './template.ts';

const fixtureBytes = (name: string): Uint8Array =>
  readFileSync(new URL(`../../test/fixtures/import/${name}`, import.meta.url));

function fixtureText(name: string): string {
  const decoded = decodeText(fixtureBytes(name));
  if ('problem' in decoded) throw new Error(decoded.problem);
  return decoded.text;
}

const HEADER = 'indicador;ibge;periodo;numerador;denominador';
const csv = (...lines: string[]): string => `${lines.join('\r\n')}\r\n`;

async function xlsxOf(rows: ExcelJS.CellValue[][]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Plan1');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const VALID_ROWS = [
  { line: 2, indicatorCode: '713', ibge: '510340', period: '2024-01', numerator: 152, denominator: 1234 },
  { line: 3, indicatorCode: '713', ibge: '510340', period: '2024-02', numerator: 148, denominator: 1198 },
  { line: 4, indicatorCode: '713', ibge: '5108402', period: '2024-01', numerator: 97, denominator: 842 },
  { line: 5, indicatorCode: '714', ibge: '510010', period: '2024-01', numerator: 4910.5, denominator: 5014 },
  {
    line: 6,
    indicatorCode: '714',
    ibge: '510340',
    period: '2024-01',
    numerator: 498120,
    denominator: 650877,
  },
];

describe('parseTemplateCsv with the fixtures', () => {
  it('reads modelo-valido.csv (`;`, decimal comma, thousands)', () => {
    expect(parseTemplateCsv(fixtureText('modelo-valido.csv'))).toEqual({ rows: VALID_ROWS, problems: [] });
  });

  it('reads a count without denominador', () => {
    expect(
      parseTemplateCsv('indicador;ibge;periodo;numerador;denominador\nRAS-CIB;510340;2024;2;\n').rows,
    ).toEqual([
      { line: 2, indicatorCode: 'RAS-CIB', ibge: '510340', period: '2024', numerator: 2, denominator: null },
    ]);
  });

  it('reads modelo-valido-virgula.csv (`,`, decimal point, accented header, quoted decimal comma)', () => {
    expect(parseTemplateCsv(fixtureText('modelo-valido-virgula.csv'))).toEqual({
      rows: [
        {
          line: 2,
          indicatorCode: '713',
          ibge: '510340',
          period: '2024-03',
          numerator: 150,
          denominator: 1240,
        },
        {
          line: 3,
          indicatorCode: '714',
          ibge: '510760',
          period: '2024-03',
          numerator: 198240.5,
          denominator: 244911,
        },
        {
          line: 4,
          indicatorCode: '714',
          ibge: '510790',
          period: '2024-03',
          numerator: 130512.25,
          denominator: 146005,
        },
        {
          line: 5,
          indicatorCode: '713',
          ibge: '510790',
          period: '2024-03',
          numerator: 61,
          denominator: 702,
        },
      ],
      problems: [],
    });
  });

  it('reports text in a number column with line, column and the cell', () => {
    const result = parseTemplateCsv(fixtureText('quebrado-texto-em-numero.csv'));
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 3, coluna numerador: "12a" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
      'Linha 4, coluna denominador: "8 42" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([2]);
  });

  it('reports every line of a duplicated row, 6- and 7-digit codes being the same município', () => {
    const result = parseTemplateCsv(fixtureText('quebrado-duplicado.csv'));
    expect(result.problems).toEqual([
      {
        line: 2,
        column: '',
        reason: 'repete o indicador, o município e o período da linha 4: deixe só uma delas.',
      },
      {
        line: 3,
        column: '',
        reason: 'repete o indicador, o município e o período da linha 5: deixe só uma delas.',
      },
      {
        line: 4,
        column: '',
        reason: 'repete o indicador, o município e o período da linha 2: deixe só uma delas.',
      },
      {
        line: 5,
        column: '',
        reason: 'repete o indicador, o município e o período da linha 3: deixe só uma delas.',
      },
    ]);
    expect(result.rows.map((row) => row.line)).toEqual([6]);
  });

  it('reports códigos IBGE that are not 6 or 7 digits', () => {
    const result = parseTemplateCsv(fixtureText('quebrado-ibge-invalido.csv'));
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 3, coluna ibge: "51034" não é um código IBGE de município: use 6 ou 7 algarismos, como 510340 ou 5103403.',
      'Linha 4, coluna ibge: "Cuiabá" não é um código IBGE de município: use 6 ou 7 algarismos, como 510340 ou 5103403.',
    ]);
  });
});

describe('parseTemplateCsv rules', () => {
  it('accepts any column order and ignores columns it does not know', () => {
    const result = parseTemplateCsv(
      csv('Município;PERIODO;ibge;Numerador;indicador', 'Cuiabá;2025;510340;7;713'),
    );
    expect(result).toEqual({
      rows: [
        { line: 2, indicatorCode: '713', ibge: '510340', period: '2025', numerator: 7, denominator: null },
      ],
      problems: [],
    });
  });

  it('names every missing required column', () => {
    const result = parseTemplateCsv(csv('indicador;ibge;valor', '713;510340;5'));
    expect(result.rows).toEqual([]);
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 1: falta a coluna obrigatória "periodo" no cabeçalho (encontrei: "indicador", "ibge", "valor").',
      'Linha 1: falta a coluna obrigatória "numerador" no cabeçalho (encontrei: "indicador", "ibge", "valor").',
    ]);
  });

  it('says the header is missing when the first line holds data', () => {
    const result = parseTemplateCsv(csv('713;510340;2024-01;5;10'));
    expect(result.problems).toHaveLength(1);
    expect(describeProblem(result.problems[0] ?? { line: 0, column: '', reason: '' })).toMatch(
      /^Linha 1: não encontrei o cabeçalho do modelo\. A primeira linha deve ter as colunas indicador, ibge, periodo/,
    );
  });

  it('refuses a column given twice', () => {
    expect(parseTemplateCsv(csv(`${HEADER};ibge`, '713;510340;2024;1;2;510340')).problems).toEqual([
      { line: 1, column: 'ibge', reason: 'a coluna aparece duas vezes no cabeçalho.' },
    ]);
  });

  it('checks required cells and periods, one problem per cell', () => {
    const result = parseTemplateCsv(
      csv(
        HEADER,
        ';510340;2024-01;1;2',
        '713;;2024-13;;2',
        '713;510340;03/2024;1;2',
        '713;510340;2024-1;1;2',
      ),
    );
    expect(result.rows).toEqual([]);
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 2, coluna indicador: falta o código do indicador.',
      'Linha 3, coluna ibge: falta o código IBGE do município.',
      'Linha 3, coluna periodo: "2024-13": o mês deve ser de 01 a 12.',
      'Linha 3, coluna numerador: falta o numerador.',
      'Linha 4, coluna periodo: "03/2024" não é um período: use AAAA para o ano (2024) ou AAAA-MM para o mês (2024-03).',
      'Linha 5, coluna periodo: "2024-1" não é um período: use AAAA para o ano (2024) ou AAAA-MM para o mês (2024-03).',
    ]);
  });

  it('reads a TabNet dash as zero and keeps file line numbers across blank lines and multi-line cells', () => {
    const result = parseTemplateCsv(
      csv(
        'indicador;ibge;periodo;numerador;observacao',
        '',
        '713;510340;2024-01;-;"primeira linha',
        'segunda linha"',
        ';;;;',
        '713;x;2024;1;',
      ),
    );
    expect(result.rows).toEqual([
      { line: 3, indicatorCode: '713', ibge: '510340', period: '2024-01', numerator: 0, denominator: null },
    ]);
    expect(result.problems).toEqual([expect.objectContaining({ line: 6, column: 'ibge' })]);
  });

  it('refuses a row wider than the header, the sign of a decimal comma in a `,` file', () => {
    const result = parseTemplateCsv(
      'indicador,ibge,periodo,numerador,denominador\n713,510340,2024-01,12,5,100\n',
    );
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 2: a linha tem 6 colunas, mas o cabeçalho tem 5. Se o separador é a vírgula, escreva os decimais com ponto (1234.5) ou entre aspas ("1234,5").',
    ]);
  });

  it('reports an unclosed quote and a file with a header only', () => {
    expect(parseTemplateCsv(csv(HEADER, '713;"510340;2024;1;2')).problems).toEqual([
      { line: 2, column: '', reason: 'há aspas (") abertas que não se fecham nesta linha.' },
    ]);
    expect(parseTemplateCsv(csv(HEADER, ';;;;')).problems).toEqual([
      { line: 2, column: '', reason: 'o arquivo não tem nenhuma linha de dados abaixo do cabeçalho.' },
    ]);
  });

  it('reads 200,000 rows (about 6 MB)', () => {
    const lines = [HEADER];
    for (let index = 0; index < 200_000; index++) {
      const ibge = 500_000 + (index % 100_000);
      const month = index < 100_000 ? '01' : '02';
      lines.push(`713;${ibge};2024-${month};${index % 1000},5;12.${String(index % 1000).padStart(3, '0')}`);
    }
    const text = lines.join('\r\n');
    expect(text.length).toBeGreaterThan(6_000_000);
    const result = parseTemplateCsv(text);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(200_000);
  });
});

describe('parseTemplateXlsx', () => {
  it('reads modelo-valido.xlsx like its CSV twin: numbers, pt-BR text, a date as its month', async () => {
    expect(await parseTemplateXlsx(fixtureBytes('modelo-valido.xlsx'))).toEqual({
      rows: VALID_ROWS,
      problems: [],
    });
  });

  it('numbers lines by Excel row and reports Excel errors and text in number cells', async () => {
    const bytes = await xlsxOf([
      [],
      ['indicador', 'ibge', 'periodo', 'numerador', 'denominador'],
      [713, 510340, '2024-01', { formula: '1/0', result: { error: '#DIV/0!' } }, 10],
      [713, 510340, '2024-02', '12a', { formula: '5*2', result: 10 }],
      [713, 510340, '2024-03', { richText: [{ text: '1.2' }, { text: '34' }] }, 1500],
    ]);
    const result = await parseTemplateXlsx(bytes);
    expect(result.problems.map(describeProblem)).toEqual([
      'Linha 3, coluna numerador: a célula mostra o erro #DIV/0! do Excel; corrija a fórmula ou digite o valor.',
      'Linha 4, coluna numerador: "12a" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
    ]);
    expect(result.rows).toEqual([
      {
        line: 5,
        indicatorCode: '713',
        ibge: '510340',
        period: '2024-03',
        numerator: 1234,
        denominator: 1500,
      },
    ]);
  });

  it('refuses a file that is not an .xlsx', async () => {
    const result = await parseTemplateXlsx(new TextEncoder().encode(HEADER));
    expect(result.problems.map(describeProblem)).toEqual([
      'O arquivo não é uma planilha .xlsx válida: abra no Excel e salve como "Pasta de Trabalho do Excel (.xlsx)".',
    ]);
  });
});
