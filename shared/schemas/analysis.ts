/**
 * The análise do indicador (issue 15): what explains an indicator's figure in a month, what is being
 * done about it, and the operational actions that serve it. The form and the server use these.
 */
import { requiredText, ZActionCodeSchema, ZMonthSchema } from './action-plan.ts';
import { ZIndicatorCodeSchema, ZTerritoryCodeSchema } from './query.ts';
import { z } from './zod-locale.ts';

export const ANALYSIS_TEXT_MAX = 4000;

export const ZAnalysisInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  /** The state by default; a macrorregião may have its own. */
  territoryCode: ZTerritoryCodeSchema,
  /** The month reviewed (the reunião de condução of the month after looks at it). */
  month: ZMonthSchema,
  explanation: requiredText('Escreva o que explica o valor do indicador.', ANALYSIS_TEXT_MAX, 'O texto'),
  response: requiredText('Escreva o que está sendo feito.', ANALYSIS_TEXT_MAX, 'O texto'),
  actionCodes: z.array(ZActionCodeSchema).max(30, 'No máximo 30 ações por análise.'),
});

export type TAnalysisInput = z.infer<typeof ZAnalysisInputSchema>;

export const ZAnalysesQuerySchema = z.object({
  code: ZIndicatorCodeSchema,
  territoryCode: ZTerritoryCodeSchema,
});

/** The operational actions that serve an indicator, as the administrator or superintendência set them. */
export const ZIndicatorActionsInputSchema = z.object({
  code: ZIndicatorCodeSchema,
  actionCodes: z.array(ZActionCodeSchema).max(60, 'No máximo 60 ações por indicador.'),
});
