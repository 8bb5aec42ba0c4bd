import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { errorMessage, isBadRequest, isNotFound, isServerAnswer } from './errors.ts';

function serverError(code: string, httpStatus: number, message: string) {
  return TRPCClientError.from({ error: { message, code: -32600, data: { code, httpStatus } } });
}

describe('errorMessage', () => {
  it("shows the server's Portuguese sentence", () => {
    const error = serverError('BAD_REQUEST', 400, 'O ano deve ser um número, por exemplo 2025.');
    expect(isServerAnswer(error)).toBe(true);
    expect(isBadRequest(error)).toBe(true);
    expect(errorMessage(error)).toBe('O ano deve ser um número, por exemplo 2025.');
  });

  it('recognises a NOT_FOUND answer', () => {
    expect(
      isNotFound(serverError('NOT_FOUND', 404, 'Indicador "999" não encontrado no painel do plano.')),
    ).toBe(true);
  });

  it('says in Portuguese when the server could not be reached', () => {
    const error = TRPCClientError.from(new TypeError('Failed to fetch'));
    expect(isServerAnswer(error)).toBe(false);
    expect(errorMessage(error)).toBe(
      'Não foi possível falar com o servidor. Verifique a conexão e tente novamente.',
    );
  });
});
