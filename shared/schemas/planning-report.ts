/** Inputs of the RDQA (quadrimester) and RAG (year) reports; the period itself is checked by the service. */
import { z } from './zod-locale.ts';

export const ZPlanningReportInputSchema = z.object({
  kind: z.enum(['quadrimester', 'year']),
  period: z.string().trim().max(10),
});
export type TPlanningReportInput = z.infer<typeof ZPlanningReportInputSchema>;

export const ZReportPeriodsInputSchema = z.object({ kind: z.enum(['semester', 'quadrimester', 'year']) });
