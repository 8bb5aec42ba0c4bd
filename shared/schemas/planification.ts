/** Inputs of the planificação records (objective 4), validated on the server. */
import { ZIsoDateSchema } from './action-plan.ts';
import { z } from './zod-locale.ts';

const ZMunicipalityCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{7}$/, 'Escolha o município (código IBGE de 7 dígitos).');
const ZMacroCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{4}$/, 'Escolha a macrorregião.');
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} muito longo (máximo ${max} caracteres).`)
    .transform((value) => (value === '' ? null : value))
    .nullable();
/** The version the form was based on; null when recording something new. */
const ZExpectedVersionSchema = z.number().int().positive().nullable();

export const ZAdhesionInputSchema = z
  .object({
    municipalityCode: ZMunicipalityCodeSchema,
    adheredOn: ZIsoDateSchema,
    withdrawnOn: ZIsoDateSchema.nullable(),
    document: optionalText(300, 'Documento'),
    expectedVersion: ZExpectedVersionSchema,
  })
  .refine((input) => input.withdrawnOn === null || input.withdrawnOn > input.adheredOn, {
    message: 'A data de saída deve ser posterior à data de adesão.',
    path: ['withdrawnOn'],
  });

export const ZRemoveAdhesionInputSchema = z.object({
  municipalityCode: ZMunicipalityCodeSchema,
  expectedVersion: z.number().int().positive(),
});

export const ZTrainingInputSchema = z.object({
  macroCode: ZMacroCodeSchema,
  heldOn: ZIsoDateSchema,
  title: z
    .string()
    .trim()
    .min(3, 'Descreva a formação (ex.: Oficina tutorial 1).')
    .max(200, 'Descrição muito longa (máximo 200 caracteres).'),
  professionals: z
    .number({ error: 'Informe o número de profissionais qualificados.' })
    .int('O número de profissionais é inteiro.')
    .min(1, 'Informe ao menos 1 profissional.')
    .max(20_000, 'Número de profissionais grande demais para um evento (máximo 20.000).'),
});

export const ZRemoveTrainingInputSchema = z.object({ id: z.number().int().positive() });

export const ZStageInputSchema = z.object({
  macroCode: ZMacroCodeSchema,
  stageCode: z.string().trim().min(1, 'Escolha a etapa.').max(40),
  completedOn: ZIsoDateSchema,
  note: optionalText(500, 'Observação'),
});

export const ZUndoStageInputSchema = z.object({
  macroCode: ZMacroCodeSchema,
  stageCode: z.string().trim().min(1, 'Escolha a etapa.').max(40),
});

export type TAdhesionInput = z.infer<typeof ZAdhesionInputSchema>;
export type TTrainingInput = z.infer<typeof ZTrainingInputSchema>;
export type TStageInput = z.infer<typeof ZStageInputSchema>;
