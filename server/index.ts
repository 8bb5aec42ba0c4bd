import { readConfig } from './config.ts';
import { describeDatabaseUrl } from './db/client.ts';
import { startServer } from './start.ts';

const config = readConfig();
try {
  const running = await startServer({
    databaseUrl: config.databaseUrl,
    readDatabaseUrl: config.readDatabaseUrl,
    port: config.port,
    seedExampleData: config.seedExampleData,
    isProduction: config.isProduction,
  });
  console.log(
    `Painel do Plano Estratégico SAS em ${running.url} (banco: ${describeDatabaseUrl(config.databaseUrl)})`,
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
