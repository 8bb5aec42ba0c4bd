import { describe, expect, it } from 'vitest';
import {
  adhesionFraction,
  adhesionSummary,
  compositionNote,
  inProgressNote,
  municipalities,
  professionals,
  recordedText,
  shortMacroName,
  stagesDone,
  stagesFraction,
  stateTargetRows,
  trainingSummary,
  trainingTotalNote,
} from './planification-format.ts';

const north = {
  adheringCount: 33,
  municipalityCount: 36,
  adhesionTarget: { value: 35 },
  adhesionTargetYear: 2024,
};

describe('adhesions', () => {
  it('reads the count against the plan’s target and its year', () => {
    expect(adhesionSummary(north)).toBe('33 de 35 municípios (meta 2024)');
    expect(adhesionFraction(north)).toBe('33/35');
    expect(adhesionSummary({ ...north, adhesionTarget: null, adhesionTargetYear: null })).toBe(
      '33 de 36 municípios (sem meta no plano)',
    );
    expect(adhesionFraction({ ...north, adhesionTarget: null })).toBe('33/36');
  });

  it('says when the plan counted a different number of municípios', () => {
    expect(compositionNote(north)).toBe(
      'O plano conta 35 municípios nesta macrorregião; a composição atual tem 36 municípios.',
    );
    expect(compositionNote({ ...north, municipalityCount: 35 })).toBeNull();
    expect(compositionNote({ ...north, adhesionTarget: null })).toBeNull();
  });

  it('agrees in number', () => {
    expect(municipalities(1)).toBe('1 município');
    expect(municipalities(1420)).toBe('1.420 municípios');
    expect(professionals(1)).toBe('1 profissional');
    expect(professionals(2638)).toBe('2.638 profissionais');
  });
});

describe('trainings', () => {
  const macro = { trainingTarget: { year: 2024, value: 2871 }, trained: 2789, trainedInTargetYear: 2638 };

  it('compares the estimate’s year with the plan’s estimate', () => {
    expect(trainingSummary(macro)).toBe('2.638 de 2.871 profissionais estimados para 2024');
    expect(trainingTotalNote(macro)).toBe('Total registrado em todos os anos: 2.789 profissionais.');
    expect(trainingTotalNote({ ...macro, trained: 2638 })).toBeNull();
  });

  it('shows the total without an estimate', () => {
    expect(trainingSummary({ trainingTarget: null, trained: 0, trainedInTargetYear: null })).toBe(
      '0 profissionais qualificados (sem estimativa no plano)',
    );
    expect(trainingTotalNote({ trainingTarget: null, trained: 10, trainedInTargetYear: null })).toBeNull();
  });
});

describe('stages', () => {
  it('counts the stages done', () => {
    const stages = [{ done: { completedOn: '2024-01-02' } }, { done: null }, { done: null }];
    expect(stagesDone(stages)).toBe(1);
    expect(stagesFraction({ phase: 'Fase 1', stages })).toBe('1/3');
    expect(stagesFraction({ phase: 'Fase 3 — triênio 2024–2026', stages })).toBe('não se aplica');
  });
});

describe('stateTargetRows', () => {
  const rows = stateTargetRows(
    [
      { year: 2024, target: { value: 54, label: '54 (19 Sul + 35 Norte)' }, adhering: 52 },
      { year: 2025, target: { value: 76, label: '76' }, adhering: 80 },
      { year: 2026, target: { value: 112, label: null }, adhering: 90 },
      { year: 2027, target: { value: 142, label: '142 (30 Leste)' }, adhering: null },
    ],
    '2026-11-24',
  );

  it('keeps the plan’s words only when they say more than the number', () => {
    expect(rows.map((row) => row.targetLabel)).toEqual([
      '54 (19 Sul + 35 Norte)',
      null,
      null,
      '142 (30 Leste)',
    ]);
  });

  it('says what is missing and the status, with the year in progress marked', () => {
    expect(rows.map((row) => row.missing)).toEqual([2, 0, 22, null]);
    expect(rows.map((row) => row.status)).toEqual(['at_risk', 'achieved', 'not_achieved', 'no_data']);
    expect(rows.map((row) => row.isInProgress)).toEqual([false, false, true, false]);
    expect(rows.map((row) => row.hasStarted)).toEqual([true, true, true, false]);
    expect(inProgressNote('2026-11-24')).toBe('até hoje (24/11/2026)');
  });
});

describe('shortMacroName', () => {
  it('drops the word Macrorregião', () => {
    expect(shortMacroName('Macrorregião Centro-Norte (Baixada Cuiabana)')).toBe(
      'Centro-Norte (Baixada Cuiabana)',
    );
    expect(shortMacroName('Leste')).toBe('Leste');
  });
});

describe('recordedText', () => {
  it('says who recorded and when, in Mato Grosso time', () => {
    expect(
      recordedText({ isExample: false, recordedByName: 'Ana', recordedAt: '2026-11-24T18:02:00.000Z' }),
    ).toBe('Ana em 24/11/2026 14:02');
    expect(
      recordedText({ isExample: false, recordedByName: null, recordedAt: '2026-11-24T18:02:00.000Z' }),
    ).toMatch(/^Usuário removido em/);
    expect(
      recordedText({ isExample: true, recordedByName: null, recordedAt: '2026-11-24T18:02:00.000Z' }),
    ).toBe('Registro de exemplo');
  });
});
