import { describe, expect, it } from 'vitest';
import { datesOrderProblem, datesSpan, deadlinePreview, describeDates, formatIsoDate } from './dates.ts';

describe('formatIsoDate', () => {
  it('writes a stored date as dd/mm/aaaa', () => {
    expect(formatIsoDate('2024-04-30')).toBe('30/04/2024');
    expect(formatIsoDate('2027-12-31')).toBe('31/12/2027');
  });
  it('says a missing date with the given placeholder and keeps an unexpected value', () => {
    expect(formatIsoDate(null)).toBe('—');
    expect(formatIsoDate('', 'sem data')).toBe('sem data');
    expect(formatIsoDate('abril')).toBe('abril');
  });
});

describe('describeDates and datesSpan', () => {
  it('name both dates, or say which one is missing', () => {
    expect(describeDates({ startsOn: '2024-07-01', endsOn: '2027-12-31' })).toBe(
      'início 01/07/2024 · término 31/12/2027',
    );
    expect(describeDates({ startsOn: null, endsOn: '2024-04-30' })).toBe(
      'sem data de início · término 30/04/2024',
    );
    expect(describeDates({ startsOn: '2024-07-01', endsOn: null })).toBe(
      'início 01/07/2024 · sem data de término',
    );
  });
  it('write a short span for the tree', () => {
    expect(datesSpan({ startsOn: '2024-07-01', endsOn: '2027-12-31' })).toBe('01/07/2024 a 31/12/2027');
    expect(datesSpan({ startsOn: '2024-05-17', endsOn: '2024-05-17' })).toBe('17/05/2024');
    expect(datesSpan({ startsOn: null, endsOn: '2024-04-30' })).toBe('até 30/04/2024');
    expect(datesSpan({ startsOn: '2024-07-01', endsOn: null })).toBe('a partir de 01/07/2024');
    expect(datesSpan({ startsOn: null, endsOn: null })).toBeNull();
  });
});

describe('deadlinePreview', () => {
  it('shows the dates the server will read from a new prazo', () => {
    expect(deadlinePreview('Até abril/24')).toEqual({
      kind: 'read',
      message: 'Datas lidas: sem data de início · término 30/04/2024.',
    });
    expect(deadlinePreview('Julho/24 a dez/27')).toEqual({
      kind: 'read',
      message: 'Datas lidas: início 01/07/2024 · término 31/12/2027.',
    });
    expect(deadlinePreview('A partir de julho/24').message).toBe(
      'Datas lidas: início 01/07/2024 · sem data de término.',
    );
  });
  it('sends what it cannot read to the review, guessing nothing', () => {
    for (const text of ['contínuo', 'conforme calendário do PRI', '2024027', 'junho/2024 e 2025']) {
      expect(deadlinePreview(text)).toEqual({
        kind: 'unread',
        message: 'Não foi possível ler datas deste prazo: ele irá para a revisão de prazos.',
      });
    }
  });
  it('asks for a prazo while the field is empty', () => {
    expect(deadlinePreview('   ').kind).toBe('empty');
  });
  it('keeps the current dates when the text of an existing prazo does not change', () => {
    const saved = { deadlineText: 'contínuo', startsOn: '2024-03-01', endsOn: null, isSetByPerson: true };
    expect(deadlinePreview(' contínuo ', saved)).toEqual({
      kind: 'kept',
      message:
        'Prazo sem alteração. Datas atuais (definidas por uma pessoa na revisão de prazos): início 01/03/2024 · sem data de término.',
    });
    expect(
      deadlinePreview('contínuo', {
        deadlineText: 'contínuo',
        startsOn: null,
        endsOn: null,
        isSetByPerson: false,
      }).message,
    ).toBe('Prazo sem alteração. Este prazo não tem datas.');
  });
  it('warns that a new text replaces dates a person set', () => {
    const saved = { deadlineText: 'contínuo', startsOn: '2024-03-01', endsOn: null, isSetByPerson: true };
    expect(deadlinePreview('Até dez/24', saved).message).toBe(
      'Datas lidas: sem data de início · término 31/12/2024. As datas definidas por uma pessoa na revisão serão substituídas.',
    );
  });
});

describe('datesOrderProblem', () => {
  it('refuses a start after the end and accepts the rest', () => {
    expect(datesOrderProblem({ startsOn: '2024-05-02', endsOn: '2024-05-01' })).toBe(
      'A data de início deve ser anterior ou igual à data de término.',
    );
    expect(datesOrderProblem({ startsOn: '2024-05-01', endsOn: '2024-05-01' })).toBeNull();
    expect(datesOrderProblem({ startsOn: '2024-05-01', endsOn: null })).toBeNull();
    expect(datesOrderProblem({ startsOn: null, endsOn: null })).toBeNull();
  });
});
