import { describe, expect, it } from 'vitest';
import {
  groupTimeline,
  type TimelineAction,
  timelineBarLabel,
  timelineDates,
  timelineDatesText,
  timelineGeometry,
} from './action-timeline.ts';

// The axis 2024–2027 has 1461 days (2024 is a leap year).
const DAYS = 1461;
const percentOfDays = (days: number) => (days / DAYS) * 100;

function action(overrides: Partial<TimelineAction> & { code: string }): TimelineAction {
  return {
    text: `Ação ${overrides.code}`,
    objectiveCode: '1',
    objectiveName: 'Fortalecer a gestão',
    strategicActionCode: '1.1',
    strategicActionText: 'Monitorar o plano',
    startsOn: '2024-03-01',
    endsOn: '2027-12-31',
    status: 'in_progress',
    overdue: false,
    ...overrides,
  };
}

describe('timelineDates', () => {
  it('draws a bar from the start to the end date', () => {
    expect(timelineDates({ startsOn: '2024-03-01', endsOn: '2027-12-31' })).toEqual({
      kind: 'span',
      startsOn: '2024-03-01',
      endsOn: '2027-12-31',
    });
  });

  it('marks a single date: the same day, only the end ("Até abril/24") or only the start', () => {
    expect(timelineDates({ startsOn: '2024-05-15', endsOn: '2024-05-15' })).toEqual({
      kind: 'mark',
      on: '2024-05-15',
      which: 'day',
    });
    expect(timelineDates({ startsOn: null, endsOn: '2024-04-30' })).toEqual({
      kind: 'mark',
      on: '2024-04-30',
      which: 'end',
    });
    expect(timelineDates({ startsOn: '2024-07-01', endsOn: null })).toEqual({
      kind: 'mark',
      on: '2024-07-01',
      which: 'start',
    });
    // A start after the end: the end, the deadline that makes an action atrasada, is marked.
    expect(timelineDates({ startsOn: '2025-06-01', endsOn: '2025-01-31' })).toEqual({
      kind: 'mark',
      on: '2025-01-31',
      which: 'end',
    });
  });

  it('has nothing to draw without dates', () => {
    expect(timelineDates({ startsOn: null, endsOn: null })).toBeNull();
  });
});

describe('timelineGeometry', () => {
  it('spans from the start of the first day to the end of the last', () => {
    // 01/07/2024 starts after 182 days (31+29+31+30+31+30); 31/12/2024 ends after 366.
    const geometry = timelineGeometry({ kind: 'span', startsOn: '2024-07-01', endsOn: '2024-12-31' });
    expect(geometry).toMatchObject({ kind: 'span', isCutBefore: false, isCutAfter: false });
    if (geometry?.kind !== 'span') throw new Error('barra esperada');
    expect(geometry.left).toBeCloseTo(percentOfDays(182), 10);
    expect(geometry.width).toBeCloseTo(percentOfDays(366 - 182), 10);
    expect(timelineGeometry({ kind: 'span', startsOn: '2024-01-01', endsOn: '2027-12-31' })).toEqual({
      kind: 'span',
      left: 0,
      width: 100,
      isCutBefore: false,
      isCutAfter: false,
    });
  });

  it('marks a single date in the middle of its day', () => {
    // 30/04/2024 is day 120 (from 0): 31 + 29 + 31 + 29.
    const geometry = timelineGeometry({ kind: 'mark', on: '2024-04-30', which: 'end' });
    expect(geometry).toMatchObject({ kind: 'mark', isCutBefore: false, isCutAfter: false });
    if (geometry?.kind !== 'mark') throw new Error('marca esperada');
    expect(geometry.at).toBeCloseTo(percentOfDays(120.5), 10);
  });

  it('cuts dates beyond 2024–2027 at the edge and says so', () => {
    // "A partir de setembro 2023": marked on the first day's edge.
    expect(timelineGeometry({ kind: 'mark', on: '2023-09-01', which: 'start' })).toEqual({
      kind: 'mark',
      at: 0,
      isCutBefore: true,
      isCutAfter: false,
    });
    const cut = timelineGeometry({ kind: 'span', startsOn: '2023-09-01', endsOn: '2024-01-31' });
    expect(cut).toMatchObject({ kind: 'span', left: 0, isCutBefore: true, isCutAfter: false });
    if (cut?.kind !== 'span') throw new Error('barra esperada');
    expect(cut.width).toBeCloseTo(percentOfDays(31), 10);
    expect(timelineGeometry({ kind: 'span', startsOn: '2027-06-01', endsOn: '2028-06-30' })).toMatchObject({
      kind: 'span',
      isCutAfter: true,
    });
    expect(timelineGeometry({ kind: 'span', startsOn: '2028-01-01', endsOn: '2028-06-30' })).toEqual({
      kind: 'mark',
      at: 100,
      isCutBefore: false,
      isCutAfter: true,
    });
    expect(timelineGeometry({ kind: 'mark', on: 'abril', which: 'end' })).toBeNull();
  });
});

