/** Inputs of the action plan (PDCA) and the reunião de condução, validated on the server. */
import { ACTION_STATUSES } from '../domain/action-status.ts';
import { z } from './zod-locale.ts';

const ISO_DATE = /^20\d{2}-\d{2}-\d{2}$/;
// Years 2000–2099: the plan runs 2024–2027, and older history is not monitored here.
const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;

const isRealDate = (value: string) => {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

export const ZIsoDateSchema = z
  .string()
  .trim()
  .regex(ISO_DATE, 'Informe a data como dd/mm/aaaa.')
  .refine(isRealDate, 'Data inexistente.');

export const ZMonthSchema = z.string().trim().regex(MONTH, 'Informe o mês como mm/aaaa.');

/** Free text a person types: trimmed, empty means "not given". */
const text = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/** A required text with its own Portuguese messages. */
export const requiredText = (missing: string, max: number, what: string) =>
  z
    .string()
    .trim()
    .min(1, missing)
    .max(max, `${what} muito longo (máximo ${max.toLocaleString('pt-BR')} caracteres).`);

export const ZActionCodeSchema = z
  .string()
  .trim()
  .min(1, 'Informe o código da ação.')
  .max(20, 'Código de ação muito longo.')
  .regex(/^[0-9a-zA-Z.]+$/, 'Código de ação inválido: use números, letras e pontos (ex.: 1.3.2).')
  // 2.a and 2.A are the same action.
  .transform((code) => code.toLowerCase());

export const ZActionStatusSchema = z.enum(ACTION_STATUSES, { error: 'Escolha a situação da ação.' });

export const ZActionFilterSchema = z.object({
  coordination: z.string().trim().max(20).optional(),
  status: z.union([ZActionStatusSchema, z.literal('none')]).optional(),
  objective: z.string().trim().max(10).optional(),
  overdue: z.boolean().optional(),
  dueSoon: z.boolean().optional(),
  search: z.string().trim().max(200).optional(),
});
export type TActionFilter = z.infer<typeof ZActionFilterSchema>;

export const ZNonConformitySchema = z.object({
  description: z.string().trim().min(1, 'Descreva a não conformidade.').max(4000, 'Descrição muito longa.'),
  cause: text(4000, 'Causa muito longa.'),
  correctiveAction: z
    .string()
    .trim()
    .min(1, 'Informe a medida corretiva da não conformidade.')
    .max(4000, 'Medida corretiva muito longa.'),
  correctiveOwner: z
    .string()
    .trim()
    .min(1, 'Informe o responsável pela medida corretiva.')
    .max(200, 'Responsável muito longo.'),
  correctiveDeadline: ZIsoDateSchema,
});

export const ZMonitoringRecordInputSchema = z.object({
  code: ZActionCodeSchema,
  /** The latest record the page showed (null: none). A different latest record means a conflict. */
  basedOnRecordId: z.number().int().positive().nullable(),
  referenceMonth: ZMonthSchema,
  status: ZActionStatusSchema,
  percentDone: z
    .number({ error: 'O percentual executado deve ser um número de 0 a 100.' })
    .int('O percentual executado deve ser um número inteiro.')
    .min(0, 'O percentual executado vai de 0 a 100.')
    .max(100, 'O percentual executado vai de 0 a 100.')
    .nullable(),
  doneText: text(8000, 'O texto "o que foi feito" é muito longo.'),
  difficulties: text(8000, 'O texto de dificuldades é muito longo.'),
  evidenceLinks: z
    .array(
      z
        .string()
        .trim()
        .max(1000, 'Link muito longo.')
        .refine(
          (value) => /^https?:\/\/\S+$/.test(value),
          'Cada evidência deve ser um link começando com http:// ou https://.',
        ),
    )
    .max(20, 'Informe no máximo 20 links de evidência.'),
  nonConformity: ZNonConformitySchema.nullable(),
});
export type TMonitoringRecordInput = z.infer<typeof ZMonitoringRecordInputSchema>;

const ZVersionSchema = z.number().int().positive();

const ZDatesSchema = z
  .object({ startsOn: ZIsoDateSchema.nullable(), endsOn: ZIsoDateSchema.nullable() })
  .refine((dates) => !dates.startsOn || !dates.endsOn || dates.startsOn <= dates.endsOn, {
    message: 'A data de início deve ser anterior ou igual à data de término.',
  });

export const ZObjectiveInputSchema = z.object({
  code: z
    .string()
    .trim()
    .min(1, 'Informe o código do objetivo.')
    .max(10, 'Código do objetivo muito longo (máximo 10 caracteres).')
    .regex(/^[0-9A-Za-z]+$/, 'Código do objetivo inválido: use números ou letras.')
    .transform((code) => code.toUpperCase()),
  perspective: requiredText('Informe a perspectiva.', 200, 'Texto da perspectiva'),
  name: requiredText('Informe o nome do objetivo.', 1000, 'Nome do objetivo'),
  /** Null when creating. */
  version: ZVersionSchema.nullable(),
});

export const ZStrategicActionInputSchema = z.object({
  code: ZActionCodeSchema,
  objectiveCode: requiredText('Escolha o objetivo.', 10, 'Código do objetivo').transform((code) =>
    code.toUpperCase(),
  ),
  text: requiredText('Informe o texto da ação estratégica.', 4000, 'Texto da ação'),
  responsibleText: requiredText('Informe o responsável.', 1000, 'Texto do responsável'),
  deadlineText: requiredText('Informe o prazo (como escrito no plano).', 200, 'Texto do prazo'),
  version: ZVersionSchema.nullable(),
});

export const ZOperationalActionInputSchema = z.object({
  code: ZActionCodeSchema,
  strategicActionCode: ZActionCodeSchema,
  text: requiredText('Informe o texto da ação operacional.', 4000, 'Texto da ação'),
  responsibleText: requiredText('Informe o responsável.', 1000, 'Texto do responsável'),
  coordinationCodes: z
    .array(requiredText('Código de coordenadoria vazio.', 20, 'Código de coordenadoria'))
    .min(1, 'Escolha ao menos uma coordenadoria responsável.')
    .transform((codes) => [...new Set(codes)]),
  participants: text(4000, 'Texto de participantes muito longo.'),
  deadlineText: requiredText('Informe o prazo (como escrito no plano).', 200, 'Texto do prazo'),
  observations: text(4000, 'Observações muito longas.'),
  version: ZVersionSchema.nullable(),
});

export const ZPlanNodeKindSchema = z.enum(['objective', 'strategic', 'operational']);

export const ZRetireInputSchema = z.object({
  kind: ZPlanNodeKindSchema,
  code: requiredText('Informe o código.', 20, 'Código'),
  retired: z.boolean(),
  version: ZVersionSchema,
});

export const ZSetDatesInputSchema = z.object({
  kind: z.enum(['strategic', 'operational']),
  code: ZActionCodeSchema,
  dates: ZDatesSchema,
  version: ZVersionSchema,
});

export const ZMeetingInputSchema = z.object({ month: ZMonthSchema });

export const ZScheduleMeetingInputSchema = z.object({
  month: ZMonthSchema,
  scheduledOn: ZIsoDateSchema,
  participants: text(4000, 'Lista de participantes muito longa.'),
  /** Null when the meeting was not saved yet. */
  version: ZVersionSchema.nullable(),
});

export const ZAgendaItemInputSchema = z.object({
  month: ZMonthSchema,
  coordinationCode: requiredText(
    'Escolha a coordenadoria que propõe a pauta.',
    20,
    'Código de coordenadoria',
  ),
  title: z
    .string()
    .trim()
    .min(1, 'Informe o assunto da pauta.')
    .max(300, 'Assunto muito longo (máximo 300 caracteres).'),
  description: text(4000, 'Descrição muito longa.'),
});

export const ZDeliberationInputSchema = z.object({
  month: ZMonthSchema,
  text: z.string().trim().min(1, 'Descreva a deliberação ou encaminhamento.').max(4000, 'Texto muito longo.'),
  ownerCoordinationCode: requiredText(
    'Escolha a coordenadoria responsável.',
    20,
    'Código de coordenadoria',
  ).nullable(),
  ownerText: text(200, 'Responsável muito longo.'),
  deadline: ZIsoDateSchema.nullable(),
});

export const ZCloseMeetingInputSchema = z.object({
  month: ZMonthSchema,
  version: ZVersionSchema.nullable(),
  /** Months of data to close with the meeting (those it reviewed). */
  closeMonths: z.array(ZMonthSchema).max(12).default([]),
});

export const ZDeliberationFollowUpInputSchema = z.object({
  id: z.number().int().positive(),
  basedOnUpdateId: z.number().int().positive().nullable(),
  status: ZActionStatusSchema,
  note: text(4000, 'Nota muito longa.'),
});
