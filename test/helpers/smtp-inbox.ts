/**
 * A local SMTP server for the reminder tests (smtp-server, port 0): it keeps every message it
 * accepts, decoded enough to read (recipients, subject, plain-text body), and can be told to refuse
 * them, as a mail server that is down or rejects the sender would.
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; subject: string; text: string };

export type SmtpInbox = {
  url: string;
  messages: ReceivedMail[];
  /** While true, every message is refused with a 451. */
  refuse: boolean;
  stop(): Promise<void>;
};

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const inbox: SmtpInbox = { url: '', messages: [], refuse: false, stop: async () => {} };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      callback(
        inbox.refuse ? Object.assign(new Error('Servidor indisponível'), { responseCode: 451 }) : null,
      );
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((recipient) => recipient.address);
        inbox.messages.push({ to, ...readMessage(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  inbox.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  inbox.stop = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return inbox;
}

/** Headers unfolded, the subject's encoded words and a single part's transfer encoding undone. */
function readMessage(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const headers = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const header = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(headers)?.[1] ?? '';
  const subject = header('Subject')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_all, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(quotedPrintable(data.replace(/_/g, ' ')), 'latin1').toString('utf8'),
    );
  const body = raw.slice(split + 4);
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body, 'base64')
      : Buffer.from(
          encoding === 'quoted-printable' ? quotedPrintable(body.replace(/=\r\n/g, '')) : body,
          'latin1',
        );
  return { subject, text: bytes.toString('utf8').replace(/\r\n/g, '\n') };
}

function quotedPrintable(text: string): string {
  return text.replace(/=([0-9A-F]{2})/gi, (_all, hex: string) =>
    String.fromCharCode(Number.parseInt(hex, 16)),
  );
}
