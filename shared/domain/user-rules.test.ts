import { describe, expect, it } from 'vitest';
import { scopeKind, scopeOfRole, userFormProblems } from './user-rules.ts';

describe('scopeKind', () => {
  it('gives coordenadorias to coordination users, territories to gestores regionais, nothing to others', () => {
    expect(scopeKind('coordination')).toBe('coordination');
    expect(scopeKind('regional')).toBe('territory');
    expect(scopeKind('admin')).toBe('none');
    expect(scopeKind('superintendence')).toBe('none');
  });
});

describe('scopeOfRole', () => {
  it('keeps only the scope the role uses', () => {
    const scope = { coordinationCodes: ['COAP', 'CAS'], territoryCodes: ['5103'] };
    expect(scopeOfRole({ ...scope, role: 'coordination' })).toEqual({
      coordinationCodes: ['COAP', 'CAS'],
      territoryCodes: [],
    });
    expect(scopeOfRole({ ...scope, role: 'regional' })).toEqual({
      coordinationCodes: [],
      territoryCodes: ['5103'],
    });
    expect(scopeOfRole({ ...scope, role: 'admin' })).toEqual({ coordinationCodes: [], territoryCodes: [] });
  });
});

describe('userFormProblems', () => {
  const form = {
    displayName: 'Maria Silva',
    role: 'admin' as const,
    coordinationCodes: [],
    territoryCodes: [],
  };

  it('accepts a complete form', () => {
    expect(userFormProblems({ ...form, username: 'maria.silva', password: 'uma-senha-bem-longa' })).toEqual(
      [],
    );
  });

  it('lists each problem once, in the order of the fields', () => {
    expect(
      userFormProblems({
        ...form,
        role: 'regional',
        username: 'maria silva',
        displayName: ' x ',
        password: 'maria silva 123',
      }),
    ).toEqual([
      {
        field: 'username',
        message: 'Usuário: de 3 a 40 letras sem acento, números, ponto, hífen ou sublinhado.',
      },
      { field: 'displayName', message: 'Informe o nome completo.' },
      { field: 'password', message: 'A senha não pode conter o nome de usuário.' },
      { field: 'scope', message: 'Um gestor regional precisa de uma macrorregião ou região.' },
    ]);
  });

  it('checks only the fields the form has: a change carries no username or password', () => {
    expect(userFormProblems({ ...form, role: 'coordination' })).toEqual([
      { field: 'scope', message: 'Um usuário de coordenadoria precisa de ao menos uma coordenadoria.' },
    ]);
  });
});
