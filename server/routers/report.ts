import {
  ZPlanningReportInputSchema,
  ZReportPeriodsInputSchema,
} from '../../shared/schemas/planning-report.ts';
import {
  ZSemesterNarrativeInputSchema,
  ZSemesterReportInputSchema,
} from '../../shared/schemas/semester-report.ts';
import { getPlanningReport, listReportPeriods } from '../services/planning-report.ts';
import { getSemesterReport, saveSemesterNarrative } from '../services/semester-report.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const reportRouter = router({
  /** The semesters, quadrimesters or years a report exists for. */
  periods: authedProcedure
    .input(ZReportPeriodsInputSchema)
    .query(({ ctx, input }) => listReportPeriods(input.kind, ctx.now())),
  semester: authedProcedure
    .input(ZSemesterReportInputSchema)
    .query(({ ctx, input }) => getSemesterReport(ctx.readDb, ctx.user, input.semester, ctx.now())),
  /** The RDQA of a quadrimester or the RAG of a year. */
  planning: authedProcedure
    .input(ZPlanningReportInputSchema)
    .query(({ ctx, input }) => getPlanningReport(ctx.readDb, ctx.user, input, ctx.now())),
  saveNarrative: authedProcedure
    .input(ZSemesterNarrativeInputSchema)
    .mutation(({ ctx, input }) => saveSemesterNarrative(ctx.db, ctx.user, input, ctx.now())),
});
