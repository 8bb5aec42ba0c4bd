import { readConfig } from './config.ts';
import { describeDatabaseUrl } from './db/client.ts';
import { startServer } from './start.ts';

try {
  const config = readConfig();
  const running = await startServer({
    databaseUrl: config.databaseUrl,
    readDatabaseUrl: config.readDatabaseUrl,
    port: config.port,
    seedExampleData: config.seedExampleData,
    isProduction: config.isProduction,
    mail: config.mail,
  });
  console.log(
    `Painel do Plano Estratégico SAS em ${running.url} (banco: ${describeDatabaseUrl(config.databaseUrl)}; ` +
      `lembretes por e-mail ${config.mail ? 'ligados' : 'desligados: sem SMTP_URL ou SMTP_HOST'})`,
  );
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      void running.close().then(() => process.exit(0));
    });
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
