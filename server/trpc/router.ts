import { authRouter } from '../routers/auth.ts';
import { indicatorRouter } from '../routers/indicator.ts';
import { scorecardRouter } from '../routers/scorecard.ts';
import { territoryRouter } from '../routers/territory.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  auth: authRouter,
  indicator: indicatorRouter,
  scorecard: scorecardRouter,
  territory: territoryRouter,
});

export type AppRouter = typeof appRouter;
