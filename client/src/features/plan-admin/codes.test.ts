import { describe, expect, it } from 'vitest';
import { newCodeProblem, suggestNextCode } from './codes.ts';

const strategic11 = ['1.1.1', '1.1.2', '1.1.3', '1.1.4', '1.1.5', '1.1.6', '1.2.1', '1.2.2'];

describe('suggestNextCode', () => {
  it('offers the number after the highest child of the parent', () => {
    expect(suggestNextCode('1.1', strategic11)).toBe('1.1.7');
    expect(suggestNextCode('1.2', strategic11)).toBe('1.2.3');
  });
  it('compares numbers as numbers, not as text', () => {
    expect(suggestNextCode('3.5', ['3.5.1', '3.5.2', '3.5.9', '3.5.10', '3.5.19'])).toBe('3.5.20');
    expect(suggestNextCode('3.7', ['3.7.9', '3.7.10'])).toBe('3.7.11');
  });
  it('starts at 1 under a parent without children', () => {
    expect(suggestNextCode('4.9', strategic11)).toBe('4.9.1');
    expect(suggestNextCode('2', [])).toBe('2.1');
  });
  it('does not take a grandchild or a code that only shares the prefix for a child', () => {
    expect(suggestNextCode('1', ['1.1', '1.2', '1.1.9', '10.1', '11'])).toBe('1.3');
  });
  it('prefers numbers when a level mixes letters and numbers (objective 2 has 2.a…2.d and 2.1…2.3)', () => {
    expect(suggestNextCode('2', ['2.a', '2.b', '2.c', '2.d', '2.1', '2.2', '2.3'])).toBe('2.4');
  });
  it('continues with the next letter when the children are lettered only', () => {
    expect(suggestNextCode('2', ['2.a', '2.b', '2.d'])).toBe('2.e');
  });
  it('suggests the next objective number; letter codes such as RS do not count', () => {
    expect(suggestNextCode(null, ['1', '2', '3', '4', 'RS'])).toBe('5');
    expect(suggestNextCode(null, [])).toBe('1');
  });
  it('counts retired codes too, as they are never reused', () => {
    // The caller passes every code, retired included: 1.1.7 was retired, so 1.1.8 is next.
    expect(suggestNextCode('1.1', [...strategic11, '1.1.7'])).toBe('1.1.8');
  });
});

describe('newCodeProblem', () => {
  it('accepts a free code under its parent', () => {
    expect(newCodeProblem('operational', '1.1.7', '1.1', strategic11)).toBeNull();
    expect(newCodeProblem('operational', ' 1.1.7 ', '1.1', strategic11)).toBeNull();
    expect(newCodeProblem('strategic', '2.e', '2', ['2.a'])).toBeNull();
    expect(newCodeProblem('objective', '5', null, ['1', '2'])).toBeNull();
  });
  it('refuses a code already used, whatever the case', () => {
    expect(newCodeProblem('operational', '1.1.6', '1.1', strategic11)).toBe(
      'Já existe a ação operacional 1.1.6 (códigos de itens retirados também não podem ser reutilizados).',
    );
    expect(newCodeProblem('strategic', '2.A', '2', ['2.a'])).toMatch(/^Já existe a ação estratégica 2\.A/);
    expect(newCodeProblem('objective', '3', null, ['3'])).toMatch(/^Já existe o objetivo 3 /);
  });
  it('asks for a code and refuses characters the server refuses', () => {
    expect(newCodeProblem('operational', '  ', '1.1', [])).toBe('Informe o código da ação.');
    expect(newCodeProblem('objective', '', null, [])).toBe('Informe o código do objetivo.');
    expect(newCodeProblem('operational', '1.1-7', '1.1', [])).toBe(
      'Código de ação inválido: use números, letras e pontos (ex.: 1.3.2).',
    );
    expect(newCodeProblem('objective', '5a', null, [])).toBe(
      'Código do objetivo inválido: use números ou letras maiúsculas.',
    );
    expect(newCodeProblem('operational', `1.1.${'9'.repeat(20)}`, '1.1', [])).toBe(
      'Código de ação muito longo.',
    );
  });
  it('keeps a child under its parent’s numbering', () => {
    expect(newCodeProblem('operational', '1.2.7', '1.1', [])).toBe(
      'O código da ação operacional deve ser 1.1. seguido de um número (ex.: 1.1.1), sem outros pontos.',
    );
    expect(newCodeProblem('operational', '1.1.7.1', '1.1', [])).not.toBeNull();
    expect(newCodeProblem('operational', '1.1.', '1.1', [])).not.toBeNull();
  });
});
