import { accountRouter } from '../routers/account.ts';
import { actionPlanRouter } from '../routers/action-plan.ts';
import { adminRouter } from '../routers/admin.ts';
import { analysisRouter } from '../routers/analysis.ts';
import { authRouter } from '../routers/auth.ts';
import { dataCycleRouter } from '../routers/data-cycle.ts';
import { dataEntryRouter } from '../routers/data-entry.ts';
import { indicatorRouter } from '../routers/indicator.ts';
import { meetingRouter } from '../routers/meeting.ts';
import { pendingWorkRouter } from '../routers/pending-work.ts';
import { planificationRouter } from '../routers/planification.ts';
import { reportRouter } from '../routers/report.ts';
import { scorecardRouter } from '../routers/scorecard.ts';
import { territoryRouter } from '../routers/territory.ts';
import { router } from './trpc.ts';

export const appRouter = router({
  account: accountRouter,
  actionPlan: actionPlanRouter,
  admin: adminRouter,
  analysis: analysisRouter,
  auth: authRouter,
  dataCycle: dataCycleRouter,
  dataEntry: dataEntryRouter,
  indicator: indicatorRouter,
  meeting: meetingRouter,
  pendingWork: pendingWorkRouter,
  planification: planificationRouter,
  report: reportRouter,
  scorecard: scorecardRouter,
  territory: territoryRouter,
});

export type AppRouter = typeof appRouter;
