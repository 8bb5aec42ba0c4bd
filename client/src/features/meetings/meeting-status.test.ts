import { describe, expect, it } from 'vitest';
import { closingWarnings, meetingStateText, minutesClosingText } from './meeting-status.ts';

describe('meeting state', () => {
  it('says an open meeting is being prepared', () => {
    expect(meetingStateText({ closedAt: null, closedByName: null })).toBe('Em preparação');
    expect(minutesClosingText({ closedAt: null, closedByName: null })).toBeNull();
  });
  it('says when and by whom a meeting was closed, in Mato Grosso time', () => {
    const closed = { closedAt: '2026-10-06T18:00:00.000Z', closedByName: 'Superintendência SAS' };
    expect(meetingStateText(closed)).toBe(
      'Encerrada em 06/10/2026 14:00 por Superintendência SAS — conteúdo congelado',
    );
    expect(minutesClosingText(closed)).toBe(
      'Reunião encerrada em 06/10/2026 às 14:00 por Superintendência SAS.',
    );
  });
});

describe('closingWarnings', () => {
  it('warns about a date still to come and about no deliberation', () => {
    expect(closingWarnings({ scheduledOn: '2026-12-01', today: '2026-11-24', deliberationCount: 0 })).toEqual(
      [
        'A reunião está marcada para 01/12/2026, data que ainda não chegou: encerre só depois de realizada.',
        'Nenhuma deliberação foi registrada nesta reunião.',
      ],
    );
  });
  it('has nothing to say about a meeting held with deliberations', () => {
    expect(closingWarnings({ scheduledOn: '2026-11-24', today: '2026-11-24', deliberationCount: 2 })).toEqual(
      [],
    );
  });
});