describe('texts', () => {
  it('says the dates as a person would', () => {
    expect(timelineDatesText({ kind: 'span', startsOn: '2024-03-01', endsOn: '2027-12-31' })).toBe(
      'de 01/03/2024 a 31/12/2027',
    );
    expect(timelineDatesText({ kind: 'mark', on: '2024-04-30', which: 'end' })).toBe('até 30/04/2024');
    expect(timelineDatesText({ kind: 'mark', on: '2024-07-01', which: 'start' })).toBe(
      'a partir de 01/07/2024',
    );
    expect(timelineDatesText({ kind: 'mark', on: '2024-05-15', which: 'day' })).toBe('em 15/05/2024');
  });

  it('names a bar by code, text, dates, status and atrasada', () => {
    const late = action({
      code: '4.5.2',
      text: 'Realizar oficina.',
      endsOn: '2024-06-30',
      startsOn: null,
      overdue: true,
    });
    const dates = timelineDates(late);
    if (!dates) throw new Error('datas esperadas');
    expect(timelineBarLabel(late, dates)).toBe(
      'Ação 4.5.2: Realizar oficina. Até 30/06/2024. Situação: Em andamento. Atrasada.',
    );
    const unknown = action({ code: '1.1.1', text: 'Reunir', status: null });
    expect(timelineBarLabel(unknown, { kind: 'span', startsOn: '2024-03-01', endsOn: '2027-12-31' })).toBe(
      'Ação 1.1.1: Reunir. De 01/03/2024 a 31/12/2027. Situação: Sem informação.',
    );
  });
});

describe('groupTimeline', () => {
  it('groups the dated actions by objective and strategic action, in the order given, undated apart', () => {
    const actions = [
      action({ code: '1.1.1' }),
      action({ code: '1.1.2', startsOn: null, endsOn: null }),
      action({ code: '1.2.1', strategicActionCode: '1.2', strategicActionText: 'Pactuar' }),
      action({ code: '1.1.3', endsOn: null }),
      action({
        code: '2.1.1',
        objectiveCode: '2',
        objectiveName: 'Ampliar o acesso',
        strategicActionCode: '2.1',
        strategicActionText: 'Regular',
        startsOn: null,
        endsOn: null,
      }),
    ];
    const { objectives, undated } = groupTimeline(actions);
    expect(
      objectives.map((objective) => ({
        code: objective.code,
        strategic: objective.strategicActions.map((strategic) => [
          strategic.code,
          strategic.rows.map((row) => row.action.code),
        ]),
      })),
    ).toEqual([
      {
        code: '1',
        strategic: [
          ['1.1', ['1.1.1', '1.1.3']],
          ['1.2', ['1.2.1']],
        ],
      },
    ]);
    expect(objectives[0]?.strategicActions[0]?.rows[1]?.dates).toEqual({
      kind: 'mark',
      on: '2024-03-01',
      which: 'start',
    });
    // Objective 2 has only an undated action: no empty group, the action is listed apart.
    expect(undated.map((entry) => entry.code)).toEqual(['1.1.2', '2.1.1']);
  });
});
