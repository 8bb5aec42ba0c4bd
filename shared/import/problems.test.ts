import { describe, expect, it } from 'vitest';
import { describeProblem, duplicateProblems } from './problems.ts';

describe('describeProblem', () => {
  it('starts with the line and, when there is one, the column', () => {
    expect(describeProblem({ line: 12, column: 'numerador', reason: '"12a" não é um número.' })).toBe(
      'Linha 12, coluna numerador: "12a" não é um número.',
    );
    expect(describeProblem({ line: 3, column: '', reason: 'falta o numerador.' })).toBe(
      'Linha 3: falta o numerador.',
    );
  });

  it('states a whole-file problem (line 0) as a sentence of its own', () => {
    expect(describeProblem({ line: 0, column: '', reason: 'não encontrei o cabeçalho.' })).toBe(
      'Não encontrei o cabeçalho.',
    );
  });
});

describe('duplicateProblems', () => {
  it('reports every copy, naming the other lines', () => {
    expect(duplicateProblems([[2], [3, 7, 9]], 'ibge', 'repete o município').map(describeProblem)).toEqual([
      'Linha 3, coluna ibge: repete o município das linhas 7 e 9: deixe só uma delas.',
      'Linha 7, coluna ibge: repete o município das linhas 3 e 9: deixe só uma delas.',
      'Linha 9, coluna ibge: repete o município das linhas 3 e 7: deixe só uma delas.',
    ]);
  });
});
