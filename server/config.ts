import path from 'node:path';
import { type MailConfig, readMailConfig } from './services/reminders/mail-config.ts';

export type Config = {
  port: number;
  databaseUrl: string;
  /** Optional read-only replica of a PostgreSQL database, for pages and the read API. */
  readDatabaseUrl?: string;
  seedExampleData: boolean;
  isProduction: boolean;
  /** E-mail reminders; null when no SMTP server is configured. */
  mail: MailConfig | null;
};

/** Defaults serve the demo: http://localhost:3000 on var/painel.sqlite with the example data set. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  return {
    port,
    databaseUrl: env.DATABASE_URL ?? path.resolve('var/painel.sqlite'),
    readDatabaseUrl: env.DATABASE_READ_URL || undefined,
    seedExampleData: env.SEED_EXAMPLE_DATA !== 'false',
    isProduction: env.NODE_ENV === 'production',
    mail: readMailConfig(env, port),
  };
}
