import { describe, expect, it } from 'vitest';
import { startServer } from '../start.ts';
import { describeConnectionError } from './connection-errors.ts';

const URL = 'postgres://painel:segredo@banco.ses.mt:5433/painel';

describe('describeConnectionError', () => {
  it('says in Portuguese what a person can fix, without the password', () => {
    const cases: [string, RegExp][] = [
      ['ECONNREFUSED', /^O servidor PostgreSQL em banco\.ses\.mt:5433 não respondeu/],
      ['ENOTFOUND', /^O servidor banco\.ses\.mt de DATABASE_URL não foi encontrado/],
      ['28P01', /^O PostgreSQL em banco\.ses\.mt:5433 recusou o usuário "painel" ou a senha/],
      ['3D000', /^O banco "painel" não existe no PostgreSQL em banco\.ses\.mt:5433/],
    ];
    for (const [code, message] of cases) {
      const text = describeConnectionError(Object.assign(new Error('x'), { code }), URL);
      expect(text, code).toMatch(message);
      expect(text).not.toContain('segredo');
    }
  });

  it('leaves other errors alone', () => {
    expect(describeConnectionError(Object.assign(new Error('x'), { code: '23505' }), URL)).toBeNull();
    expect(describeConnectionError(new Error('x'), '/srv/painel.sqlite')).toBeNull();
  });

  it('stops the server start with that sentence', async () => {
    await expect(
      startServer({
        databaseUrl: 'postgres://painel:segredo@127.0.0.1:1/painel',
        port: 0,
        seedExampleData: false,
      }),
    ).rejects.toThrow(
      'O servidor PostgreSQL em 127.0.0.1:1 não respondeu: ele está ligado? A URL de DATABASE_URL está certa?',
    );
  });
});
