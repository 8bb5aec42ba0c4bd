import { describe, expect, it } from 'vitest';
import { ZSemesterNarrativeInputSchema, ZSemesterSchema } from './semester-report.ts';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('semester report inputs', () => {
  it('reads a semester of the plan and writes it as AAAA-S1/S2', () => {
    expect(ZSemesterSchema.parse(' 2026-s1 ')).toBe('2026-S1');
    expect(ZSemesterSchema.parse('2027-S2')).toBe('2027-S2');
  });

  it('refuses anything else with one Portuguese sentence', () => {
    expect(messages(ZSemesterSchema.safeParse('2026-S3'))).toEqual([
      'Semestre inválido: use AAAA-S1 (janeiro a junho) ou AAAA-S2 (julho a dezembro), ex.: 2026-S1.',
    ]);
    expect(messages(ZSemesterSchema.safeParse('2023-S2'))).toEqual([
      'Semestre fora do plano: o relatório vai do 1º semestre de 2024 ao 2º semestre de 2027.',
    ]);
    expect(messages(ZSemesterSchema.safeParse(2026))).toEqual([
      'Informe o semestre como AAAA-S1 ou AAAA-S2 (ex.: 2026-S1).',
    ]);
  });

  it('trims the texts, keeps empty ones as null and caps each at 8.000 characters', () => {
    const base = {
      semester: '2026-S1',
      objectiveCode: ' 4 ',
      coordinationCode: 'coap',
      progress: '  Oficinas realizadas.  ',
      difficulties: '   ',
      relation: null,
      version: null,
    };
    expect(ZSemesterNarrativeInputSchema.parse(base)).toEqual({
      ...base,
      objectiveCode: '4',
      coordinationCode: 'COAP',
      progress: 'Oficinas realizadas.',
      difficulties: null,
    });
    expect(
      messages(ZSemesterNarrativeInputSchema.safeParse({ ...base, relation: 'x'.repeat(8001) })),
    ).toEqual(['O texto "relação com as metas" é muito longo (máximo 8.000 caracteres).']);
    expect(
      ZSemesterNarrativeInputSchema.parse({ ...base, relation: 'x'.repeat(8000) }).relation,
    ).toHaveLength(8000);
  });
});
