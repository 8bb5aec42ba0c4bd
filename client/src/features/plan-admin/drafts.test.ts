import { describe, expect, it } from 'vitest';
import {
  objectiveDraft,
  objectiveInput,
  operationalDraft,
  operationalInput,
  strategicDraft,
  strategicInput,
  toggleCoordination,
} from './drafts.ts';

const action = {
  code: '2.1.3',
  text: 'Apoiar os municípios',
  responsibleText: 'COAP / CAS',
  coordinationCodes: ['COAP', 'CAS'],
  participants: null,
  deadlineText: 'contínuo',
  observations: 'Revisar em 2025',
};

const create = (parentCode: string | null, used: string[] = []) =>
  ({ mode: 'create', parentCode, usedCodes: used }) as const;

describe('operational action form', () => {
  it('opens with the action as it was read, a missing text as an empty field', () => {
    expect(operationalDraft(action)).toEqual({
      code: '2.1.3',
      text: 'Apoiar os municípios',
      responsibleText: 'COAP / CAS',
      coordinationCodes: ['COAP', 'CAS'],
      participants: '',
      deadlineText: 'contínuo',
      observations: 'Revisar em 2025',
    });
  });
  it('opens a new action empty, with the suggested code', () => {
    expect(operationalDraft(null, '2.1.6')).toMatchObject({ code: '2.1.6', text: '', coordinationCodes: [] });
  });
  it('sends an edit at the version shown, trimmed, with empty optional texts as null', () => {
    const draft = { ...operationalDraft(action), text: '  Apoiar os 141 municípios ', observations: '  ' };
    expect(operationalInput(draft, '2.1', { mode: 'edit', code: '2.1.3', version: 4 })).toEqual({
      isValid: true,
      input: {
        code: '2.1.3',
        strategicActionCode: '2.1',
        text: 'Apoiar os 141 municípios',
        responsibleText: 'COAP / CAS',
        coordinationCodes: ['COAP', 'CAS'],
        participants: null,
        deadlineText: 'contínuo',
        observations: null,
        version: 4,
      },
    });
  });
  it('sends a new action with version null (create) and its typed code', () => {
    const draft = { ...operationalDraft(null, '2.1.6'), text: 'Nova', responsibleText: 'CAS' };
    const result = operationalInput(
      { ...draft, coordinationCodes: ['CAS'], deadlineText: 'Até dez/25', participants: ' Municípios ' },
      '2.1',
      create('2.1', ['2.1.1', '2.1.5']),
    );
    expect(result).toEqual({
      isValid: true,
      input: {
        code: '2.1.6',
        strategicActionCode: '2.1',
        text: 'Nova',
        responsibleText: 'CAS',
        coordinationCodes: ['CAS'],
        participants: 'Municípios',
        deadlineText: 'Até dez/25',
        observations: null,
        version: null,
      },
    });
  });
  it('lists every problem at once, in the server’s words', () => {
    expect(operationalInput(operationalDraft(null, '2.1.5'), '2.1', create('2.1', ['2.1.5']))).toEqual({
      isValid: false,
      problems: [
        'Já existe a ação operacional 2.1.5 (códigos de itens retirados também não podem ser reutilizados).',
        'Informe o texto da ação operacional.',
        'Informe o responsável.',
        'Escolha ao menos uma coordenadoria responsável.',
        'Informe o prazo (como escrito no plano).',
      ],
    });
  });
  it('refuses a prazo longer than the server keeps', () => {
    const draft = { ...operationalDraft(action), deadlineText: 'x'.repeat(201) };
    const result = operationalInput(draft, '2.1', { mode: 'edit', code: '2.1.3', version: 1 });
    expect(result).toEqual({ isValid: false, problems: ['Prazo muito longo (máximo 200 caracteres).'] });
  });
  it('does not check the code of an action being edited (it cannot change)', () => {
    const result = operationalInput(operationalDraft(action), '2.1', {
      mode: 'edit',
      code: '2.1.3',
      version: 2,
    });
    expect(result.isValid).toBe(true);
  });
});

describe('strategic action form', () => {
  const strategic = {
    code: '1.1',
    text: 'Fortalecer',
    responsibleText: 'SAS',
    deadlineText: 'Até dez. de 2024',
  };
  it('round-trips the action into the input, under its objective', () => {
    expect(strategicInput(strategicDraft(strategic), '1', { mode: 'edit', code: '1.1', version: 3 })).toEqual(
      {
        isValid: true,
        input: {
          code: '1.1',
          objectiveCode: '1',
          text: 'Fortalecer',
          responsibleText: 'SAS',
          deadlineText: 'Até dez. de 2024',
          version: 3,
        },
      },
    );
  });
  it('refuses an empty text and a code outside the objective', () => {
    const draft = { ...strategicDraft(strategic), code: '2.9', text: ' ' };
    expect(strategicInput(draft, '1', create('1', ['1.1']))).toEqual({
      isValid: false,
      problems: [
        'O código da ação estratégica deve ser 1. seguido de um número (ex.: 1.1), sem outros pontos.',
        'Informe o texto da ação estratégica.',
      ],
    });
  });
});

describe('objective form', () => {
  it('creates an objective with the suggested code', () => {
    const draft = {
      ...objectiveDraft(null, '5'),
      perspective: ' Processos internos ',
      name: 'Novo objetivo',
    };
    expect(objectiveInput(draft, create(null, ['1', '2', '3', '4']))).toEqual({
      isValid: true,
      input: { code: '5', perspective: 'Processos internos', name: 'Novo objetivo', version: null },
    });
  });
  it('asks for the perspective and the name', () => {
    const draft = objectiveDraft({ code: '1', perspective: 'P', name: 'N' });
    expect(
      objectiveInput({ ...draft, perspective: '', name: '' }, { mode: 'edit', code: '1', version: 1 }),
    ).toEqual({ isValid: false, problems: ['Informe a perspectiva.', 'Informe o nome do objetivo.'] });
  });
});

describe('toggleCoordination', () => {
  it('adds a ticked coordenadoria once and removes an unticked one', () => {
    expect(toggleCoordination(['COAP'], 'CAS', true)).toEqual(['COAP', 'CAS']);
    expect(toggleCoordination(['COAP', 'CAS'], 'CAS', true)).toEqual(['COAP', 'CAS']);
    expect(toggleCoordination(['COAP', 'CAS'], 'COAP', false)).toEqual(['CAS']);
  });
});
