import {
  ZIndicatorFiguresInputSchema,
  ZIndicatorInputSchema,
  ZIndicatorSeriesInputSchema,
} from '../../shared/schemas/query.ts';
import { getIndicatorFigures, getIndicatorSeries, getIndicatorSheet } from '../services/indicator-view.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const indicatorRouter = router({
  sheet: authedProcedure
    .input(ZIndicatorInputSchema)
    .query(({ ctx, input }) => getIndicatorSheet(ctx.readDb, input.code)),
  series: authedProcedure
    .input(ZIndicatorSeriesInputSchema)
    .query(({ ctx, input }) => getIndicatorSeries(ctx.readDb, input, ctx.user)),
  figures: authedProcedure.input(ZIndicatorFiguresInputSchema).query(({ ctx, input }) =>
    getIndicatorFigures(
      ctx.readDb,
      {
        code: input.code,
        level: input.level,
        years: [input.year],
      },
      ctx.user,
    ),
  ),
});
