/**
 * Example monitoring history for the demo (marked `is_example`, shown as "Dados de exemplo"):
 * three months of records before the current month, two não conformidades with corrective
 * measures and last month's reunião de condução, closed, with pautas and deliberations. Dates are
 * relative to "now" so the demo always shows a recent cycle; the content is deterministic.
 */
import { addDays, firstTuesday, monthOf, todayInMt } from '../../shared/domain/dates.ts';
import { shiftMonth } from '../../shared/domain/period.ts';
import type { Db } from '../db/client.ts';
import {
  countMonitoringRecords,
  insertMonitoringRecord,
  type NewMonitoringRecord,
  type NonConformity,
} from '../db/repositories/action-plan-repository.ts';
import {
  findMeeting,
  insertAgendaItem,
  insertDeliberation,
  insertDeliberationUpdate,
  insertMeeting,
  listMeetings,
} from '../db/repositories/meeting-repository.ts';
import { findUserCredentials } from '../db/repositories/user-repository.ts';
import { loadActionViews } from './action-plan.ts';
import { toActor } from './auth.ts';
import { closeMeeting } from './meetings.ts';

const at = (month: string, day: number, hourUtc: number) =>
  `${month}-${String(day).padStart(2, '0')}T${String(hourUtc).padStart(2, '0')}:00:00.000Z`;

const DONE_TEXTS = [
  'Reunião técnica com as áreas envolvidas; encaminhamentos registrados em memória.',
  'Minuta elaborada e enviada para contribuições das coordenadorias.',
  'Levantamento atualizado com os dados dos Escritórios Regionais de Saúde.',
  'Oficina realizada com participação dos municípios da região.',
  'Documento revisado e encaminhado ao gabinete para assinatura.',
];

const DIFFICULTY_TEXTS = [
  'Agenda das áreas parceiras concorrente com outras prioridades da SES.',
  'Dependência de informações dos municípios ainda não enviadas.',
  null,
  null,
];

/** A stable small number from an action code, so the history is the same on every start. */
function hashOf(code: string): number {
  return [...code].reduce((sum, char, index) => sum + char.charCodeAt(0) * (index + 1), 0);
}

const NON_CONFORMITIES: Record<string, (deadline: string) => NonConformity> = {
  // Workforce sizing of the SAS (objective 1), late since mid-2024.
  '1.1.4': (deadline) => ({
    description:
      'Estudo de dimensionamento da força de trabalho parado: o grupo de trabalho não se reuniu no mês.',
    cause: 'Saída de dois integrantes do grupo de trabalho e falta de apoio técnico da ESP.',
    correctiveAction: 'Recompor o grupo de trabalho por portaria e pactuar cronograma com a ESP.',
    correctiveOwner: 'Superintendente',
    correctiveDeadline: deadline,
  }),
  // Planificação phase-1 stages in the macros (objective 4).
  '4.7.2': (deadline) => ({
    description: 'Oficina da etapa 2 da planificação na Macrorregião Norte adiada.',
    cause: 'Indisponibilidade de tutores e atraso na liberação de diárias.',
    correctiveAction: 'Remarcar a oficina com os tutores da macro e solicitar suplementação de diárias.',
    correctiveOwner: 'COAP — Coordenação do GTE',
    correctiveDeadline: deadline,
  }),
};

