import { ZIndicatorActionsInputSchema } from '../../shared/schemas/analysis.ts';
import {
  ZIndicatorBreakdownInputSchema,
  ZIndicatorContributionInputSchema,
  ZIndicatorFiguresInputSchema,
  ZIndicatorInputSchema,
  ZIndicatorSeriesInputSchema,
  ZMunicipalityTablePageSchema,
} from '../../shared/schemas/query.ts';
import { getIndicatorActions, setIndicatorActions } from '../services/indicator-actions.ts';
import {
  getIndicatorBreakdown,
  getIndicatorContribution,
  getIndicatorFigures,
  getIndicatorSeries,
  getIndicatorSheet,
} from '../services/indicator-view.ts';
import { getMunicipalityPage } from '../services/municipality-table.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const indicatorRouter = router({
  sheet: authedProcedure
    .input(ZIndicatorInputSchema)
    .query(({ ctx, input }) => getIndicatorSheet(ctx.readDb, input.code, ctx.now())),
  series: authedProcedure
    .input(ZIndicatorSeriesInputSchema)
    .query(({ ctx, input }) => getIndicatorSeries(ctx.readDb, input, ctx.user, ctx.now())),
  figures: authedProcedure.input(ZIndicatorFiguresInputSchema).query(({ ctx, input }) =>
    getIndicatorFigures(
      ctx.readDb,
      {
        code: input.code,
        level: input.level,
        years: [input.year],
        within: input.within,
      },
      ctx.user,
      ctx.now(),
    ),
  ),
  /** One page of a breakdown by macro or região, with what is said over all its rows. */
  breakdown: authedProcedure
    .input(ZIndicatorBreakdownInputSchema)
    .query(({ ctx, input }) => getIndicatorBreakdown(ctx.readDb, input, ctx.user, ctx.now())),
  /** One page of the table of municípios, searched and sorted on the server. */
  municipalities: authedProcedure
    .input(ZMunicipalityTablePageSchema)
    .query(({ ctx, input }) => getMunicipalityPage(ctx.readDb, input, ctx.user, ctx.now())),
  contribution: authedProcedure
    .input(ZIndicatorContributionInputSchema)
    .query(({ ctx, input }) => getIndicatorContribution(ctx.readDb, input, ctx.user, ctx.now())),
  /** The actions that serve it (confirmed) and those the plan proposes (its objective's). */
  actions: authedProcedure
    .input(ZIndicatorInputSchema)
    .query(({ ctx, input }) => getIndicatorActions(ctx.readDb, ctx.user, input.code, ctx.now())),
  setActions: authedProcedure
    .input(ZIndicatorActionsInputSchema)
    .mutation(({ ctx, input }) => setIndicatorActions(ctx.db, ctx.user, input, ctx.now())),
});
