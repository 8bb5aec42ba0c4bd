import { describe, expect, it } from 'vitest';
import {
  type AuditEntryFacts,
  auditChanges,
  auditFileRow,
  auditRecordText,
  changeLine,
  describeAuditEntry,
  valueText,
} from './audit-text.ts';

const user = {
  username: 'maria',
  displayName: 'Maria Silva',
  role: 'coordination',
  isActive: true,
  coordinationCodes: ['COAP'],
  territoryCodes: [],
};

const names = {
  userName: (id: number) => new Map([[3, 'Coordenadoria de Atenção Primária']]).get(id),
  territoryName: (code: string) =>
    new Map([
      ['5103', 'Macrorregião Norte'],
      ['5103403', 'Cuiabá'],
    ]).get(code),
};

const lines = (before: unknown, after: unknown) => auditChanges(before, after, names).map(changeLine);

/** formatDateTimeMt writes `24/11/2026 12:00` (with or without a comma before the time). */
const mt = (date: string, time: string) => new RegExp(`^${date.replaceAll('/', '\\/')},? ${time}$`);

describe('auditChanges', () => {
  it('keeps only the fields that changed, named and valued in Portuguese', () => {
    const after = { ...user, role: 'regional', coordinationCodes: [], territoryCodes: ['5103', '51001'] };
    expect(lines(user, after)).toEqual([
      'papel: Coordenadoria → Gestor regional',
      'coordenadorias: COAP → (nenhum)',
      'territórios: (nenhum) → Macrorregião Norte, 51001',
    ]);
  });
  it('says a deactivation in words', () => {
    expect(lines(user, { ...user, isActive: false })).toEqual(['situação: ativo → desativado']);
  });
  it('lists the filled fields of a creation, without an arrow', () => {
    expect(lines(null, user)).toEqual([
      'usuário: maria',
      'nome: Maria Silva',
      'papel: Coordenadoria',
      'situação: ativo',
      'coordenadorias: COAP',
    ]);
  });
  it('writes an action’s status with its label, months as out/2026 and percentages', () => {
    // A monitoring record: the previous one as it was (older entries said mes and percentual),
    // the new one whole; who and when are the entry's own, not repeated.
    const record = {
      id: 12,
      actionCode: '4.1.2',
      referenceMonth: '2026-10',
      status: 'done',
      percentDone: 100,
      doneText: 'Oficinas feitas',
      difficulties: null,
      evidenceLinks: ['https://sei.mt.gov.br/1'],
      nonConformity: null,
      recordedAt: '2026-11-24T16:00:00.000Z',
      recordedBy: 3,
      isExample: false,
    };
    expect(lines({ status: 'in_progress', mes: '2026-09', percentual: 60 }, record)).toEqual([
      'situação: Em andamento → Concluído',
      'mês de referência: set/2026 → out/2026',
      'percentual executado: 60% → 100%',
      'ação: 4.1.2',
      'o que foi feito: Oficinas feitas',
      'evidências: https://sei.mt.gov.br/1',
    ]);
  });
  it('tells a não conformidade in sentences', () => {
    const nonConformity = {
      description: 'Oficina adiada',
      cause: 'Falta de transporte.',
      correctiveAction: 'Remarcar com a regional',
      correctiveOwner: 'Maria',
      correctiveDeadline: '2026-12-15',
    };
    expect(lines(null, { nonConformity })).toEqual([
      'não conformidade: Oficina adiada. Causa: Falta de transporte. Medida corretiva: Remarcar com a regional, por Maria, até 15/12/2026.',
    ]);
  });
  it('writes dates as dd/mm/aaaa, Sim/Não, user ids as names and places by name', () => {
    expect(lines({ fechado: true }, { fechado: false, motivo: 'Correção do SINAN' })).toEqual([
      'fechado: Sim → Não',
      'motivo: Correção do SINAN',
    ]);
    expect(
      lines(
        { startsOn: null, endsOn: '2026-06-30', datesSetBy: null },
        { startsOn: '2026-01-01', endsOn: '2026-12-31', datesSetBy: 3 },
      ),
    ).toEqual([
      'início: — → 01/01/2026',
      'término: 30/06/2026 → 31/12/2026',
      'datas definidas por: — → Coordenadoria de Atenção Primária',
    ]);
    expect(lines(null, { municipalityCode: '5103403', adheredOn: '2026-10-01', withdrawnOn: null })).toEqual([
      'município: Cuiabá',
      'data da adesão: 01/10/2026',
    ]);
    expect(lines(null, { datesSetBy: 99 })).toEqual(['datas definidas por: usuário nº 99']);
  });
  it('says what an unlocked login was waiting for, in Mato Grosso time', () => {
    const [failures, until] = auditChanges({ failures: 5, lockedUntil: '2026-11-24T16:00:30.000Z' }, null);
    expect(changeLine(failures ?? { field: '', before: null, after: null })).toBe('senhas erradas: 5 → —');
    expect(until?.before).toMatch(mt('24/11/2026', '12:00'));
  });
  it('reads the plan’s older entries, written with column names, like the new ones', () => {
    expect(
      lines(
        { responsibleText: 'COAP', deadlineText: '2026' },
        { responsible_text: 'COAP', deadline_text: '2027' },
      ),
    ).toEqual(['prazo (texto do plano): 2026 → 2027']);
  });
  it('shows a field that disappeared as becoming empty, and keeps a field it does not know', () => {
    expect(auditChanges({ note: 'x', text: 'a' }, { text: 'a' }).map(changeLine)).toEqual([
      'observação: x → —',
    ]);
    expect(auditChanges({ novo: 1234.5 }, { novo: 12.25 }).map(changeLine)).toEqual([
      'novo: 1.234,5 → 12,25',
    ]);
  });
  it('has nothing to show for an entry without data (a login)', () => {
    expect(auditChanges(null, null)).toEqual([]);
  });
});

