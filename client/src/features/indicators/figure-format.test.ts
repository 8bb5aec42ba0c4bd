import { describe, expect, it } from 'vitest';
import { isUnitComplete, usualThrough, windowSummary } from '../../../../shared/domain/completeness.ts';
import {
  completenessFraction,
  completenessLabel,
  completenessText,
  figureNotes,
  formatValue,
  formatValueWithUnit,
  hasExampleData,
  headingWithUnit,
  intervalText,
  isIncomplete,
  isRealData,
  printedTarget,
  provenanceText,
  rowWindow,
  targetScopeNote,
  unitFor,
  yearWindowNote,
} from './figure-format.ts';

describe('formatValue', () => {
  it('shows rates with two decimals and a decimal comma', () => {
    expect(formatValue(19.4, 'rate')).toBe('19,40');
    expect(formatValue(1234.567, 'rate')).toBe('1.234,57');
  });

  it('shows counts as whole numbers with a thousands point', () => {
    expect(formatValue(6726, 'count')).toBe('6.726');
  });

  it('shows a dash for a missing value, without unit', () => {
    expect(formatValue(null, 'rate')).toBe('—');
    expect(formatValueWithUnit(null, 'rate', '%')).toBe('—');
    expect(formatValueWithUnit(12.3, 'rate', 'por 1.000 nascidos vivos')).toBe(
      '12,30 por 1.000 nascidos vivos',
    );
  });
});

describe('unitFor', () => {
  it("puts the plan's count units in the singular for exactly one", () => {
    expect(unitFor(1, 'diretrizes')).toBe('diretriz');
    expect(unitFor(1, 'linhas de cuidado')).toBe('linha de cuidado');
    expect(unitFor(1, 'macrorregiões')).toBe('macrorregião');
    expect(unitFor(1, 'municípios')).toBe('município');
    expect(unitFor(1, 'profissionais')).toBe('profissional');
    expect(unitFor(1, 'projetos')).toBe('projeto');
  });

  it('keeps the plural for any other value, and units it does not know', () => {
    expect(unitFor(0, 'diretrizes')).toBe('diretrizes');
    expect(unitFor(2, 'macrorregiões')).toBe('macrorregiões');
    expect(unitFor(1.5, 'profissionais')).toBe('profissionais');
    expect(unitFor(null, 'municípios')).toBe('municípios');
    expect(unitFor(1, '%')).toBe('%');
    expect(unitFor(1, 'por 1.000 nascidos vivos')).toBe('por 1.000 nascidos vivos');
  });

  it('reads through formatValueWithUnit, with the decimals of the indicator kind', () => {
    expect(formatValueWithUnit(1, 'count', 'linhas de cuidado')).toBe('1 linha de cuidado');
    expect(formatValueWithUnit(1234, 'count', 'municípios')).toBe('1.234 municípios');
    expect(formatValueWithUnit(19.075061848446282, 'rate', '%')).toBe('19,08 %');
    expect(formatValueWithUnit(3, 'count', '')).toBe('3');
  });
});

describe('completenessLabel', () => {
  it('counts municípios, macrorregiões or the state record', () => {
    expect(completenessLabel({ reporting: 141, expected: 142 }, 'municipality')).toBe(
      '141/142 municípios informando',
    );
    expect(completenessLabel({ reporting: 6, expected: 6 }, 'macro')).toBe('6/6 macrorregiões informando');
    expect(completenessLabel({ reporting: 1, expected: 1 }, 'state')).toBe('1/1 registro estadual');
    expect(completenessLabel({ reporting: 0, expected: 0 }, 'state')).toBe('—');
    expect(completenessFraction({ reporting: 24, expected: 24 })).toBe('24/24');
  });

  it('says whether one município sent every period', () => {
    expect(completenessText(isUnitComplete({ reporting: 1, expected: 1, numerator: 30 }))).toBe('Completo');
    expect(completenessText(isUnitComplete({ reporting: 0, expected: 1, numerator: 30 }))).toBe('Incompleto');
    expect(completenessText(isUnitComplete({ reporting: 0, expected: 1, numerator: null }))).toBe(
      'Sem dados',
    );
  });

  it('flags a figure built on incomplete data', () => {
    expect(isIncomplete({ reporting: 141, expected: 142, value: 18.2 })).toBe(true);
    expect(isIncomplete({ reporting: 142, expected: 142, value: 18.2 })).toBe(false);
    expect(isIncomplete({ reporting: 0, expected: 142, value: null })).toBe(false);
  });
});

describe('figureNotes', () => {
  it('labels a year to date and provisional data', () => {
    const notes = figureNotes({ isPartial: true, partialThrough: '2026-10', isProvisional: true });
    expect(notes.map((note) => note.text)).toEqual(['parcial até out/2026', 'provisório']);
  });

  it('says nothing for a closed, final year', () => {
    expect(figureNotes({ isPartial: false, partialThrough: null, isProvisional: false })).toEqual([]);
  });
});

describe('example and real data', () => {
  it('finds example figures', () => {
    expect(hasExampleData([{ isExample: false }, { isExample: true }])).toBe(true);
    expect(hasExampleData([{ isExample: false }])).toBe(false);
  });

  it('marks real only when there is a value', () => {
    expect(isRealData({ value: 3, isExample: false })).toBe(true);
    expect(isRealData({ value: null, isExample: false })).toBe(false);
    expect(isRealData({ value: 3, isExample: true })).toBe(false);
  });
});