export async function seedExampleActionHistory(db: Db, now: Date): Promise<boolean> {
  if ((await countMonitoringRecords(db)) > 0 || (await listMeetings(db)).length > 0) return false;
  const superintendence = await findUserCredentials(db, 'superintendencia');
  const coap = await findUserCredentials(db, 'coap');
  // The example history is written by the demo users; without them (production) there is none.
  if (!superintendence || !coap) return false;

  const thisMonth = monthOf(todayInMt(now));
  const months = [shiftMonth(thisMonth, -3), shiftMonth(thisMonth, -2), shiftMonth(thisMonth, -1)];
  const lastMeetingMonth = months[2] as string;
  const meetingClosedAt = `${firstTuesday(lastMeetingMonth)}T18:00:00.000Z`;
  const { views } = await loadActionViews(db, now);

  const recordsFor = (month: string, step: number, day: number): NewMonitoringRecord[] =>
    views
      .filter((view) => view.startsOn === null || monthOf(view.startsOn) <= month)
      .filter((view) => view.statusInPlan !== 'done')
      .flatMap((view) => {
        const hash = hashOf(view.code);
        const nonConformity = NON_CONFORMITIES[view.code];
        const isLongOver = view.endsOn !== null && view.endsOn < `${months[0]}-01`;
        // Most actions whose deadline passed long ago were concluded in the first month shown.
        const finished = isLongOver && hash % 5 !== 0 && nonConformity === undefined;
        if (finished && step > 0) return [];
        // The last month is only partly reported, so the demo shows actions without a record.
        if (step === 2 && hash % 3 === 0 && nonConformity === undefined) return [];
        const hasNonConformity = nonConformity !== undefined && step === (view.code === '1.1.4' ? 1 : 2);
        return [
          {
            actionCode: view.code,
            referenceMonth: month,
            status: finished ? 'done' : 'in_progress',
            percentDone: finished ? 100 : Math.min(95, 20 + (hash % 40) + step * 10),
            doneText: DONE_TEXTS[(hash + step) % DONE_TEXTS.length] ?? null,
            difficulties: finished
              ? null
              : (DIFFICULTY_TEXTS[(hash + step) % DIFFICULTY_TEXTS.length] ?? null),
            evidenceLinks: [],
            nonConformity: hasNonConformity
              ? nonConformity(addDays(`${shiftMonth(thisMonth, 1)}-01`, 14))
              : null,
            recordedAt: at(month, day, 14),
            recordedBy: view.coordinationCodes.includes('COAP') ? coap.id : superintendence.id,
            isExample: true,
          } satisfies NewMonitoringRecord,
        ];
      });

  await db.transaction(async (trx) => {
    // Months −3 and −2 come before last month's meeting; month −1 is written after it.
    for (const record of [
      ...recordsFor(months[0] as string, 0, 25),
      ...recordsFor(months[1] as string, 1, 25),
    ])
      await insertMonitoringRecord(trx, record);
    const meetingId = await insertMeeting(trx, {
      month: lastMeetingMonth,
      scheduledOn: firstTuesday(lastMeetingMonth),
      participants:
        'Superintendente SAS; coordenadores da COAP, CAS, CAT, CORAS, CACS, COPHS e Saúde Bucal; NEPS; Núcleo de Telessaúde',
      isExample: true,
    });
    const agenda = [
      { coordinationCode: 'COAP', title: 'Cronograma da etapa 2 da planificação nas macros Norte e Oeste' },
      {
        coordinationCode: 'CORAS',
        title: 'Validação do desenho da RAS materno-infantil nas CIR da Macro Norte',
      },
    ];
    for (const item of agenda) {
      await insertAgendaItem(trx, {
        meetingId,
        ...item,
        description: null,
        submittedAt: at(shiftMonth(lastMeetingMonth, -1), 28, 13),
        submittedBy: item.coordinationCode === 'COAP' ? coap.id : superintendence.id,
        isExample: true,
      });
    }
    const deliberations = [
      {
        text: 'Recompor o grupo de trabalho de dimensionamento da força de trabalho e apresentar o cronograma.',
        ownerCoordinationCode: 'SUPERINTENDENCIA',
        ownerText: 'Superintendente',
        deadline: addDays(`${thisMonth}-01`, 14),
      },
      {
        text: 'Apresentar na próxima reunião o levantamento dos pontos de atenção da Macro Norte.',
        ownerCoordinationCode: 'CORAS',
        ownerText: null,
        deadline: firstTuesday(thisMonth),
      },
    ];
    const ids: number[] = [];
    for (const deliberation of deliberations) {
      ids.push(
        await insertDeliberation(trx, {
          meetingId,
          ...deliberation,
          createdAt: at(lastMeetingMonth, Number(firstTuesday(lastMeetingMonth).slice(8)), 17),
          createdBy: superintendence.id,
          isExample: true,
        }),
      );
    }
    await closeMeeting(
      trx,
      toActor(superintendence),
      // The example meeting closes no month of data: the demo's values stay open to typing.
      { month: lastMeetingMonth, version: 1, closeMonths: [] },
      new Date(meetingClosedAt),
    );
    for (const record of recordsFor(lastMeetingMonth, 2, 20)) await insertMonitoringRecord(trx, record);
    await insertDeliberationUpdate(trx, {
      deliberationId: ids[0] as number,
      status: 'in_progress',
      note: 'Minuta da portaria de recomposição do grupo enviada ao gabinete.',
      recordedAt: at(lastMeetingMonth, 22, 15),
      recordedBy: superintendence.id,
      isExample: true,
    });
    // One pauta already proposed for this month's meeting.
    if (!(await findMeeting(trx, thisMonth))) {
      const current = await insertMeeting(trx, {
        month: thisMonth,
        scheduledOn: firstTuesday(thisMonth),
        participants: null,
        // This month's meeting is real (it will be held); only the pauta below is an example.
        isExample: false,
      });
      await insertAgendaItem(trx, {
        meetingId: current,
        coordinationCode: 'COAP',
        title: 'Adesão dos municípios da Macro Oeste à planificação',
        description: 'Situação dos termos de adesão e pendências por região de saúde.',
        submittedAt: at(lastMeetingMonth, 27, 13),
        submittedBy: coap.id,
        isExample: true,
      });
    }
  });
  return true;
}
