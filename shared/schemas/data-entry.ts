import { requiredText, ZMonthSchema } from './action-plan.ts';
import { ZYearSchema } from './indicator.ts';
import { ZIndicatorCodeSchema, ZTerritoryCodeSchema } from './query.ts';
import { z } from './zod-locale.ts';

const ZCellNumberSchema = z.number({ error: 'Digite um número.' }).finite('Digite um número.').nullable();

export const ZEntryGridInputSchema = z.object({ code: ZIndicatorCodeSchema, year: ZYearSchema });

/** 1 to 1.000 characters when given; empty means none. */
export const ZJustificationSchema = z
  .string()
  .trim()
  .max(1000, 'Justificativa muito longa (máximo 1.000 caracteres).')
  .transform((value) => (value === '' ? null : value))
  .nullable()
  .default(null);

export const ZEntrySaveInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  cells: z
    .array(
      z.object({
        territoryCode: ZTerritoryCodeSchema,
        period: z.string().trim().max(7),
        numerator: ZCellNumberSchema,
        denominator: ZCellNumberSchema,
        /** The version the page showed; null when the cell was empty. */
        expectedVersion: z.number().int().positive().nullable(),
      }),
    )
    .min(1, 'Nenhuma alteração para salvar.')
    .max(5000, 'Salve no máximo 5.000 células por vez; para mais, use a importação de arquivo.'),
  /** Why the values far from their unit's history are right (required when there are any). */
  justification: ZJustificationSchema,
});
export type TEntrySaveInput = z.infer<typeof ZEntrySaveInputSchema>;

export const ZValueHistoryInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  territoryCode: ZTerritoryCodeSchema,
  period: z.string().trim().max(7),
});

/** The administrator reopens a month closed at the reunião de condução, saying why. */
export const ZReopenMonthInputSchema = z.object({
  month: ZMonthSchema,
  version: z.number().int().positive(),
  reason: requiredText('Diga o motivo da reabertura.', 1000, 'Motivo'),
});

export const ZIndicatorMonthInputSchema = z.object({ code: ZIndicatorCodeSchema, month: ZMonthSchema });
/** The month may be left to the server: the last full month by its clock. */
export const ZIndicatorCheckInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  month: ZMonthSchema.optional(),
});

/** The coordenadoria marks an indicator's month of data as checked, with an optional note. */
export const ZMarkCheckedInputSchema = ZIndicatorMonthInputSchema.extend({
  /** The values the page showed (`check`'s `valuesFingerprint`): changed since, the check is refused. */
  seenValues: z.string().max(200),
  note: z
    .string()
    .trim()
    .max(1000, 'Nota muito longa (máximo 1.000 caracteres).')
    .transform((value) => (value === '' ? null : value))
    .nullable(),
});
