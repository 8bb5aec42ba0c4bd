import { describe, expect, it } from 'vitest';
import { EMPTY_NEW_USER, newUserInput, toggleCode, userChangeDraft, userChangeInput } from './user-draft.ts';

describe('newUserInput', () => {
  it('trims the name and lower-cases the username, keeping the password as typed', () => {
    expect(
      newUserInput({
        ...EMPTY_NEW_USER,
        username: ' Maria.Silva ',
        displayName: ' Maria Silva ',
        email: ' Maria.Silva@Saude.MT.gov.br ',
        coordinationCodes: ['COAP'],
        password: ' senha com espaço ',
      }),
    ).toEqual({
      isValid: true,
      input: {
        username: 'maria.silva',
        displayName: 'Maria Silva',
        role: 'coordination',
        email: 'maria.silva@saude.mt.gov.br',
        password: ' senha com espaço ',
        coordinationCodes: ['COAP'],
        territoryCodes: [],
      },
    });
  });

  it('says every problem of the form at once', () => {
    const result = newUserInput({
      ...EMPTY_NEW_USER,
      username: 'M',
      displayName: 'M',
      email: 'maria@',
      password: 'curta',
    });
    expect(result).toMatchObject({
      isValid: false,
      problem:
        'Usuário: de 3 a 40 letras sem acento, números, ponto, hífen ou sublinhado. Informe o nome completo. ' +
        'E-mail: escreva um endereço como nome@saude.mt.gov.br, ou deixe em branco. A senha deve ter ao menos 12 caracteres. Um usuário de coordenadoria precisa de ao menos uma coordenadoria.',
    });
    expect(!result.isValid && result.problems.map((problem) => problem.field)).toEqual([
      'username',
      'displayName',
      'email',
      'password',
      'scope',
    ]);
  });
});

describe('userChangeInput', () => {
  const user = {
    id: 7,
    version: 3,
    displayName: 'João',
    email: null,
    role: 'regional' as const,
    isActive: true,
    coordinationCodes: [],
    territoryCodes: ['5103'],
  };
  it('starts the form from the user as it was read', () => {
    expect(userChangeDraft(user)).toEqual({
      displayName: 'João',
      email: '',
      role: 'regional',
      isActive: true,
      coordinationCodes: [],
      territoryCodes: ['5103'],
    });
  });
  it('sends the version the form was opened with', () => {
    const draft = {
      ...userChangeDraft(user),
      role: 'coordination' as const,
      coordinationCodes: ['CAT'],
      isActive: false,
    };
    expect(userChangeInput(user, draft)).toEqual({
      isValid: true,
      input: {
        id: 7,
        version: 3,
        displayName: 'João',
        email: null,
        role: 'coordination',
        isActive: false,
        coordinationCodes: ['CAT'],
        territoryCodes: [],
      },
    });
  });
  it('refuses a gestor regional left without a territory', () => {
    const draft = { ...userChangeDraft(user), territoryCodes: [] };
    expect(userChangeInput(user, draft)).toEqual({
      isValid: false,
      problem: 'Um gestor regional precisa de uma macrorregião ou região.',
      problems: [{ field: 'scope', message: 'Um gestor regional precisa de uma macrorregião ou região.' }],
    });
  });
});

describe('toggleCode', () => {
  it('adds a ticked code once and removes an unticked one', () => {
    expect(toggleCode(['5103'], '51001', true)).toEqual(['5103', '51001']);
    expect(toggleCode(['5103', '51001'], '5103', true)).toEqual(['5103', '51001']);
    expect(toggleCode(['5103', '51001'], '5103', false)).toEqual(['51001']);
  });
});
