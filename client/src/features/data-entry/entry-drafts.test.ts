import { describe, expect, it } from 'vitest';
import { storedCell as stored } from './entry-cell-factory.ts';
import {
  type CellDraft,
  describeSaveProblem,
  editDraft,
  indexCells,
  NO_DRAFTS,
  readDraft,
  revertDraft,
  summarizeDrafts,
} from './entry-drafts.ts';

const RATE = {
  kind: 'rate',
  isProportion: true,
  periodicity: 'monthly',
  validationRules: ['numerador_ate_denominador'],
} as const;
const COUNT = { kind: 'count', isProportion: false, periodicity: 'yearly', validationRules: [] } as const;

const draft = (overrides: Partial<CellDraft>): CellDraft => ({
  numerator: null,
  denominator: null,
  baseVersion: 3,
  ...overrides,
});

describe('editDraft', () => {
  it('keeps the other rows as they were, so their memoised components do not redraw', () => {
    const first = editDraft(NO_DRAFTS, {
      territoryCode: '5100102',
      period: '2025-01',
      half: 'numerator',
      text: '5',
      cell: undefined,
    });
    const second = editDraft(first, {
      territoryCode: '5103403',
      period: '2025-03',
      half: 'denominator',
      text: '1.300',
      cell: stored(),
    });
    expect(second['5100102']).toBe(first['5100102']);
    expect(second['5103403']?.['2025-03']).toEqual({ numerator: null, denominator: '1.300', baseVersion: 3 });
    expect(first['5100102']?.['2025-01']).toEqual({ numerator: '5', denominator: null, baseVersion: null });
  });

  it('remembers the version the edit started from, even when the other half is typed later', () => {
    const once = editDraft(NO_DRAFTS, {
      territoryCode: '5103403',
      period: '2025-03',
      half: 'numerator',
      text: '160',
      cell: stored(),
    });
    const twice = editDraft(once, {
      territoryCode: '5103403',
      period: '2025-03',
      half: 'denominator',
      text: '1.250',
      cell: stored({ version: 4 }),
    });
    expect(twice['5103403']?.['2025-03']).toEqual({ numerator: '160', denominator: '1.250', baseVersion: 3 });
  });
});

describe('revertDraft', () => {
  it('drops one cell and the row once it is empty', () => {
    const drafts = {
      '5103403': { '2025-03': draft({ numerator: '1' }), '2025-04': draft({ numerator: '2' }) },
    };
    expect(revertDraft(drafts, '5103403', '2025-03')).toEqual({
      '5103403': { '2025-04': draft({ numerator: '2' }) },
    });
    expect(revertDraft(revertDraft(drafts, '5103403', '2025-03'), '5103403', '2025-04')).toEqual({});
    expect(revertDraft(drafts, '5100102', '2025-03')).toBe(drafts);
  });
});

