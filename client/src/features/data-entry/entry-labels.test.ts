import { describe, expect, it } from 'vitest';
import { storedCell } from './entry-cell-factory.ts';
import type { EntryCell } from './entry-drafts.ts';
import { cellName, historySource, historyValueText, periodHeader, savedByText } from './entry-labels.ts';

// Local time, so the expected text does not depend on the machine's time zone.
/** 10:05 in Cuiabá (UTC−4), whatever the machine's time zone. */
const SAVED_AT = '2025-04-02T14:05:00.000Z';

function stored(overrides: Partial<EntryCell> = {}): EntryCell {
  return storedCell({ updatedAt: SAVED_AT, ...overrides });
}

describe('savedByText', () => {
  it('says who saved the value and when, in dd/mm/aaaa hh:mm', () => {
    expect(savedByText(stored(), 'João Lima')).toBe('salvo por Maria Souza em 02/04/2025 10:05');
    expect(savedByText(stored(), 'Maria Souza')).toBe('salvo por você em 02/04/2025 10:05');
  });

  it('tells loaded, example and provisional values apart', () => {
    expect(savedByText(stored({ updatedByName: null }), null)).toBe(
      'carregado pela carga de dados em 02/04/2025 10:05',
    );
    expect(savedByText(stored({ isExample: true }), null)).toBe(
      'dado de exemplo, gerado para demonstração (não é oficial)',
    );
    expect(savedByText(stored({ isProvisional: true }), null)).toBe(
      'salvo por Maria Souza em 02/04/2025 10:05 · valor provisório',
    );
    expect(savedByText(undefined, null)).toBeNull();
  });
});

describe('history values', () => {
  it('shows numerator / denominator in pt-BR', () => {
    expect(historyValueText({ numerador: 1520.5, denominador: 12345 }, 'rate')).toBe('1.520,5 / 12.345');
    expect(historyValueText({ numerador: null, denominador: 900 }, 'rate')).toBe('— / 900');
    expect(historyValueText({ numerador: 4, denominador: null }, 'count')).toBe('4');
    expect(historyValueText(null, 'rate')).toBe('—');
  });

  it('reads the source when the log kept it', () => {
    expect(historySource({ numerador: 1, fonte: 'Importação: abril.csv' })).toBe('Importação: abril.csv');
    expect(historySource({ numerador: 1 })).toBeNull();
  });
});

describe('cellName', () => {
  it('names the município and the month', () => {
    expect(cellName('Cuiabá', '2025-03', 'monthly')).toBe('Cuiabá, mar/2025');
    expect(cellName('Mato Grosso', '2025', 'yearly')).toBe('Mato Grosso, 2025');
    // The yearly column of a monthly indicator, in a closed year.
    expect(cellName('Cuiabá', '2021', 'monthly')).toBe('Cuiabá, ano inteiro de 2021');
    expect(periodHeader('2021', 'monthly')).toBe('Ano inteiro');
    expect(periodHeader('2021-03', 'monthly')).toBe('mar/2021');
  });
});
