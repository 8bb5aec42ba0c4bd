import { describe, expect, it } from 'vitest';
import type { PendingItem } from '../../../shared/domain/pending-work.ts';
import { reminderEmail } from './reminder-email.ts';

const item = (overrides: Partial<PendingItem>): PendingItem => ({
  kind: 'record',
  coordinationCode: 'COAP',
  subject: '4.1.2',
  text: 'Realizar encontros com as coordenadorias',
  month: '2026-11',
  dueOn: '2026-12-01',
  isOverdue: false,
  ...overrides,
});

const overdueDeliberation = item({
  kind: 'deliberation',
  subject: '12',
  text: 'Remarcar a oficina',
  month: '2026-11',
  dueOn: '2026-11-20',
  isOverdue: true,
});
const agenda = item({ kind: 'agenda', subject: '2026-12', text: null, month: '2026-12' });
const base = {
  displayName: 'Maria Silva',
  meetingOn: '2026-12-01',
  appUrl: 'https://painel.saude.mt.gov.br',
};

describe('the reminder e-mail', () => {
  it('lists what is owed by kind, with the page’s words and links, five days before', () => {
    const email = reminderEmail({
      ...base,
      kind: 'before',
      today: '2026-11-26',
      items: [item({}), overdueDeliberation, agenda],
    });
    expect(email?.subject).toBe('Pendências para a reunião de condução de 01/12/2026 (faltam 5 dias)');
    expect(email?.text).toBe(
      [
        'Olá, Maria Silva.',
        '',
        'A reunião de condução será em 5 dias, 01/12/2026. Estas são as suas pendências até lá:',
        '',
        'Registros de monitoramento do mês (1)',
        '- Registrar nov/2026 da ação 4.1.2',
        '  Realizar encontros com as coordenadorias · até a reunião, 01/12/2026',
        '  https://painel.saude.mt.gov.br/acoes/4.1.2?mes=2026-11',
        '',
        'Deliberações vencendo ou vencidas (1)',
        '- Deliberação da reunião de nov/2026',
        '  Remarcar a oficina · venceu em 20/11/2026',
        '  https://painel.saude.mt.gov.br/reunioes/2026-11',
        '',
        'Cada item sai da lista assim que é feito. Todas as suas pendências: https://painel.saude.mt.gov.br/pendencias',
        '',
        'Para não receber mais estes lembretes, desmarque "Receber lembretes por e-mail" em Minha conta: https://painel.saude.mt.gov.br/conta',
        '',
        'Painel do Plano Estratégico SAS · SES-MT',
        '',
      ].join('\n'),
    );
  });

  it('says "amanhã" on the eve', () => {
    const email = reminderEmail({ ...base, kind: 'eve', today: '2026-11-30', items: [item({})] });
    expect(email?.subject).toBe('Pendências para a reunião de condução de amanhã, 01/12/2026');
    expect(email?.text).toContain('A reunião de condução será amanhã, 01/12/2026.');
  });

  it('after the meeting speaks only of overdue deliberations', () => {
    const email = reminderEmail({
      ...base,
      kind: 'after',
      today: '2026-12-02',
      items: [item({}), overdueDeliberation],
    });
    expect(email?.subject).toBe('Deliberações vencidas após a reunião de condução de 01/12/2026');
    expect(email?.text).toContain('Remarcar a oficina · venceu em 20/11/2026');
    expect(email?.text).not.toContain('Registrar');
  });

  it('sends nothing when nothing is owed: a pauta to propose is offered, not owed', () => {
    expect(reminderEmail({ ...base, kind: 'before', today: '2026-11-26', items: [agenda] })).toBeNull();
    expect(reminderEmail({ ...base, kind: 'after', today: '2026-12-02', items: [item({})] })).toBeNull();
  });
});