describe('printedTarget', () => {
  it('keeps the plan label of a count goal split by macro', () => {
    expect(printedTarget({ target: 54, targetLabel: '54 (19 Sul + 35 Norte)' })).toBe(
      '54 (19 Sul + 35 Norte)',
    );
  });

  it('drops a label that is only the number', () => {
    expect(printedTarget({ target: 54, targetLabel: '54' })).toBeNull();
    expect(printedTarget({ target: 18.6, targetLabel: '18,6' })).toBeNull();
    expect(printedTarget({ target: 6726, targetLabel: '6.726' })).toBeNull();
    expect(printedTarget({ target: null, targetLabel: '-' })).toBeNull();
  });
});

describe('targetScopeNote', () => {
  it('says when a territory is judged against the state target', () => {
    expect(targetScopeNote({ targetScope: 'state', level: 'macro' })).toBe('meta estadual');
    expect(targetScopeNote({ targetScope: 'state', level: 'state' })).toBeNull();
    expect(targetScopeNote({ targetScope: 'territory', level: 'macro' })).toBeNull();
  });
});

describe('small-number note', () => {
  it('shows the interval and offers the pooled years instead of a status', () => {
    const [note] = figureNotes({
      isPartial: false,
      partialThrough: null,
      isProvisional: false,
      interval: { lower: 2.475, upper: 35.069 },
      pooled: {
        fromYear: 2023,
        toYear: 2025,
        numerator: 9,
        denominator: 800,
        value: 11.25,
        interval: { lower: 5.144, upper: 21.356 },
        isSmallNumber: true,
      },
    });
    expect(note?.text).toBe('IC 95 %: 2,48 a 35,07');
    expect(note?.title).toContain('2023–2025 somados: 11,25 (IC 95 %: 5,14 a 21,36)');
  });

  it('keeps two decimals on round limits and a round pooled value', () => {
    const [note] = figureNotes({
      isPartial: false,
      partialThrough: null,
      isProvisional: false,
      interval: { lower: 2.1, upper: 15.33 },
      pooled: {
        fromYear: 2023,
        toYear: 2025,
        numerator: 8,
        denominator: 800,
        value: 10,
        interval: { lower: 4.3, upper: 19.7 },
        isSmallNumber: true,
      },
    });
    expect(note?.text).toBe('IC 95 %: 2,10 a 15,33');
    expect(note?.title).toContain('2023–2025 somados: 10,00 (IC 95 %: 4,30 a 19,70)');
  });
});

describe('intervalText', () => {
  it('writes both limits with the decimals of the value, even a round one', () => {
    // The small-number guard's example: 2,1 beside 15,33 read as two kinds of number.
    expect(intervalText({ lower: 2.1, upper: 15.33 })).toBe('IC 95 %: 2,10 a 15,33');
    expect(intervalText({ lower: 0, upper: 1234.5 })).toBe('IC 95 %: 0,00 a 1.234,50');
  });
});

describe('provenance', () => {
  const provenance = {
    sources: ['SIH/SUS — TabNet', 'Digitação no painel'],
    competence: '2026-10',
    loadedAt: '2026-11-24T14:15:00.000Z',
    hasProvisional: true,
    revisedSince: { meetingMonth: '2026-11', shownValue: 18.0769 },
  };

  it('says where a number came from, in pt-BR', () => {
    expect(provenanceText(provenance)).toBe(
      'Fonte: SIH/SUS — TabNet; Digitação no painel · competência out/2026 · carregado em 24/11/2026 10:15 · inclui dados preliminares',
    );
  });

  it('flags a value revised since a closed meeting with the value the meeting saw', () => {
    const [note] = figureNotes({ isPartial: false, partialThrough: null, isProvisional: false, provenance });
    expect(note?.text).toBe('revisado desde a reunião de nov/2026');
    expect(note?.title).toContain('este valor era 18,08');
  });
});

describe('the year window of a list of territories', () => {
  const row = (
    partialThrough: string | null,
    pending: { month: string; reported: number; expected: number }[] = [],
  ) => ({
    isPartial: partialThrough !== null,
    partialThrough,
    isProvisional: false,
    value: 1,
    pending,
  });

  it('names the usual month, and says when some territories go to another', () => {
    expect(yearWindowNote([row('2026-10'), row('2026-10')])).toBe('parcial até out/2026');
    expect(yearWindowNote([row('2026-10'), row('2026-11'), row('2026-10')])).toBe(
      'parcial até out/2026 (os que vão até outro mês dizem qual)',
    );
    expect(yearWindowNote([row(null), row(null)])).toBeNull();
    expect(usualThrough([row('2026-10'), row('2026-11'), row('2026-10'), row(null)])).toBe('2026-10');
    // What a breakdown read a page at a time gets with its page, over every row.
    expect(windowSummary([row('2026-10'), row('2026-11'), row('2026-10')])).toEqual({
      usual: '2026-10',
      differs: true,
      isProvisional: false,
      hasPending: false,
    });
  });

  it('says when some months are still arriving, and each row tells its own', () => {
    const arriving = row('2026-10', [{ month: '2026-11', reported: 3, expected: 6 }]);
    expect(yearWindowNote([arriving, row('2026-10')])).toBe(
      'parcial até out/2026; meses que só alguns municípios enviaram ainda não contam (falta chegar a 80 % do território)',
    );
    expect(rowWindow(arriving, '2026-10')).toEqual({ through: null, pending: 'nov/2026: 3 de 6' });
    expect(rowWindow(row('2026-11'), '2026-10')).toEqual({ through: 'até nov/2026', pending: null });
    expect(rowWindow(row(null), '2026-10')).toEqual({ through: null, pending: null });
  });
});

describe('headingWithUnit', () => {
  it('names the unit of a column of figures once, in its heading', () => {
    expect(headingWithUnit('Meta', '%')).toBe('Meta (%)');
    expect(headingWithUnit('Valor', 'por 1.000 nascidos vivos')).toBe('Valor (por 1.000 nascidos vivos)');
  });
});
