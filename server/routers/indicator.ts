import {
  ZIndicatorFiguresInputSchema,
  ZIndicatorInputSchema,
  ZIndicatorSeriesInputSchema,
} from '../../shared/schemas/query.ts';
import { getIndicatorFigures, getIndicatorSeries, getIndicatorSheet } from '../services/indicator-view.ts';
import { publicProcedure, router } from '../trpc/trpc.ts';

export const indicatorRouter = router({
  sheet: publicProcedure
    .input(ZIndicatorInputSchema)
    .query(({ ctx, input }) => getIndicatorSheet(ctx.db, input.code)),
  series: publicProcedure
    .input(ZIndicatorSeriesInputSchema)
    .query(({ ctx, input }) => getIndicatorSeries(ctx.db, input)),
  figures: publicProcedure.input(ZIndicatorFiguresInputSchema).query(({ ctx, input }) =>
    getIndicatorFigures(ctx.db, {
      code: input.code,
      level: input.level,
      years: [input.year],
    }),
  ),
});
