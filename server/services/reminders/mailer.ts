/** The one way the server sends an e-mail: nodemailer over SMTP, behind a small interface the tests can replace. */
import nodemailer from 'nodemailer';
import type { MailConfig } from './mail-config.ts';

export type OutgoingMail = { to: string; subject: string; text: string };

export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

export function createSmtpMailer(config: Pick<MailConfig, 'smtp' | 'from'>): Mailer {
  const transport = nodemailer.createTransport(config.smtp, { from: config.from });
  return {
    async send(mail) {
      await transport.sendMail(mail);
    },
    close() {
      transport.close();
    },
  };
}
