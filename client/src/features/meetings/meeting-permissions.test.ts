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

const open = {
  isFrozen: false,
  window: { refusals: { schedule: null, propose: null, deliberate: null, close: null } },
};

describe('meetingAbilities', () => {
  it('lets nobody change a closed meeting', () => {
    expect(meetingAbilities(actor('admin'), { isFrozen: true, window: null }, coordinations)).toEqual({
      canSchedule: false,
      canDeliberate: false,
      canClose: false,
      proposable: [],
    });
  });
  it('lets the superintendence run an open meeting and a coordenadoria only propose', () => {
    const superintendence = meetingAbilities(actor('superintendence'), open, coordinations);
    expect([superintendence.canSchedule, superintendence.canDeliberate, superintendence.canClose]).toEqual([
      true,
      true,
      true,
    ]);
    const coap = meetingAbilities(actor('coordination', ['COAP']), open, coordinations);
    expect(coap.canDeliberate).toBe(false);
    expect(coap.proposable.map((c) => c.code)).toEqual(['COAP']);
    expect(meetingAbilities(null, open, coordinations).proposable).toEqual([]);
  });
  it('offers only what the month allows: a meeting not open yet takes a date, nothing else', () => {
    const notOpenYet = {
      isFrozen: false,
      window: {
        refusals: { schedule: null, propose: 'Pautas…', deliberate: 'Ainda não…', close: 'Ainda não…' },
      },
    };
    expect(meetingAbilities(actor('superintendence'), notOpenYet, coordinations)).toEqual({
      canSchedule: true,
      canDeliberate: false,
      canClose: false,
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
