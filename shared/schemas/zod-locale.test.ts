import { describe, expect, it } from 'vitest';
import { ZMonitoringRecordInputSchema } from './action-plan.ts';
import { ZCreateUserSchema, ZIssueTokenSchema } from './user.ts';
import { inputErrorMessage, z } from './zod-locale.ts';

function messageOf(schema: z.ZodType, input: unknown): string {
  const parsed = schema.safeParse(input);
  if (parsed.success) throw new Error('a entrada deveria ter sido recusada');
  return inputErrorMessage(parsed.error);
}

const user = { username: 'maria.silva', displayName: 'Maria Silva', role: 'coordination', password: 'x' };

describe("zod's own messages", () => {
  it('name the field and the limit in Portuguese', () => {
    expect(messageOf(ZIssueTokenSchema, { name: 'x'.repeat(81) })).toBe('Nome: no máximo 80 caracteres.');
    expect(messageOf(ZCreateUserSchema, { ...user, password: 'x'.repeat(201) })).toBe(
      'Senha: no máximo 200 caracteres.',
    );
  });

  it('tell a missing field from a wrong type, and refuse NaN and Infinity as numbers', () => {
    const { displayName: _missing, ...withoutName } = user;
    expect(messageOf(ZCreateUserSchema, withoutName)).toBe('Nome completo: obrigatório.');
    expect(messageOf(z.object({ year: z.number() }), { year: Number.NaN })).toBe(
      'Ano: deve ser um número finito.',
    );
    expect(messageOf(z.object({ year: z.number() }), { year: Number.POSITIVE_INFINITY })).toBe(
      'Ano: deve ser um número finito.',
    );
    expect(messageOf(z.object({ year: z.number() }), { year: '2025' })).toBe('Ano: deve ser um número.');
    expect(messageOf(z.object({ kind: z.enum(['rate', 'count']) }), { kind: 'x' })).toBe(
      'Tipo: valor não aceito (use rate, count).',
    );
  });

  it('point to the item of a list, and to the whole input when it is missing', () => {
    expect(messageOf(ZCreateUserSchema, { ...user, coordinationCodes: ['COAP', 7] })).toBe(
      'Coordenadorias (item 2): deve ser um texto.',
    );
    expect(messageOf(ZIssueTokenSchema, undefined)).toBe('Dados enviados: obrigatório.');
  });

  it("keep a schema's own message, and list every problem of the input at once", () => {
    const message = messageOf(ZCreateUserSchema, { ...user, displayName: 'M', role: 'chefe', password: '' });
    expect(message).toBe('Informe o nome completo. Papel desconhecido. Informe a senha inicial.');
  });

  it('name unexpected fields without repeating a huge one, and cut a long list short', () => {
    expect(messageOf(z.strictObject({}), { ['a'.repeat(500)]: 1 })).toBe(
      `Dados enviados: campo não esperado: “${'a'.repeat(40)}”.`,
    );
    const many = messageOf(ZMonitoringRecordInputSchema, {});
    expect(many).toMatch(/\(e mais \d+ problemas?\)$/);
  });
});
