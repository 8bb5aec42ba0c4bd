/** The monthly data cycle: the coordenadoria's check of a month and the months closed at the meeting. */
import {
  ZIndicatorCheckInputSchema,
  ZMarkCheckedInputSchema,
  ZReopenMonthInputSchema,
} from '../../shared/schemas/data-entry.ts';
import { getIndicatorCheck, markChecked } from '../services/data-checks.ts';
import { getDataClosures, reopenMonth } from '../services/data-closing.ts';
import { getDataQuality } from '../services/data-quality.ts';
import { adminProcedure, authedProcedure, router } from '../trpc/trpc.ts';

export const dataCycleRouter = router({
  list: authedProcedure.query(({ ctx }) => getDataClosures(ctx.readDb)),
  reopen: adminProcedure
    .input(ZReopenMonthInputSchema)
    .mutation(({ ctx, input }) => reopenMonth(ctx.db, ctx.user, input, ctx.now())),
  /** The coordenadoria's check ("conferido") of an indicator's month. */
  check: authedProcedure
    .input(ZIndicatorCheckInputSchema)
    .query(({ ctx, input }) => getIndicatorCheck(ctx.readDb, ctx.user, input, ctx.now())),
  /** Qualidade dos dados of one indicator and month. */
  quality: authedProcedure
    .input(ZIndicatorCheckInputSchema)
    .query(({ ctx, input }) => getDataQuality(ctx.readDb, ctx.user, input, ctx.now())),
  markChecked: authedProcedure
    .input(ZMarkCheckedInputSchema)
    .mutation(({ ctx, input }) => markChecked(ctx.db, ctx.user, input, ctx.now())),
});
