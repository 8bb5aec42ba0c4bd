import {
  ZAgendaItemInputSchema,
  ZCloseMeetingInputSchema,
  ZDeliberationFollowUpInputSchema,
  ZDeliberationInputSchema,
  ZMeetingInputSchema,
  ZScheduleMeetingInputSchema,
} from '../../shared/schemas/action-plan.ts';
import {
  addDeliberation,
  closeMeeting,
  followUpDeliberation,
  getMeeting,
  getUpcomingMeeting,
  listDeliberationViews,
  listMeetingSummaries,
  scheduleMeeting,
  submitAgendaItem,
} from '../services/meetings.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const meetingRouter = router({
  list: authedProcedure.query(({ ctx }) => listMeetingSummaries(ctx.readDb, ctx.now())),
  /** The meeting being prepared and the month it reviews (where monitoring forms open). */
  upcoming: authedProcedure.query(({ ctx }) => getUpcomingMeeting(ctx.readDb, ctx.now())),
  get: authedProcedure
    .input(ZMeetingInputSchema)
    .query(({ ctx, input }) => getMeeting(ctx.readDb, ctx.user, input.month, ctx.now())),
  deliberations: authedProcedure.query(({ ctx }) => listDeliberationViews(ctx.readDb, ctx.now())),
  schedule: authedProcedure
    .input(ZScheduleMeetingInputSchema)
    .mutation(({ ctx, input }) => scheduleMeeting(ctx.db, ctx.user, input, ctx.now())),
  submitAgendaItem: authedProcedure
    .input(ZAgendaItemInputSchema)
    .mutation(({ ctx, input }) => submitAgendaItem(ctx.db, ctx.user, input, ctx.now())),
  addDeliberation: authedProcedure
    .input(ZDeliberationInputSchema)
    .mutation(({ ctx, input }) => addDeliberation(ctx.db, ctx.user, input, ctx.now())),
  followUpDeliberation: authedProcedure
    .input(ZDeliberationFollowUpInputSchema)
    .mutation(({ ctx, input }) => followUpDeliberation(ctx.db, ctx.user, input, ctx.now())),
  close: authedProcedure
    .input(ZCloseMeetingInputSchema)
    .mutation(({ ctx, input }) => closeMeeting(ctx.db, ctx.user, input, ctx.now())),
});
