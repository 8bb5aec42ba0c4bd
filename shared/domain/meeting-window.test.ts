import { describe, expect, it } from 'vitest';
import { meetingWindow, upcomingMeeting } from './meeting-window.ts';

const today = { thisMonth: '2026-12', lastClosed: '2026-10' };

describe('what can be done in a month’s meeting', () => {
  it('is nothing before the plan’s first meeting (mar/2024)', () => {
    const window = meetingWindow('2023-12', today);
    expect(window.state).toBe('before-plan');
    expect(window.notice).toBe(
      'As reuniões de condução do plano começam em mar/2024: não houve reunião em dez/2023.',
    );
    expect(Object.values(window.refusals).every((refusal) => refusal === window.notice)).toBe(true);
  });

  it('is nothing for a month before the last closed meeting', () => {
    const window = meetingWindow('2025-06', today);
    expect(window.state).toBe('not-held');
    expect(window.notice).toMatch(/^Reunião não realizada: a reunião de out\/2026 já foi encerrada/);
    expect(window.refusals.deliberate).toBe(window.notice);
  });

  it('is everything this month, but pautas once the month has passed', () => {
    expect(meetingWindow('2026-12', today)).toEqual({
      state: 'open',
      notice: null,
      refusals: { schedule: null, propose: null, deliberate: null, close: null },
    });
    // November's meeting, left open: still held and closed, but no new pauta.
    const november = meetingWindow('2026-11', today);
    expect(november.state).toBe('open');
    expect(november.refusals.propose).toBe(
      'A reunião de nov/2026 já passou: proponha a pauta para a próxima reunião.',
    );
    expect(november.refusals.deliberate).toBeNull();
  });

  it('takes pautas and a date, not deliberations, for the next two months', () => {
    const february = meetingWindow('2027-02', today);
    expect(february.state).toBe('open');
    expect(february.refusals.propose).toBeNull();
    expect(february.refusals.deliberate).toBe('A reunião de fev/2027 ainda não aconteceu.');
  });

  it('is not open yet further ahead: only the date, up to a year', () => {
    const march = meetingWindow('2027-03', today);
    expect(march.state).toBe('not-open-yet');
    expect(march.notice).toBe(
      'Reunião ainda não aberta: as pautas se abrem em jan/2027; até lá, só a data pode ser marcada.',
    );
    expect(march.refusals.schedule).toBeNull();
    expect(march.refusals.propose).toBe('Pautas são propostas para as reuniões dos próximos dois meses.');
    const far = meetingWindow('2028-01', today);
    expect(far.refusals.schedule).toBe('Agende reuniões até doze meses à frente.');
    expect(far.notice).toBe('Reunião ainda não aberta: as pautas se abrem em nov/2027.');
  });

  it('is open from the first meeting on when none was closed yet', () => {
    expect(meetingWindow('2024-03', { thisMonth: '2024-03', lastClosed: null }).state).toBe('open');
  });
});

describe('the meeting being prepared', () => {
  it("is this month's until it is closed, then next month's, each reviewing the month before", () => {
    expect(upcomingMeeting('2026-12', '2026-10')).toEqual({ month: '2026-12', reviewedMonth: '2026-11' });
    expect(upcomingMeeting('2026-12', '2026-12')).toEqual({ month: '2027-01', reviewedMonth: '2026-12' });
    expect(upcomingMeeting('2024-03', null)).toEqual({ month: '2024-03', reviewedMonth: '2024-02' });
  });
});
