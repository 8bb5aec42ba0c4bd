import {
  ZActionCodeSchema,
  ZActionFilterSchema,
  ZMonitoringRecordInputSchema,
  ZMonthSchema,
  ZObjectiveInputSchema,
  ZOperationalActionInputSchema,
  ZRetireInputSchema,
  ZSetDatesInputSchema,
  ZStrategicActionInputSchema,
} from '../../shared/schemas/action-plan.ts';
import { z } from '../../shared/schemas/zod-locale.ts';
import { listCoordinations } from '../db/repositories/plan-repository.ts';
import { getActionTree, listActions, listMyActions } from '../services/action-plan.ts';
import { getActionDetail, recordMonitoring } from '../services/monitoring.ts';
import {
  listDeadlineReview,
  saveObjective,
  saveOperationalAction,
  saveStrategicAction,
  setDeadlineDates,
  setRetired,
} from '../services/plan-structure.ts';
import { adminProcedure, authedProcedure, router } from '../trpc/trpc.ts';

export const actionPlanRouter = router({
  tree: authedProcedure
    .input(z.object({ includeRetired: z.boolean().optional() }))
    .query(({ ctx, input }) => getActionTree(ctx.readDb, ctx.now(), input)),
  list: authedProcedure
    .input(ZActionFilterSchema)
    .query(({ ctx, input }) => listActions(ctx.readDb, ctx.now(), input)),
  mine: authedProcedure
    .input(z.object({ month: ZMonthSchema }))
    .query(({ ctx, input }) => listMyActions(ctx.readDb, ctx.user, ctx.now(), input.month)),
  action: authedProcedure
    .input(z.object({ code: ZActionCodeSchema }))
    .query(({ ctx, input }) => getActionDetail(ctx.readDb, ctx.user, input.code, ctx.now())),
  record: authedProcedure
    .input(ZMonitoringRecordInputSchema)
    .mutation(({ ctx, input }) => recordMonitoring(ctx.db, ctx.user, input, ctx.now())),
  coordinations: authedProcedure.query(({ ctx }) => listCoordinations(ctx.readDb)),
  deadlineReview: adminProcedure.query(({ ctx }) => listDeadlineReview(ctx.readDb, ctx.now())),
  setDates: adminProcedure
    .input(ZSetDatesInputSchema)
    .mutation(({ ctx, input }) => setDeadlineDates(ctx.db, ctx.user, input, ctx.now())),
  saveObjective: adminProcedure
    .input(ZObjectiveInputSchema)
    .mutation(({ ctx, input }) => saveObjective(ctx.db, ctx.user, input, ctx.now())),
  saveStrategicAction: adminProcedure
    .input(ZStrategicActionInputSchema)
    .mutation(({ ctx, input }) => saveStrategicAction(ctx.db, ctx.user, input, ctx.now())),
  saveOperationalAction: adminProcedure
    .input(ZOperationalActionInputSchema)
    .mutation(({ ctx, input }) => saveOperationalAction(ctx.db, ctx.user, input, ctx.now())),
  setRetired: adminProcedure
    .input(ZRetireInputSchema)
    .mutation(({ ctx, input }) => setRetired(ctx.db, ctx.user, input, ctx.now())),
});
