import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDeadline } from './deadline.ts';

// Every distinct prazo written in the plan (sections 6 and 6.1), with the dates a person reads.
const PLAN_FORMS: [string, string | null, string | null][] = [
  ['17 de maio/24', '2024-05-17', '2024-05-17'],
  ['2024 a 2025', '2024-01-01', '2025-12-31'],
  ['2024 a 2027', '2024-01-01', '2027-12-31'],
  ['2024/2027', '2024-01-01', '2027-12-31'],
  ['2025 a 2027', '2025-01-01', '2027-12-31'],
  ['A partir Agosto/24', '2024-08-01', null],
  ['A partir de 2025', '2025-01-01', null],
  ['A partir de agosto/2024', '2024-08-01', null],
  ['A partir de agosto/2024 até Dez/2025', '2024-08-01', '2025-12-31'],
  ['A partir de dezembro 2023', '2023-12-01', null],
  ['A partir de julho/24', '2024-07-01', null],
  ['A partir de junho/24', '2024-06-01', null],
  ['A partir de maio/24', '2024-05-01', null],
  ['A partir setembro 2023', '2023-09-01', null],
  ['Agosto a dezembro de 2024', '2024-08-01', '2024-12-31'],
  ['Até 15 de Abril de 2024', null, '2024-04-15'],
  ['Até 15 de maio/24', null, '2024-05-15'],
  ['Até 30 de Junho/24', null, '2024-06-30'],
  ['Até 30 de maio/24', null, '2024-05-30'],
  ['Até 30 de março/24', null, '2024-03-30'],
  ['Até 30 maio/24', null, '2024-05-30'],
  ['Até 31 Maio/24', null, '2024-05-31'],
  ['Até 31 de Maio/24', null, '2024-05-31'],
  ['Até 31 de maio/24', null, '2024-05-31'],
  ['Até Abril/24', null, '2024-04-30'],
  ['Até Junho/24', null, '2024-06-30'],
  ['Até abril 2024', null, '2024-04-30'],
  ['Até abril de 2024', null, '2024-04-30'],
  ['Até abril/24', null, '2024-04-30'],
  ['Até dez. de 2024', null, '2024-12-31'],
  ['Até dezembro/2024', null, '2024-12-31'],
  ['Até julho de 2024', null, '2024-07-31'],
  ['Até junho de 2024', null, '2024-06-30'],
  ['Até maio de 2024', null, '2024-05-31'],
  ['Fev/24 a dez/26', '2024-02-01', '2026-12-31'],
  ['Fev/24 a dez/27', '2024-02-01', '2027-12-31'],
  ['Jul/2024 a dez/2027', '2024-07-01', '2027-12-31'],
  ['Jul/24 a dez/27', '2024-07-01', '2027-12-31'],
  ['Julho/24 a dez/27', '2024-07-01', '2027-12-31'],
  ['Maio a Dez/24', '2024-05-01', '2024-12-31'],
  ['Maio de 2024', '2024-05-01', '2024-05-31'],
  ['Março/24 a Dezembro/27', '2024-03-01', '2027-12-31'],
  ['Março/24 a dez/27 (1ª 3ª feira do mês)', '2024-03-01', '2027-12-31'],
  ['a partir de julho de 2024', '2024-07-01', null],
  ['a partir de maio/2024 até dez/2024', '2024-05-01', '2024-12-31'],
  ['a partir de mar/2025', '2025-03-01', null],
  ['a partir/2024 até 2027', '2024-01-01', '2027-12-31'],
  ['ago/24', '2024-08-01', '2024-08-31'],
  ['agosto/24 a 2027', '2024-08-01', '2027-12-31'],
  ['até Dez/2025', null, '2025-12-31'],
  ['até agosto/2024', null, '2024-08-31'],
  ['até dez/2024', null, '2024-12-31'],
  ['até dez/2027', null, '2027-12-31'],
  ['até dezembro/2024', null, '2024-12-31'],
  ['até julho/2024', null, '2024-07-31'],
  ['até junho de 2024', null, '2024-06-30'],
  ['até junho/2024', null, '2024-06-30'],
  ['junho/2024 a 2025', '2024-06-01', '2025-12-31'],
  ['maio/2024 a 2025', '2024-05-01', '2025-12-31'],
  ['maio/2024 a 2027', '2024-05-01', '2027-12-31'],
  ['mai/24', '2024-05-01', '2024-05-31'],
  ['mar/24', '2024-03-01', '2024-03-31'],
  ['março de 2024', '2024-03-01', '2024-03-31'],
];

// Left for a person to set on the review page: no date is guessed.
const UNPARSEABLE = ['contínuo', 'conforme calendário do PRI', '2024027', 'junho/2024 e 2025'];

describe('parseDeadline', () => {
  it.each(PLAN_FORMS)('reads "%s"', (text, startsOn, endsOn) => {
    expect(parseDeadline(text)).toEqual({ startsOn, endsOn });
  });

  it.each(UNPARSEABLE)('leaves "%s" for review', (text) => {
    expect(parseDeadline(text)).toBeNull();
  });

  it('refuses impossible dates and ranges that end before they start', () => {
    expect(parseDeadline('Até 31 de abril/24')).toBeNull();
    expect(parseDeadline('dez/27 a jan/24')).toBeNull();
    expect(parseDeadline('Até 13/24')).toBeNull();
    expect(parseDeadline('')).toBeNull();
  });

  it('reads two digits as a year only after a month', () => {
    expect(parseDeadline('Até 30')).toBeNull();
    expect(parseDeadline('a partir de 12')).toBeNull();
    expect(parseDeadline('15 a 30 de maio/24')).toBeNull();
    expect(parseDeadline('2026')).toEqual({ startsOn: '2026-01-01', endsOn: '2026-12-31' });
  });

  it('covers every prazo written in the plan', () => {
    const plan = JSON.parse(fs.readFileSync('data/plan/acoes.json', 'utf8')) as {
      acoes_estrategicas: { prazo: string; acoes_operacionais: { prazo: string }[] }[];
    };
    const written = new Set(
      plan.acoes_estrategicas.flatMap((action) => [
        action.prazo,
        ...action.acoes_operacionais.map((operational) => operational.prazo),
      ]),
    );
    const known = new Set([...PLAN_FORMS.map(([text]) => text), ...UNPARSEABLE]);
    expect([...written].filter((text) => !known.has(text))).toEqual([]);
  });
});
