import { describe, expect, it } from 'vitest';
import {
  closingWarnings,
  meetingStateText,
  minutesClosingText,
  upcomingMeetingHeading,
} from './meeting-status.ts';

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

describe('upcomingMeetingHeading', () => {
  const november = { month: '2026-11', scheduledOn: '2026-11-03', closedAt: null, closedByName: null };
  it('calls a meeting still to come, or held today, the next one', () => {
    for (const today of ['2026-11-02', '2026-11-03']) {
      expect(upcomingMeetingHeading(november, today)).toEqual({
        isLeftOpen: false,
        title: 'Próxima reunião',
        text: 'Reunião de novembro de 2026',
      });
    }
  });
  it('says a meeting whose date has passed is still open', () => {
    expect(upcomingMeetingHeading(november, '2026-11-24')).toEqual({
      isLeftOpen: true,
      title: 'Reunião em aberto',
      text: 'Reunião de novembro de 2026 — marcada para 03/11/2026, ainda não encerrada',
    });
  });
  it('never calls a closed meeting open', () => {
    const closed = { ...november, closedAt: '2026-11-03T18:00:00.000Z', closedByName: 'SAS' };
    expect(upcomingMeetingHeading(closed, '2026-11-24').isLeftOpen).toBe(false);
  });
});
