import { describe, expect, it } from 'vitest';
import {
  type Actor,
  canEditIndicator,
  canEditPlanStructure,
  canFollowUpDeliberation,
  canManageUsers,
  canReadTerritory,
  canRecordMonitoring,
  canRunMeeting,
  canSubmitAgendaItem,
  canWriteSemesterNarrative,
} from './permissions.ts';

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

  it('an action is recorded by its coordenadoria(s), the superintendência and the administrator', () => {
    const coap = actor('coordination', { coordinationCodes: ['COAP'] });
    const shared = { coordinationCodes: ['CORAS', 'COAP', 'CAS'] };
    expect(canRecordMonitoring(coap, shared)).toBe(true);
    expect(canRecordMonitoring(coap, { coordinationCodes: ['CORAS', 'CACS'] })).toBe(false);
    expect(canRecordMonitoring(actor('superintendence'), { coordinationCodes: ['CACS'] })).toBe(true);
    expect(canRecordMonitoring(actor('admin'), { coordinationCodes: [] })).toBe(true);
    expect(canRecordMonitoring(actor('regional', { territoryCodes: ['5103'] }), shared)).toBe(false);
  });

  it('the superintendência runs the meeting; coordenadorias propose pautas and follow their deliberations', () => {
    const coap = actor('coordination', { coordinationCodes: ['COAP'] });
    expect(canRunMeeting(actor('superintendence'))).toBe(true);
    expect(canRunMeeting(coap)).toBe(false);
    expect(canRunMeeting(actor('regional'))).toBe(false);
    expect(canSubmitAgendaItem(coap, 'COAP')).toBe(true);
    expect(canSubmitAgendaItem(coap, 'CAS')).toBe(false);
    expect(canSubmitAgendaItem(actor('regional'), 'COAP')).toBe(false);
    expect(canFollowUpDeliberation(coap, { ownerCoordinationCode: 'COAP' })).toBe(true);
    expect(canFollowUpDeliberation(coap, { ownerCoordinationCode: null })).toBe(false);
    expect(canFollowUpDeliberation(actor('superintendence'), { ownerCoordinationCode: 'CAS' })).toBe(true);
  });

  it('a semester narrative is written by its coordenadoria, the superintendência and the administrator', () => {
    const coap = actor('coordination', { coordinationCodes: ['COAP'] });
    const twoHats = actor('coordination', { coordinationCodes: ['CORAS', 'CACS'] });
    expect(canWriteSemesterNarrative(coap, 'COAP')).toBe(true);
    expect(canWriteSemesterNarrative(coap, 'CAS')).toBe(false);
    expect(canWriteSemesterNarrative(twoHats, 'CACS')).toBe(true);
    expect(canWriteSemesterNarrative(twoHats, 'COAP')).toBe(false);
    expect(canWriteSemesterNarrative(actor('superintendence'), 'CAS')).toBe(true);
    expect(canWriteSemesterNarrative(actor('admin'), 'SUPERINTENDENCIA')).toBe(true);
    expect(canWriteSemesterNarrative(actor('regional', { territoryCodes: ['5103'] }), 'COAP')).toBe(false);
    // A regional user listed with a coordenadoria still only reads.
    expect(canWriteSemesterNarrative(actor('regional', { coordinationCodes: ['COAP'] }), 'COAP')).toBe(false);
  });

  it('only the administrator changes the plan structure', () => {
    expect(canEditPlanStructure(actor('admin'))).toBe(true);
    expect(canEditPlanStructure(actor('superintendence'))).toBe(false);
    expect(canEditPlanStructure(actor('coordination', { coordinationCodes: ['COAP'] }))).toBe(false);
  });
});
