import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { refusalOf } from './refusal.ts';

function serverError(code: string, httpStatus: number, message: string) {
  return TRPCClientError.from({ error: { message, code: -32600, data: { code, httpStatus } } });
}

describe('refusalOf', () => {
  it('keeps the reason and the typed text when the meeting was closed meanwhile', () => {
    const error = serverError(
      'UNPROCESSABLE_CONTENT',
      422,
      'A reunião de nov/2026 já foi encerrada: a ata não muda mais.',
    );
    expect(refusalOf(error, 'A deliberação não foi registrada', 'Rever metas')).toEqual({
      title: 'A deliberação não foi registrada',
      message: 'A reunião de nov/2026 já foi encerrada: a ata não muda mais.',
      typed: 'Rever metas',
    });
  });
  it('leaves other refusals to the form itself', () => {
    expect(refusalOf(serverError('CONFLICT', 409, 'Alterada por outra pessoa.'), 't', 'x')).toBeNull();
    expect(refusalOf(serverError('FORBIDDEN', 403, 'Só a superintendência.'), 't', 'x')).toBeNull();
    expect(refusalOf(new TypeError('Failed to fetch'), 't', 'x')).toBeNull();
  });
});
