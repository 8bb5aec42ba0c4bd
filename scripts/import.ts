/**
 * npm run import -- FILE [--formato modelo|tabnet] [--indicador CÓDIGO] [--conteudo numerador|denominador] [--justificativa TEXTO] [--previa]
 * Imports into the database of DATABASE_URL with the same rules as the page. Exit code 0 only
 * when the import was applied; 2 for a preview; 1 when the file was refused.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../server/config.ts';
import { createDb, migrateToLatest } from '../server/db/client.ts';
import { assertDatabaseReachable } from '../server/db/connection-errors.ts';
import { AppError } from '../server/errors.ts';
import { describeError } from '../server/logging.ts';
import { runImport } from '../server/services/data-import.ts';
import { describeProblem } from '../shared/import/problems.ts';

const USAGE = `Uso: npm run import -- ARQUIVO [opções]

  --formato modelo|tabnet        modelo publicado (CSV ou XLSX; padrão) ou exportação do TabNet
  --indicador CÓDIGO             TabNet: o indicador que o arquivo alimenta (ex.: 718)
  --conteudo numerador|denominador   TabNet: o que os números do arquivo são
  --justificativa TEXTO          por que os valores fora do habitual estão certos (exigida quando há)
  --previa                       só mostra o que mudaria, sem gravar

O banco é o de DATABASE_URL (padrão var/painel.sqlite; também aceita postgres://…).`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        formato: { type: 'string', default: 'modelo' },
        indicador: { type: 'string' },
        conteudo: { type: 'string' },
        justificativa: { type: 'string' },
        previa: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    // Node's own parser speaks English: say it in Portuguese.
    const option = error instanceof Error ? /'([^']+)'/.exec(error.message)?.[1] : undefined;
    return fail(`Opção não reconhecida${option ? `: ${option}` : ''}.\n\n${USAGE}`);
  }
})();

const file = positionals[0];
if (!file) fail(USAGE);
if (!fs.existsSync(file)) fail(`Arquivo não encontrado: ${file}`);
if (values.formato !== 'modelo' && values.formato !== 'tabnet')
  fail(`Formato desconhecido: ${values.formato}\n\n${USAGE}`);
if (values.conteudo && values.conteudo !== 'numerador' && values.conteudo !== 'denominador')
  fail(`Conteúdo desconhecido: ${values.conteudo}\n\n${USAGE}`);

const config = readConfig();
/**
 * A write that did not happen for a reason other than the file: another write got there first (a
 * conflict), or the database stayed busy with another process past its 30-second wait. Exit 3.
 */
function notWritten(error: unknown): never {
  const busy = (error as { code?: unknown }).code === 'SQLITE_BUSY';
  const reason =
    error instanceof AppError
      ? error.message
      : busy
        ? 'O banco ficou ocupado por outra gravação por mais de 30 segundos.'
        : `Erro inesperado (${describeError(error).slice(0, 300)}).`;
  console.error(`\nNada foi gravado: ${reason} Rode o comando de novo.`);
  process.exit(3);
}

const db = createDb(config.databaseUrl);
try {
  await assertDatabaseReachable(db, config.databaseUrl).catch(notWritten);
  await migrateToLatest(db);
  const report = await runImport(
    db,
    { kind: 'cli', username: `linha de comando (${os.userInfo().username})` },
    {
      bytes: new Uint8Array(fs.readFileSync(file)),
      fileName: path.basename(file),
      format: values.formato === 'modelo' ? 'template' : 'tabnet',
      indicatorCode: values.indicador,
      half:
        values.conteudo === undefined
          ? undefined
          : values.conteudo === 'numerador'
            ? 'numerator'
            : 'denominator',
      justification: values.justificativa ?? null,
    },
    { apply: !values.previa, now: new Date() },
  ).catch(notWritten);
  console.log(
    `Arquivo: ${report.fileName} (${report.rowCount} ${report.rowCount === 1 ? 'linha' : 'linhas'} de dados)`,
  );
  console.log(
    `Novos: ${report.toCreate} · alterados: ${report.toUpdate} · iguais ao que já está gravado: ${report.unchanged}`,
  );
  if (report.unidentified)
    console.log(
      `Sem município: ${report.unidentified.rows} ${report.unidentified.rows === 1 ? 'linha' : 'linhas'} (${report.unidentified.total} registros), que não entram em nenhum território.`,
    );
  if (report.zeroFilled > 0)
    console.log(
      `Ausentes do arquivo: ${report.zeroFilled} municípios de Mato Grosso, que entram com 0 (o TabNet omite as linhas zeradas).`,
    );
  for (const warning of report.warnings) console.log(`Aviso: ${describeProblem(warning)}`);
  for (const unusual of report.unusual)
    console.log(
      `Fora do habitual: ${describeProblem({ line: unusual.line, column: unusual.column, reason: unusual.text })}`,
    );
  if (report.problemCount > 0) {
    const problems = report.problemCount === 1 ? '1 problema' : `${report.problemCount} problemas`;
    console.error(`\nArquivo recusado: ${problems}. Nada foi gravado.`);
    for (const problem of report.problems) console.error(`  ${describeProblem(problem)}`);
    process.exitCode = 1;
  } else if (report.isApplied) {
    console.log(
      report.toCreate + report.toUpdate === 0
        ? '\nNada a gravar: o banco já tinha esses valores.'
        : '\nImportação aplicada.',
    );
  } else {
    console.log('\nPrévia: nada foi gravado. Rode sem --previa para aplicar.');
    process.exitCode = 2;
  }
} finally {
  await db.destroy();
}
