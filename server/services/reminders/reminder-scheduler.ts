/**
 * The reminders' timer in the server process: a pass soon after start, then every half hour. The
 * timer never keeps the process alive (`unref`), a pass never overlaps the previous one, and a
 * failing pass is logged and waits for the next tick: it cannot crash the server or delay a request.
 * Several instances may run it: the claims in `reminder_sends` keep every e-mail single.
 */
import type { Db } from '../../db/client.ts';
import { logError } from '../../logging.ts';
import type { MailConfig } from './mail-config.ts';
import { createSmtpMailer } from './mailer.ts';
import { sendDueReminders } from './send-reminders.ts';

const PASS_EVERY_MS = 30 * 60_000;
/** After start, once the server is answering (an instance restarting many times sends nothing twice anyway). */
const FIRST_PASS_AFTER_MS = 60_000;

export function startReminderScheduler(
  db: Db,
  config: MailConfig,
  now: () => Date,
): { stop(): Promise<void> } {
  const mailer = createSmtpMailer(config);
  let running: Promise<void> | null = null;
  const pass = () => {
    if (running) return;
    running = sendDueReminders(db, mailer, now(), config)
      .then(() => undefined)
      .catch((error: unknown) => logError('Lembretes por e-mail: a passada falhou', error))
      .finally(() => {
        running = null;
      });
  };
  const first = setTimeout(pass, FIRST_PASS_AFTER_MS).unref();
  const every = setInterval(pass, PASS_EVERY_MS).unref();
  return {
    async stop() {
      clearTimeout(first);
      clearInterval(every);
      await running;
      mailer.close();
    },
  };
}
