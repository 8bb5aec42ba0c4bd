import { describe, expect, it } from 'vitest';
import { type Actor, canEditIndicator, canManageUsers, canReadTerritory } from './permissions.ts';

const actor = (role: Actor['role'], scope: Partial<Actor> = {}): Actor => ({
  id: 1,
  role,
  coordinationCodes: [],
  territoryCodes: [],
  ...scope,
});

const norte = { code: '5103', level: 'macro', macroCode: null, regionCode: null };
const telesPires = { code: '51014', level: 'region', macroCode: '5103', regionCode: null };
const sinop = { code: '5107909', level: 'municipality', macroCode: '5103', regionCode: '51014' };
const cuiaba = { code: '5103403', level: 'municipality', macroCode: '5105', regionCode: '51002' };
const state = { code: '51', level: 'state', macroCode: null, regionCode: null };

describe('permissions', () => {
  it('only the administrator manages users', () => {
    expect(canManageUsers(actor('admin'))).toBe(true);
    expect(canManageUsers(actor('superintendence'))).toBe(false);
    expect(canManageUsers(actor('coordination'))).toBe(false);
    expect(canManageUsers(actor('regional'))).toBe(false);
  });

  it('a coordenadoria edits only the indicators it is responsible for', () => {
    const coap = actor('coordination', { coordinationCodes: ['COAP'] });
    expect(canEditIndicator(coap, { coordinationCode: 'COAP' })).toBe(true);
    expect(canEditIndicator(coap, { coordinationCode: 'CACS' })).toBe(false);
    expect(canEditIndicator(actor('superintendence'), { coordinationCode: 'CACS' })).toBe(true);
    expect(
      canEditIndicator(actor('regional', { territoryCodes: ['5103'] }), { coordinationCode: 'COAP' }),
    ).toBe(false);
  });

  it('a gestor regional reads the state and their own territory with everything inside it', () => {
    const macroManager = actor('regional', { territoryCodes: ['5103'] });
    expect([state, norte, telesPires, sinop].map((place) => canReadTerritory(macroManager, place))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(canReadTerritory(macroManager, cuiaba)).toBe(false);
    const regionManager = actor('regional', { territoryCodes: ['51014'] });
    expect(canReadTerritory(regionManager, sinop)).toBe(true);
    expect(canReadTerritory(regionManager, norte)).toBe(false);
    expect(canReadTerritory(actor('coordination'), cuiaba)).toBe(true);
  });
});
