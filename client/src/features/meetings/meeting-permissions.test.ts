import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/domain/permissions.ts';
import { mayFollowUp, meetingAbilities, proposableCoordinations } from './meeting-permissions.ts';

const coordinations = [
  { code: 'CAS', name: 'Coordenadoria de Atenção Secundária' },
  { code: 'COAP', name: 'Coordenadoria de Atenção Primária' },
  { code: 'CORAS', name: 'Coordenadoria de Organização de Rede' },
];
const actor = (role: Actor['role'], coordinationCodes: string[] = []): Actor => ({
  id: 1,
  role,
  coordinationCodes,
  territoryCodes: [],
});

describe('proposableCoordinations', () => {
  it('gives every coordenadoria to who runs the meeting', () => {
    expect(proposableCoordinations(actor('superintendence'), coordinations)).toHaveLength(3);
    expect(proposableCoordinations(actor('admin'), coordinations)).toHaveLength(3);
  });
  it('gives a coordination user only their own, and a gestor regional none', () => {
    expect(
      proposableCoordinations(actor('coordination', ['COAP', 'CORAS']), coordinations).map((c) => c.code),
    ).toEqual(['COAP', 'CORAS']);
    expect(proposableCoordinations(actor('regional'), coordinations)).toEqual([]);
  });
});

describe('meetingAbilities', () => {
  it('lets nobody change a closed meeting', () => {
    expect(meetingAbilities(actor('admin'), { isFrozen: true }, coordinations)).toEqual({
      canRun: false,
      proposable: [],
    });
  });
  it('lets the superintendence run an open meeting and a coordenadoria only propose', () => {
    expect(meetingAbilities(actor('superintendence'), { isFrozen: false }, coordinations).canRun).toBe(true);
    const coap = meetingAbilities(actor('coordination', ['COAP']), { isFrozen: false }, coordinations);
    expect(coap.canRun).toBe(false);
    expect(coap.proposable.map((c) => c.code)).toEqual(['COAP']);
    expect(meetingAbilities(null, { isFrozen: false }, coordinations)).toEqual({
      canRun: false,
      proposable: [],
    });
  });
});

describe('mayFollowUp', () => {
  it('is for the owner coordenadoria and the superintendence', () => {
    expect(mayFollowUp(actor('coordination', ['CORAS']), { ownerCoordinationCode: 'CORAS' })).toBe(true);
    expect(mayFollowUp(actor('coordination', ['COAP']), { ownerCoordinationCode: 'CORAS' })).toBe(false);
    expect(mayFollowUp(actor('coordination', ['COAP']), { ownerCoordinationCode: null })).toBe(false);
    expect(mayFollowUp(actor('superintendence'), { ownerCoordinationCode: null })).toBe(true);
    expect(mayFollowUp(actor('regional'), { ownerCoordinationCode: 'CORAS' })).toBe(false);
  });
});
