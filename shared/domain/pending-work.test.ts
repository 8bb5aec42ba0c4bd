import { describe, expect, it } from 'vitest';
import { emptyPendingCounts, isOwed, PENDING_KINDS, pendingOwners } from './pending-work.ts';

describe('whose pendências a person answers for', () => {
  it('a coordenadoria for its own, the superintendência and the administrator for SUPERINTENDENCIA, a gestor regional for none', () => {
    expect(pendingOwners({ role: 'coordination', coordinationCodes: ['COAP', 'CAS'] })).toEqual([
      'COAP',
      'CAS',
    ]);
    expect(pendingOwners({ role: 'superintendence', coordinationCodes: [] })).toEqual(['SUPERINTENDENCIA']);
    expect(pendingOwners({ role: 'admin', coordinationCodes: [] })).toEqual(['SUPERINTENDENCIA']);
    expect(pendingOwners({ role: 'regional', coordinationCodes: [] })).toEqual([]);
  });

  it('counts the work owed, not the pautas offered', () => {
    expect(PENDING_KINDS.filter(isOwed)).toEqual([
      'record',
      'analysis',
      'check',
      'deliberation',
      'corrective',
    ]);
    expect(Object.values(emptyPendingCounts())).toEqual(PENDING_KINDS.map(() => 0));
  });
});
