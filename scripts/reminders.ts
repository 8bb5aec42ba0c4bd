/**
 * npm run reminders: one pass of the e-mail reminders now, for a cron job or to try the settings
 * (README, "Lembretes por e-mail"). The same pass as the server's timer: what was already sent is
 * not sent again. Exit code 0 when nothing failed, 1 otherwise.
 */
import { readConfig } from '../server/config.ts';
import { createDb, migrateToLatest } from '../server/db/client.ts';
import { assertDatabaseReachable } from '../server/db/connection-errors.ts';
import { describeError } from '../server/logging.ts';
import { createSmtpMailer } from '../server/services/reminders/mailer.ts';
import { sendDueReminders } from '../server/services/reminders/send-reminders.ts';

let exitCode = 0;
try {
  const config = readConfig();
  if (!config.mail) {
    console.log(
      'Lembretes por e-mail desligados: defina SMTP_URL (ou SMTP_HOST) e MAIL_FROM. Nada foi enviado.',
    );
  } else {
    const db = createDb(config.databaseUrl);
    const mailer = createSmtpMailer(config.mail);
    try {
      await assertDatabaseReachable(db, config.databaseUrl);
      await migrateToLatest(db);
      const { sent, failed } = await sendDueReminders(db, mailer, new Date(), config.mail);
      console.log(
        `Lembretes por e-mail: ${sent} enviado(s), ${failed} com falha (tentados de novo na próxima passada).`,
      );
      if (failed > 0) exitCode = 1;
    } finally {
      mailer.close();
      await db.destroy();
    }
  }
} catch (error) {
  console.error(describeError(error));
  exitCode = 1;
}
process.exit(exitCode);
