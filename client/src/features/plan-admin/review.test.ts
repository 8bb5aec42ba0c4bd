import { describe, expect, it } from 'vitest';
import { datesDraft, isDraftChanged, reviewStatusLabel, setDatesInput } from './review.ts';

const row = { kind: 'operational' as const, code: '2.1.3', startsOn: null, endsOn: null };

describe('setDatesInput', () => {
  it('sends only a start for "contínuo", at the version shown', () => {
    expect(setDatesInput(row, { startsOn: '2024-03-01', endsOn: '' }, 2)).toEqual({
      isValid: true,
      input: {
        kind: 'operational',
        code: '2.1.3',
        dates: { startsOn: '2024-03-01', endsOn: null },
        version: 2,
      },
    });
  });
  it('sends both dates, or none (a person decided the prazo has no dates)', () => {
    expect(setDatesInput(row, { startsOn: '2024-06-01', endsOn: '2025-06-30' }, 1)).toMatchObject({
      isValid: true,
      input: { dates: { startsOn: '2024-06-01', endsOn: '2025-06-30' } },
    });
    expect(
      setDatesInput({ ...row, kind: 'strategic', code: '4.8' }, { startsOn: '', endsOn: '' }, 1),
    ).toEqual({
      isValid: true,
      input: { kind: 'strategic', code: '4.8', dates: { startsOn: null, endsOn: null }, version: 1 },
    });
  });
  it('refuses an end before the start, as the server does', () => {
    expect(setDatesInput(row, { startsOn: '2025-01-01', endsOn: '2024-12-31' }, 1)).toEqual({
      isValid: false,
      problems: ['A data de início deve ser anterior ou igual à data de término.'],
    });
  });
  it('refuses a date that does not exist or is not a date', () => {
    expect(setDatesInput(row, { startsOn: '2025-02-30', endsOn: '20245-01-01' }, 1)).toEqual({
      isValid: false,
      problems: ['Data de início inválida: use dd/mm/aaaa.', 'Data de término inválida: use dd/mm/aaaa.'],
    });
  });
});

describe('the review row', () => {
  it('starts the inputs from the saved dates and tells when they were changed', () => {
    const saved = { startsOn: '2024-03-01', endsOn: null };
    expect(datesDraft(saved)).toEqual({ startsOn: '2024-03-01', endsOn: '' });
    expect(isDraftChanged(saved, { startsOn: '2024-03-01', endsOn: '' })).toBe(false);
    expect(isDraftChanged(saved, { startsOn: '2024-03-01', endsOn: '2024-12-31' })).toBe(true);
  });
  it('names the situation', () => {
    expect(reviewStatusLabel(false)).toBe('Pendente');
    expect(reviewStatusLabel(true)).toBe('Definido por uma pessoa');
  });
});
