import { describe, expect, it } from 'vitest';
import {
  EMPTY_NEW_USER,
  newUserInput,
  scopeFromDraft,
  toggleCode,
  userChangeDraft,
  userChangeInput,
} from './user-draft.ts';

describe('scopeFromDraft', () => {
  it('sends only the coordenadorias of a coordination user', () => {
    expect(
      scopeFromDraft({ role: 'coordination', coordinationText: 'coap, cas', territoryCodes: ['5103'] }),
    ).toEqual({ isValid: true, input: { coordinationCodes: ['COAP', 'CAS'], territoryCodes: [] } });
  });
  it('sends only the territories of a gestor regional', () => {
    expect(
      scopeFromDraft({ role: 'regional', coordinationText: 'XYZ', territoryCodes: ['5103', '51001'] }),
    ).toEqual({ isValid: true, input: { coordinationCodes: [], territoryCodes: ['5103', '51001'] } });
  });
  it('sends no scope for the roles that see the whole state', () => {
    expect(scopeFromDraft({ role: 'admin', coordinationText: 'COAP', territoryCodes: ['5103'] })).toEqual({
      isValid: true,
      input: { coordinationCodes: [], territoryCodes: [] },
    });
  });
  it('refuses codes that are not coordenadorias, naming them and the valid ones', () => {
    const result = scopeFromDraft({
      role: 'coordination',
      coordinationText: 'COAP, XYZ',
      territoryCodes: [],
    });
    expect(result.isValid).toBe(false);
    expect(!result.isValid && result.problem).toMatch(
      /^Coordenadoria desconhecida: XYZ\. Use os códigos: COAP, CAS,/,
    );
    const two = scopeFromDraft({ role: 'coordination', coordinationText: 'AB CD', territoryCodes: [] });
    expect(!two.isValid && two.problem).toMatch(/^Coordenadorias desconhecidas: AB, CD\./);
  });
});

describe('newUserInput', () => {
  it('trims the name and lower-cases the username, keeping the password as typed', () => {
    expect(
      newUserInput({
        ...EMPTY_NEW_USER,
        username: ' Maria.Silva ',
        displayName: ' Maria Silva ',
        coordinationText: 'COAP',
        password: ' senha com espaço ',
      }),
    ).toEqual({
      isValid: true,
      input: {
        username: 'maria.silva',
        displayName: 'Maria Silva',
        role: 'coordination',
        password: ' senha com espaço ',
        coordinationCodes: ['COAP'],
        territoryCodes: [],
      },
    });
  });
});

describe('userChangeInput', () => {
  const user = {
    id: 7,
    version: 3,
    displayName: 'João',
    role: 'regional' as const,
    isActive: true,
    coordinationCodes: [],
    territoryCodes: ['5103'],
  };
  it('starts the form from the user as it was read', () => {
    expect(userChangeDraft(user)).toEqual({
      displayName: 'João',
      role: 'regional',
      isActive: true,
      coordinationText: '',
      territoryCodes: ['5103'],
    });
  });
  it('sends the version the form was opened with', () => {
    const draft = {
      ...userChangeDraft(user),
      role: 'coordination' as const,
      coordinationText: 'CAT',
      isActive: false,
    };
    expect(userChangeInput(user, draft)).toEqual({
      isValid: true,
      input: {
        id: 7,
        version: 3,
        displayName: 'João',
        role: 'coordination',
        isActive: false,
        coordinationCodes: ['CAT'],
        territoryCodes: [],
      },
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
