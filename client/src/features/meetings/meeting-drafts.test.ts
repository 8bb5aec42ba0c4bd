import { describe, expect, it } from 'vitest';
import {
  agendaItemInput,
  deliberationInput,
  EMPTY_DELIBERATION,
  emptyAgendaItemDraft,
  followUpDraft,
  followUpInput,
  scheduleDraft,
  scheduleInput,
} from './meeting-drafts.ts';

describe('scheduleInput', () => {
  const meeting = { month: '2026-11', version: 3 };
  it('starts from the meeting as read, participants empty when none', () => {
    expect(scheduleDraft({ scheduledOn: '2026-11-03', participants: null })).toEqual({
      scheduledOn: '2026-11-03',
      participants: '',
    });
  });
  it('sends the date, trimmed participants and the version the page read', () => {
    expect(scheduleInput(meeting, { scheduledOn: '2026-11-10', participants: '  COAP; CAS \n' })).toEqual({
      isValid: true,
      input: { month: '2026-11', scheduledOn: '2026-11-10', participants: 'COAP; CAS', version: 3 },
    });
    expect(
      scheduleInput({ month: '2026-11', version: null }, { scheduledOn: '2026-11-10', participants: ' ' }),
    ).toEqual({
      isValid: true,
      input: { month: '2026-11', scheduledOn: '2026-11-10', participants: null, version: null },
    });
  });
  it('refuses a missing date or one outside the meeting month', () => {
    expect(scheduleInput(meeting, { scheduledOn: '', participants: '' })).toEqual({
      isValid: false,
      problem: 'Informe a data da reunião.',
    });
    expect(scheduleInput(meeting, { scheduledOn: '2026-12-01', participants: '' })).toEqual({
      isValid: false,
      problem: 'A data da reunião deve cair em novembro de 2026 (você informou 01/12/2026).',
    });
    expect(scheduleInput(meeting, { scheduledOn: '2026-11-31', participants: '' }).isValid).toBe(false);
  });
});

describe('agendaItemInput', () => {
  it('starts on the only coordenadoria the user may use', () => {
    expect(emptyAgendaItemDraft(['COAP']).coordinationCode).toBe('COAP');
    expect(emptyAgendaItemDraft(['COAP', 'CAS']).coordinationCode).toBe('');
  });
  it('trims the title and turns an empty description into none', () => {
    expect(
      agendaItemInput('2026-11', { coordinationCode: 'COAP', title: '  Adesão  ', description: '  ' }, [
        'COAP',
      ]),
    ).toEqual({
      isValid: true,
      input: { month: '2026-11', coordinationCode: 'COAP', title: 'Adesão', description: null },
    });
  });
  it('refuses an empty title, no coordenadoria, or one the user may not use', () => {
    expect(
      agendaItemInput('2026-11', { coordinationCode: 'COAP', title: '   ', description: 'x' }, ['COAP']),
    ).toEqual({ isValid: false, problem: 'Informe o assunto da pauta.' });
    expect(
      agendaItemInput('2026-11', { coordinationCode: '', title: 'A', description: '' }, ['COAP']),
    ).toEqual({
      isValid: false,
      problem: 'Escolha a coordenadoria que propõe a pauta.',
    });
    expect(
      agendaItemInput('2026-11', { coordinationCode: 'CAS', title: 'A', description: '' }, ['COAP']),
    ).toEqual({
      isValid: false,
      problem: 'Você não pode propor pauta em nome de CAS.',
    });
    expect(
      agendaItemInput('2026-11', { coordinationCode: 'COAP', title: 'x'.repeat(301), description: '' }, [
        'COAP',
      ]).isValid,
    ).toBe(false);
  });
});

describe('deliberationInput', () => {
  const meeting = { month: '2026-11', scheduledOn: '2026-11-03' };
  it('accepts a coordenadoria, a name or both as owner, and no deadline', () => {
    expect(
      deliberationInput(meeting, {
        ...EMPTY_DELIBERATION,
        text: ' Rever metas ',
        ownerCoordinationCode: 'CAS',
      }),
    ).toEqual({
      isValid: true,
      input: {
        month: '2026-11',
        text: 'Rever metas',
        ownerCoordinationCode: 'CAS',
        ownerText: null,
        deadline: null,
      },
    });
    const both = deliberationInput(meeting, {
      text: 'Rever metas',
      ownerCoordinationCode: 'SUPERINTENDENCIA',
      ownerText: ' Superintendente ',
      deadline: '2026-12-15',
    });
    expect(both.isValid && both.input).toMatchObject({
      ownerText: 'Superintendente',
      deadline: '2026-12-15',
    });
  });
  it('refuses no text, no owner, or a deadline before the meeting', () => {
    expect(deliberationInput(meeting, { ...EMPTY_DELIBERATION, ownerText: 'Ana' })).toEqual({
      isValid: false,
      problem: 'Descreva a deliberação ou encaminhamento.',
    });
    expect(deliberationInput(meeting, { ...EMPTY_DELIBERATION, text: 'Rever', ownerText: '  ' })).toEqual({
      isValid: false,
      problem: 'Informe o responsável: escolha a coordenadoria ou escreva o nome.',
    });
    expect(
      deliberationInput(meeting, {
        ...EMPTY_DELIBERATION,
        text: 'Rever',
        ownerText: 'Ana',
        deadline: '2026-11-02',
      }),
    ).toEqual({
      isValid: false,
      problem: 'O prazo (02/11/2026) não pode ser anterior à data da reunião (03/11/2026).',
    });
  });
});

describe('followUpInput', () => {
  const deliberation = { id: 4, status: 'in_progress' as const, lastUpdateId: 9 };
  it('sends the latest update the page showed, so a concurrent one is detected', () => {
    expect(followUpInput(deliberation, { status: 'done', note: '  Portaria publicada. ' })).toEqual({
      isValid: true,
      input: { id: 4, basedOnUpdateId: 9, status: 'done', note: 'Portaria publicada.' },
    });
  });
  it('accepts a note without a status change, refuses an update that says nothing', () => {
    expect(
      followUpInput(deliberation, { status: 'in_progress', note: 'Aguardando o gabinete.' }).isValid,
    ).toBe(true);
    expect(followUpInput(deliberation, followUpDraft(deliberation))).toEqual({
      isValid: false,
      problem: 'Mude a situação ou escreva uma nota sobre o andamento.',
    });
    expect(followUpInput(deliberation, { status: '', note: 'x' })).toEqual({
      isValid: false,
      problem: 'Escolha a situação da deliberação.',
    });
  });
});