describe('readDraft', () => {
  it('keeps the untouched half as stored', () => {
    const read = readDraft(draft({ numerator: '160' }), stored(), RATE);
    expect(read).toMatchObject({ numerator: 160, denominator: 1234, isChanged: true, isStale: false });
  });

  it('is unchanged when the typed value equals the stored one', () => {
    expect(readDraft(draft({ numerator: '152', denominator: '1.234' }), stored(), RATE).isChanged).toBe(
      false,
    );
  });

  it('says what is wrong with typed text, on the half that holds it', () => {
    const read = readDraft(draft({ denominator: 'mil' }), stored(), RATE);
    expect(read.denominatorProblem).toBe(
      '"mil" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
    );
    expect(read.numeratorProblem).toBeNull();
    expect(read.isChanged).toBe(true);
  });

  it("applies the indicator's rules to the pair", () => {
    expect(readDraft(draft({ numerator: '2.000' }), stored(), RATE).valueProblem).toBe(
      'Regra "numerador ≤ denominador": o numerador (2.000) é maior que o denominador (1.234).',
    );
    expect(readDraft(draft({ numerator: '2,5' }), undefined, COUNT).valueProblem).toBe(
      'Este indicador é uma contagem: informe um número inteiro.',
    );
  });

  it('accepts one half alone for a rate, and an emptied cell (a deletion)', () => {
    const half = readDraft(draft({ numerator: '', denominator: '900', baseVersion: null }), undefined, RATE);
    expect(half).toMatchObject({ numerator: null, denominator: 900, valueProblem: null, isChanged: true });
    const cleared = readDraft(draft({ numerator: '', denominator: '' }), stored(), RATE);
    expect(cleared).toMatchObject({
      numerator: null,
      denominator: null,
      valueProblem: null,
      isChanged: true,
    });
  });

  it('ignores the denominator of a count', () => {
    const read = readDraft(draft({ numerator: '4' }), stored({ numerator: 4, denominator: null }), COUNT);
    expect(read).toMatchObject({ numerator: 4, denominator: null, isChanged: false });
  });

  it('notices a cell saved by someone else after the edit began', () => {
    expect(readDraft(draft({ numerator: '160' }), stored({ version: 4 }), RATE).isStale).toBe(true);
    expect(
      readDraft(draft({ numerator: '1', baseVersion: null }), stored({ version: 1 }), RATE).isStale,
    ).toBe(true);
  });
});

describe('summarizeDrafts', () => {
  it('sends only changed, valid cells, with the version the grid holds now', () => {
    const cells = indexCells([stored(), stored({ period: '2025-04', version: 7, numerator: 10 })]);
    const drafts = {
      '5103403': {
        '2025-03': draft({ numerator: '160' }),
        '2025-04': draft({ numerator: '10', baseVersion: 7 }),
        '2025-05': draft({ numerator: 'x', baseVersion: null }),
      },
      '5100102': { '2025-03': draft({ numerator: '3', denominator: '40', baseVersion: null }) },
    };
    const summary = summarizeDrafts(drafts, cells, RATE);
    // Territory codes are integer-like keys: objects list them in ascending order.
    expect(summary.toSave).toEqual([
      { territoryCode: '5100102', period: '2025-03', numerator: 3, denominator: 40, expectedVersion: null },
      { territoryCode: '5103403', period: '2025-03', numerator: 160, denominator: 1234, expectedVersion: 3 },
    ]);
    expect(summary.invalid).toEqual([
      {
        territoryCode: '5103403',
        period: '2025-05',
        problem: '"x" não é um número. Use só algarismos, com vírgula para decimais (ex.: 1234,5).',
      },
    ]);
    expect(summary.staleCount).toBe(0);
  });

  it('after a reload, sends the new version and counts the cells changed meanwhile', () => {
    const drafts = { '5103403': { '2025-03': draft({ numerator: '160' }) } };
    const summary = summarizeDrafts(drafts, indexCells([stored({ version: 5, numerator: 155 })]), RATE);
    expect(summary.toSave[0]?.expectedVersion).toBe(5);
    expect(summary.staleCount).toBe(1);
  });
});

describe('describeSaveProblem', () => {
  const sent = [
    { territoryCode: '5100102', period: '2025-01', numerator: null, denominator: null, expectedVersion: 2 },
    { territoryCode: '5103403', period: '2025-03', numerator: 9, denominator: 1, expectedVersion: 3 },
  ];
  const name = (cell: { territoryCode: string; period: string }) => `${cell.territoryCode} ${cell.period}`;

  it('names the cell of the line the server counted (cleared cells are not counted)', () => {
    expect(describeSaveProblem('Linha 1: O numerador não pode ser negativo.', sent, name)).toBe(
      '5103403 2025-03: O numerador não pode ser negativo.',
    );
  });

  it('leaves other messages as they are', () => {
    expect(describeSaveProblem('Nenhuma alteração para salvar.', sent, name)).toBe(
      'Nenhuma alteração para salvar.',
    );
    expect(describeSaveProblem('Linha 9: erro.', sent, name)).toBe('Linha 9: erro.');
  });
});
