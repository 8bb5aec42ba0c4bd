/**
 * E-mail reminders through a real SMTP server started by the test, on the example data: the
 * reunião de condução being prepared is November's, on Tuesday 03/11/2026, so on 30/10/2026 the
 * "before" reminder is due (five days ahead by default). The clock of each pass is given to it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSmtpMailer, type Mailer } from '../../server/services/reminders/mailer.ts';
import { MAX_REMINDER_ATTEMPTS, sendDueReminders } from '../../server/services/reminders/send-reminders.ts';
import { type SmtpInbox, startSmtpInbox } from '../helpers/smtp-inbox.ts';
import { logInAs, startTestServer, type TestServer } from '../helpers/test-server.ts';
import { trpcAs } from '../helpers/trpc-client.ts';

const BEFORE = new Date('2026-10-30T12:00:00-04:00');
const CONFIG = { appUrl: 'https://painel.saude.mt.gov.br', daysBefore: 5 };

let server: TestServer;
let inbox: SmtpInbox;
let mailer: Mailer;
let admin: ReturnType<typeof trpcAs>;

async function setEmail(username: string, email: string) {
  const user = (await admin.admin.users.query()).find((candidate) => candidate.username === username);
  if (!user) throw new Error(`usuário ${username} não encontrado`);
  await admin.admin.updateUser.mutate({
    id: user.id,
    version: user.version,
    displayName: user.displayName,
    role: user.role,
    email,
    isActive: user.isActive,
    coordinationCodes: user.coordinationCodes,
    territoryCodes: user.territoryCodes,
  });
}

beforeEach(async () => {
  server = await startTestServer({ seedExampleData: true });
  inbox = await startSmtpInbox();
  mailer = createSmtpMailer({ smtp: inbox.url, from: 'Painel SAS <painel@saude.mt.gov.br>' });
  admin = trpcAs(server.url, server.adminCookie);
  await setEmail('coap', 'Coap@Saude.MT.gov.br');
  // A gestor regional answers for no pendência: nothing to say, no e-mail.
  await setEmail('norte', 'norte@saude.mt.gov.br');
});

afterEach(async () => {
  mailer.close();
  await inbox.stop();
  await server.stop();
});

describe('e-mail reminders', () => {
  it('sends each user with an e-mail their pendências, in Portuguese, with links', async () => {
    expect(await sendDueReminders(server.db, mailer, BEFORE, CONFIG)).toEqual({ sent: 1, failed: 0 });
    expect(inbox.messages).toHaveLength(1);
    const [message] = inbox.messages;
    expect(message?.to).toEqual(['coap@saude.mt.gov.br']);
    expect(message?.subject).toBe('Pendências para a reunião de condução de 03/11/2026 (faltam 4 dias)');
    expect(message?.text).toContain('Olá, ');
    expect(message?.text).toContain('A reunião de condução será em 4 dias, 03/11/2026.');
    expect(message?.text).toContain('Registros de monitoramento do mês (');
    expect(message?.text).toMatch(/- Registrar out\/2026 da ação [\d.]+\n/);
    expect(message?.text).toMatch(/ {2}https:\/\/painel\.saude\.mt\.gov\.br\/acoes\/[\d.]+\?mes=2026-10\n/);
    expect(message?.text).toContain('Análises de indicadores fora da meta (');
    expect(message?.text).toContain('em Minha conta: https://painel.saude.mt.gov.br/conta');
  });

  it('sends nothing twice: a second pass, or two passes at once, send it once', async () => {
    const together = await Promise.all([
      sendDueReminders(server.db, mailer, BEFORE, CONFIG),
      sendDueReminders(server.db, mailer, BEFORE, CONFIG),
    ]);
    expect(together.reduce((sum, result) => sum + result.sent, 0)).toBe(1);
    const nextDay = new Date('2026-10-31T09:00:00-04:00');
    expect(await sendDueReminders(server.db, mailer, nextDay, CONFIG)).toEqual({ sent: 0, failed: 0 });
    expect(inbox.messages).toHaveLength(1);
    // The eve is another reminder.
    const eve = new Date('2026-11-02T09:00:00-04:00');
    expect(await sendDueReminders(server.db, mailer, eve, CONFIG)).toEqual({ sent: 1, failed: 0 });
    expect(inbox.messages[1]?.subject).toBe('Pendências para a reunião de condução de amanhã, 03/11/2026');
  });

  it('sends nothing to a user who turned the reminders off, and the change is audited', async () => {
    const coap = trpcAs(server.url, await logInAs(server, 'coap'));
    expect(await coap.account.setReminders.mutate({ receivesReminders: false })).toEqual({
      email: 'coap@saude.mt.gov.br',
      receivesReminders: false,
    });
    expect(await sendDueReminders(server.db, mailer, BEFORE, CONFIG)).toEqual({ sent: 0, failed: 0 });
    expect(inbox.messages).toHaveLength(0);
    const [latest] = (await admin.admin.audit.query({ entity: 'usuario', entityKey: 'coap' })).rows;
    expect(latest).toMatchObject({ username: 'coap', action: 'update' });
    expect(latest?.text.changes).toEqual([
      { field: 'recebe lembretes por e-mail', before: 'Sim', after: 'Não' },
    ]);
  });

  it('keeps a refused e-mail for the next pass, which sends it', async () => {
    inbox.refuse = true;
    expect(await sendDueReminders(server.db, mailer, BEFORE, CONFIG)).toEqual({ sent: 0, failed: 1 });
    const [failed] = await server.db('reminder_sends').select('status', 'attempts', 'error');
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(String(failed?.error)).toContain('451');
    inbox.refuse = false;
    expect(await sendDueReminders(server.db, mailer, BEFORE, CONFIG)).toEqual({ sent: 1, failed: 0 });
    expect(inbox.messages.map((message) => message.to)).toEqual([['coap@saude.mt.gov.br']]);
    expect(await server.db('reminder_sends').select('status', 'attempts')).toEqual([
      { status: 'sent', attempts: 2 },
    ]);
  });

  it('gives up after a few attempts', async () => {
    inbox.refuse = true;
    for (let attempt = 1; attempt <= MAX_REMINDER_ATTEMPTS + 1; attempt += 1)
      await sendDueReminders(server.db, mailer, BEFORE, CONFIG);
    expect(await server.db('reminder_sends').select('status', 'attempts')).toEqual([
      { status: 'failed', attempts: MAX_REMINDER_ATTEMPTS },
    ]);
  });

  it('refuses an address that is not one, in Portuguese', async () => {
    await expect(setEmail('coap', 'coap@saude')).rejects.toThrow(
      'E-mail: escreva um endereço como nome@saude.mt.gov.br, ou deixe em branco.',
    );
  });
});
