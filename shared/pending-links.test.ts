import { describe, expect, it } from 'vitest';
import type { PendingItem } from './domain/pending-work.ts';
import { pendingDetail, pendingLink, pendingTitle } from './pending-links.ts';

const item = (overrides: Partial<PendingItem>): PendingItem => ({
  kind: 'record',
  coordinationCode: 'COAP',
  subject: '4.1.2',
  text: 'Realizar encontros com as coordenadorias',
  month: '2026-10',
  dueOn: '2026-11-03',
  isOverdue: false,
  ...overrides,
});

describe('a pendência leads to where it is done', () => {
  it('a record owed opens the action’s form on the reviewed month', () => {
    const record = item({});
    expect(pendingLink(record)).toBe('/acoes/4.1.2?mes=2026-10');
    expect(pendingTitle(record)).toBe('Registrar out/2026 da ação 4.1.2');
    expect(pendingDetail(record)).toBe(
      'Realizar encontros com as coordenadorias · até a reunião, 03/11/2026',
    );
  });

  it('an analysis opens the indicator at its analysis card for the month', () => {
    const analysis = item({ kind: 'analysis', subject: '713', text: 'ICSAPS' });
    expect(pendingLink(analysis)).toBe('/indicador/713?mes=2026-10#analise');
    expect(pendingTitle(analysis)).toBe('Escrever a análise de out/2026 do indicador 713 (ICSAPS)');
  });

  it('an overdue deliberation says when it fell due', () => {
    const deliberation = item({
      kind: 'deliberation',
      subject: '12',
      text: 'Remarcar a oficina',
      month: '2026-10',
      dueOn: '2026-11-10',
      isOverdue: true,
    });
    expect(pendingLink(deliberation)).toBe('/reunioes/2026-10');
    expect(pendingDetail(deliberation)).toBe('Remarcar a oficina · venceu em 10/11/2026');
  });
});
