import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp } from './app.ts';
import { createDb, createReadDb, type Db, migrateToLatest, oneStartAtATime } from './db/client.ts';
import { assertDatabaseReachable } from './db/connection-errors.ts';
import { listIndicators } from './db/repositories/plan-repository.ts';
import { seedExampleData, seedReferenceData } from './db/seed.ts';
import { answerClientErrorsInPortuguese } from './http/client-errors.ts';
import { seedDemoUsers, usersWithDemoPasswords } from './services/demo-users.ts';
import { seedExampleActionHistory } from './services/example-action-history.ts';
import { seedExampleSemesterNarratives } from './services/example-semester-narratives.ts';
import { syncPlanificationAtStart } from './services/planification.ts';
import { backfillPlanificationRecords } from './services/planification-backfill.ts';
import type { MailConfig } from './services/reminders/mail-config.ts';
import { startReminderScheduler } from './services/reminders/reminder-scheduler.ts';
import { startHousekeeping } from './services/session-housekeeping.ts';

/** `db` writes; `readDb` is what pages and the read API read from (createReadDb). */
export type RunningServer = { db: Db; readDb: Db; server: Server; url: string; close(): Promise<void> };

/** Opens the database, migrates, seeds, and listens. Used by `npm start` and by the tests (port 0). */
export async function startServer(options: {
  databaseUrl: string;
  /** A read-only replica of the PostgreSQL database, for the readers (optional). */
  readDatabaseUrl?: string;
  port: number;
  seedExampleData: boolean;
  isProduction?: boolean;
  now?: () => Date;
  /** How often expired sessions and old login attempts are deleted (default: every hour). */
  housekeepingIntervalMs?: number;
  /** E-mail reminders: off (null or absent) unless SMTP is configured. */
  mail?: MailConfig | null;
}): Promise<RunningServer> {
  const now = options.now ?? (() => new Date());
  const isProduction = options.isProduction ?? false;
  const db = createDb(options.databaseUrl);
  let readDb: Db;
  try {
    await assertDatabaseReachable(db, options.databaseUrl);
    // Instances starting together on one PostgreSQL database migrate and seed one at a time.
    await oneStartAtATime(db, () => prepareDatabase(db, { ...options, now, isProduction }));
    readDb = createReadDb(options.databaseUrl, db, options.readDatabaseUrl);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  const app = createApp(db, readDb, {
    now,
    isProduction,
    sessionDb: options.readDatabaseUrl ? db : readDb,
  });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(options.port, () => resolve(listening));
  });
  answerClientErrorsInPortuguese(server);
  const housekeeping = startHousekeeping({ db, now, intervalMs: options.housekeepingIntervalMs });
  const reminders = options.mail ? startReminderScheduler(db, options.mail, now) : null;
  const { port } = server.address() as AddressInfo;
  return {
    db,
    readDb,
    server,
    url: `http://localhost:${port}`,
    async close() {
      await housekeeping.stop();
      await new Promise<void>((resolve, reject) =>
        server.close((error) => (error ? reject(error) : resolve())),
      );
      await reminders?.stop();
      if (readDb !== db) await readDb.destroy();
      await db.destroy();
    },
  };
}

async function prepareDatabase(
  db: Db,
  options: { seedExampleData: boolean; isProduction: boolean; now: () => Date },
): Promise<void> {
  await migrateToLatest(db);
  await seedReferenceData(db);
  if (options.isProduction) {
    const demoUsers = await usersWithDemoPasswords(db);
    if (demoUsers.length > 0) {
      throw new Error(
        `Produção recusada: os usuários ${demoUsers.join(', ')} ainda têm a senha de demonstração. ` +
          'Troque essas senhas (ou desative os usuários) na página Usuários antes de iniciar com NODE_ENV=production.',
      );
    }
  } else {
    await seedDemoUsers(db, options.now());
  }
  if (options.seedExampleData) {
    await seedExampleData(db, await listIndicators(db), options.now());
    await seedExampleActionHistory(db, options.now());
    await seedExampleSemesterNarratives(db, options.now());
  }
  // The planificação records are the source of PLAN-MUN/PROF/F1: made once from values loaded
  // before them, then the values follow the records (a new year gets its rows here).
  await backfillPlanificationRecords(db, options.now());
  await syncPlanificationAtStart(db, options.now());
}
