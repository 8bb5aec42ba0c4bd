import { describe, expect, it } from 'vitest';
import {
  adhesionDraftFrom,
  adhesionInput,
  currentVersion,
  emptyAdhesionDraft,
  emptyStageDraft,
  emptyTrainingDraft,
  parseCount,
  selectMunicipality,
  stageInput,
  trainingInput,
} from './record-drafts.ts';

const TODAY = '2026-11-24';
const recorded = {
  municipalityCode: '5100201',
  adheredOn: '2026-03-10',
  withdrawnOn: null,
  document: 'Termo 12/2026',
  version: 3,
};

describe('adhesion form', () => {
  it('starts with today and no version', () => {
    expect(emptyAdhesionDraft(TODAY)).toEqual({
      municipalityCode: '',
      adheredOn: TODAY,
      withdrawnOn: '',
      document: '',
      expectedVersion: null,
      loadedFrom: null,
    });
  });

  it('opens a recorded adhesion with its version', () => {
    const draft = selectMunicipality(emptyAdhesionDraft(TODAY), '5100201', [recorded], TODAY);
    expect(draft).toEqual({
      municipalityCode: '5100201',
      adheredOn: '2026-03-10',
      withdrawnOn: '',
      document: 'Termo 12/2026',
      expectedVersion: 3,
      loadedFrom: '5100201',
    });
    expect(adhesionInput(draft)).toEqual({
      isValid: true,
      input: {
        municipalityCode: '5100201',
        adheredOn: '2026-03-10',
        withdrawnOn: null,
        document: 'Termo 12/2026',
        expectedVersion: 3,
      },
    });
  });

  it('keeps typed values when another new município is picked, not those of a record', () => {
    const typed = { ...emptyAdhesionDraft(TODAY), municipalityCode: '5100359', document: 'Termo 1' };
    expect(selectMunicipality(typed, '5101001', [recorded], TODAY)).toMatchObject({
      municipalityCode: '5101001',
      document: 'Termo 1',
      expectedVersion: null,
    });
    const editing = adhesionDraftFrom(recorded);
    expect(selectMunicipality(editing, '5101001', [recorded], TODAY)).toEqual({
      ...emptyAdhesionDraft(TODAY),
      municipalityCode: '5101001',
    });
  });

  it('explains what is missing or impossible, in Portuguese', () => {
    const draft = { ...emptyAdhesionDraft(TODAY), municipalityCode: '5100201' };
    expect(adhesionInput({ ...draft, municipalityCode: '' })).toEqual({
      isValid: false,
      problem: 'Escolha o município.',
    });
    expect(adhesionInput({ ...draft, adheredOn: '' })).toEqual({
      isValid: false,
      problem: 'Informe a data de adesão.',
    });
    expect(adhesionInput({ ...draft, adheredOn: '2026-02-30' })).toEqual({
      isValid: false,
      problem: 'A data de adesão é inexistente: confira dia, mês e ano.',
    });
    expect(adhesionInput({ ...draft, withdrawnOn: '2026-11-24' })).toEqual({
      isValid: false,
      problem: 'A data de saída deve ser posterior à data de adesão.',
    });
    expect(adhesionInput({ ...draft, document: 'x'.repeat(301) })).toMatchObject({ isValid: false });
  });

  it('sends a withdrawal and leaves an empty document out', () => {
    const result = adhesionInput({
      ...adhesionDraftFrom(recorded),
      withdrawnOn: '2026-11-20',
      document: '  ',
    });
    expect(result).toEqual({
      isValid: true,
      input: {
        municipalityCode: '5100201',
        adheredOn: '2026-03-10',
        withdrawnOn: '2026-11-20',
        document: null,
        expectedVersion: 3,
      },
    });
  });

  it('finds the version recorded now', () => {
    const macros = [{ adhesions: [] }, { adhesions: [{ ...recorded, version: 4 }] }];
    expect(currentVersion(macros, '5100201')).toBe(4);
    expect(currentVersion(macros, '5100359')).toBeNull();
    expect(currentVersion(undefined, '5100201')).toBeNull();
  });
});

describe('training form', () => {
  it('reads the number of professionals as a whole number', () => {
    expect(parseCount('1.701')).toBe(1701);
    expect(parseCount(' 85 ')).toBe(85);
    expect(parseCount('8,5')).toBeNull();
    expect(parseCount('-3')).toBeNull();
  });

  it('turns the draft into the input or explains the problem', () => {
    const draft = { ...emptyTrainingDraft(TODAY), title: ' Oficina tutorial 1 ', professionals: '85' };
    expect(trainingInput('5104', draft)).toEqual({
      isValid: true,
      input: { macroCode: '5104', heldOn: TODAY, title: 'Oficina tutorial 1', professionals: 85 },
    });
    expect(trainingInput('5104', { ...draft, title: 'ab' })).toMatchObject({
      problem: 'Descreva a formação (ex.: Oficina tutorial 1).',
    });
    expect(trainingInput('5104', { ...draft, professionals: '' })).toMatchObject({
      problem: 'Informe o número de profissionais qualificados.',
    });
    expect(trainingInput('5104', { ...draft, professionals: '0' })).toMatchObject({
      problem: 'Informe ao menos 1 profissional.',
    });
    expect(trainingInput('5104', { ...draft, professionals: '2,5' })).toMatchObject({
      problem: 'O número de profissionais é um número inteiro.',
    });
    expect(trainingInput('5104', { ...draft, heldOn: '' })).toMatchObject({
      problem: 'Informe a data da formação.',
    });
  });
});

describe('stage form', () => {
  it('sends the date and an optional note', () => {
    expect(stageInput('5104', 'cir', emptyStageDraft(TODAY))).toEqual({
      isValid: true,
      input: { macroCode: '5104', stageCode: 'cir', completedOn: TODAY, note: null },
    });
    expect(stageInput('5104', 'cir', { completedOn: TODAY, note: ' Ata da CIR ' })).toMatchObject({
      input: { note: 'Ata da CIR' },
    });
    expect(stageInput('5104', 'cir', { completedOn: '', note: '' })).toEqual({
      isValid: false,
      problem: 'Informe a data de conclusão.',
    });
  });
});

describe('parseCount', () => {
  it('reads whole numbers with or without thousands points and refuses decimals', () => {
    expect(parseCount('1250')).toBe(1250);
    expect(parseCount('1.250')).toBe(1250);
    expect(parseCount(' 12.345.678 ')).toBe(12345678);
    expect(parseCount('12.5')).toBeNull();
    expect(parseCount('1.25')).toBeNull();
    expect(parseCount('1,5')).toBeNull();
    expect(parseCount('doze')).toBeNull();
  });
});