describe('auditRecordText', () => {
  it('names the item of an entry instead of its key', () => {
    expect(auditRecordText('valor', '713|5103403|2026-10', names)).toBe('713 · Cuiabá · out/2026');
    expect(auditRecordText('conferencia', '713|2026-10')).toBe('713 · out/2026');
    expect(auditRecordText('mes', '2026-09')).toBe('set/2026');
    expect(auditRecordText('relatorio', '2026-S1/1/COAP')).toBe('1º semestre de 2026 · objetivo 1 · COAP');
    expect(auditRecordText('etapa', '5103/oficina-1', names)).toBe('Macrorregião Norte · etapa oficina-1');
    expect(auditRecordText('deliberacao', '7')).toBe('nº 7');
    expect(auditRecordText('sessao', 'conta-endereco:norte@10.9.9.9')).toBe(
      'Conta norte no endereço 10.9.9.9',
    );
    expect(auditRecordText('plano', '2.a.1')).toBe('2.a.1');
  });
});

describe('describeAuditEntry', () => {
  const entry: AuditEntryFacts = {
    at: '2026-11-24T02:30:00.000Z',
    userId: 3,
    username: 'coap',
    action: 'registro de monitoramento',
    entity: 'acao',
    entityKey: '4.1.2',
    before: null,
    after: { status: 'done' },
  };
  it('reads an entry whole: Mato Grosso time (the day before, in UTC it is past midnight), person, labels', () => {
    const text = describeAuditEntry(entry, names);
    expect(text.when).toMatch(mt('23/11/2026', '22:30'));
    expect(text).toMatchObject({
      who: 'Coordenadoria de Atenção Primária · usuário coap',
      action: 'Registro de monitoramento',
      entity: 'Monitoramento de ação',
      record: '4.1.2',
    });
    expect(auditFileRow(text).slice(1)).toEqual([
      'Coordenadoria de Atenção Primária · usuário coap',
      'Registro de monitoramento',
      'Monitoramento de ação',
      '4.1.2',
      'situação: Concluído',
    ]);
  });
  it('names the command line as it signed', () => {
    expect(
      describeAuditEntry({ ...entry, userId: null, username: 'linha de comando (root)', after: null }, names),
    ).toMatchObject({ who: 'linha de comando (root)', changes: [] });
  });
});

describe('valueText', () => {
  it('writes empty values and booleans so they can be read', () => {
    expect(valueText('')).toBe('(vazio)');
    expect(valueText(null)).toBe('—');
    expect(valueText(true)).toBe('Sim');
    expect(valueText({ nota: 'ok', conferido: false })).toBe('nota: ok; conferido: Não');
  });
});
