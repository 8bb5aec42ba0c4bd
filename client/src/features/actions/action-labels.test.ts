import { describe, expect, it } from 'vitest';
import type { Rollup } from '../../../../shared/domain/action-status.ts';
import {
  actionCountLabel,
  deadlineDatesLabel,
  formatIsoDate,
  formatMonth,
  formatPercentDone,
  operationalCountLabel,
  rollupCounts,
  rollupSentence,
  shortText,
  splitTags,
  statusLabel,
} from './action-labels.ts';

const rollup = (counts: Partial<Rollup['counts']>, overdue = 0, percentDone: number | null = 0): Rollup => {
  const full = { not_started: 0, in_progress: 0, done: 0, cancelled: 0, suspended: 0, none: 0, ...counts };
  return { total: Object.values(full).reduce((a, b) => a + b, 0), counts: full, overdue, percentDone };
};

describe('statusLabel', () => {
  it('names every status and the missing one', () => {
    expect(statusLabel('in_progress')).toBe('Em andamento');
    expect(statusLabel('not_started')).toBe('Não iniciado');
    expect(statusLabel('none')).toBe('Sem informação');
    expect(statusLabel(null)).toBe('Sem informação');
  });
});

describe('formatting', () => {
  it('prints % concluded with one decimal and a comma, or a dash', () => {
    expect(formatPercentDone(35.416666)).toBe('35,4%');
    expect(formatPercentDone(100)).toBe('100,0%');
    expect(formatPercentDone(0)).toBe('0,0%');
    expect(formatPercentDone(null)).toBe('—');
  });
  it('prints calendar dates as dd/mm/aaaa without moving them by the time zone', () => {
    expect(formatIsoDate('2024-06-30')).toBe('30/06/2024');
    expect(formatIsoDate('2027-01-01')).toBe('01/01/2027');
    expect(formatIsoDate(null)).toBe('—');
  });
  it('prints months as the panel does', () => {
    expect(formatMonth('2026-11')).toBe('nov/2026');
    expect(formatMonth(null)).toBe('—');
  });
  it('describes the dates parsed from the prazo', () => {
    expect(deadlineDatesLabel('2024-03-01', '2027-12-31')).toBe('Início 01/03/2024 · Término 31/12/2027');
    expect(deadlineDatesLabel(null, '2024-06-30')).toBe('Término 30/06/2024');
    expect(deadlineDatesLabel('2024-07-01', null)).toBe('Início 01/07/2024 · sem data de término');
    expect(deadlineDatesLabel(null, null)).toBe('datas não identificadas no texto do prazo');
  });
  it('counts actions in Portuguese', () => {
    expect(actionCountLabel(1)).toBe('1 ação');
    expect(actionCountLabel(96)).toBe('96 ações');
    expect(operationalCountLabel(95)).toBe('95 ações operacionais');
    expect(operationalCountLabel(undefined)).toBe('ações operacionais');
    expect(actionCountLabel(0)).toBe('0 ações');
  });
});

describe('shortText', () => {
  it('keeps short texts whole and tidies spaces', () => {
    expect(shortText('  Revisar   o projeto ')).toBe('Revisar o projeto');
  });
  it('cuts long texts at a word and adds an ellipsis', () => {
    const text = 'Desenvolver o estudo e dimensionamento da força de trabalho da SAS, por Coordenadoria';
    expect(shortText(text, 40)).toBe('Desenvolver o estudo e dimensionamento…');
    expect(shortText(text, 40).length).toBeLessThanOrEqual(41);
  });
  it('does not leave a comma before the ellipsis', () => {
    expect(shortText('Dimensionar os recursos humanos da SAS, conforme o regimento interno', 39)).toBe(
      'Dimensionar os recursos humanos da SAS…',
    );
  });
});

describe('roll-up', () => {
  it('lists the counts in board order, the zeros only when asked', () => {
    const value = rollup({ done: 4, in_progress: 2, none: 1 });
    expect(rollupCounts(value)).toEqual([
      { status: 'none', count: 1 },
      { status: 'in_progress', count: 2 },
      { status: 'done', count: 4 },
    ]);
    expect(rollupCounts(value, true).map((entry) => entry.status)).toEqual([
      'none',
      'not_started',
      'in_progress',
      'suspended',
      'done',
      'cancelled',
    ]);
  });
  it('says the roll-up in one sentence', () => {
    expect(rollupSentence(rollup({ done: 4, in_progress: 2 }, 1, 66.666))).toBe(
      '6 ações: 2 Em andamento, 4 Concluído; 1 atrasada; 66,7% concluído.',
    );
    expect(rollupSentence(rollup({}))).toBe('Nenhuma ação operacional.');
  });
});

describe('splitTags', () => {
  it('keeps a short list whole', () => {
    expect(splitTags(['COAP', 'CAS'], 3)).toEqual({ shown: ['COAP', 'CAS'], hidden: [] });
    expect(splitTags(['COAP', 'CAS', 'CAT'], 3)).toEqual({ shown: ['COAP', 'CAS', 'CAT'], hidden: [] });
  });
  it('folds the rest of a long list into one tag, in the same room', () => {
    expect(splitTags(['SUPERINTENDENCIA', 'COAP', 'CAS', 'CAT', 'CORAS'], 3)).toEqual({
      shown: ['SUPERINTENDENCIA', 'COAP'],
      hidden: ['CAS', 'CAT', 'CORAS'],
    });
  });
});
