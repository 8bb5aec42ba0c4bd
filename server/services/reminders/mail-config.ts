/**
 * The reminders' settings, from the environment (README, "Lembretes por e-mail"). Without an SMTP
 * server nothing is sent and nothing fails: `readMailConfig` answers null.
 */
import { DEFAULT_REMINDER_DAYS_BEFORE } from '../../../shared/domain/reminder-schedule.ts';

export type SmtpSettings =
  | string
  | { host: string; port: number; secure: boolean; auth?: { user: string; pass: string } };

export type MailConfig = {
  /** An `smtp://` / `smtps://` URL, or host and port (nodemailer's transport options). */
  smtp: SmtpSettings;
  from: string;
  /** Where the links in the e-mails lead (no trailing slash). */
  appUrl: string;
  daysBefore: number;
};

export function readMailConfig(env: NodeJS.ProcessEnv, port: number): MailConfig | null {
  const smtp = smtpSettings(env);
  if (smtp === null) return null;
  if (!env.MAIL_FROM)
    throw new Error(
      'Lembretes por e-mail: informe MAIL_FROM (o remetente, ex.: "Painel SAS <painel@saude.mt.gov.br>").',
    );
  const daysBefore = Number(env.REMINDER_DAYS_BEFORE ?? DEFAULT_REMINDER_DAYS_BEFORE);
  if (!Number.isInteger(daysBefore) || daysBefore < 1 || daysBefore > 30)
    throw new Error('Lembretes por e-mail: REMINDER_DAYS_BEFORE deve ser um número inteiro de 1 a 30.');
  return {
    smtp,
    from: env.MAIL_FROM,
    appUrl: (env.APP_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    daysBefore,
  };
}

function smtpSettings(env: NodeJS.ProcessEnv): SmtpSettings | null {
  if (env.SMTP_URL) return env.SMTP_URL;
  if (!env.SMTP_HOST) return null;
  const secure = env.SMTP_SECURE === 'true';
  return {
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? (secure ? 465 : 587)),
    secure,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? '' } } : {}),
  };
}
