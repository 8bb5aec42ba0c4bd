import {
  ZAdhesionInputSchema,
  ZRemoveAdhesionInputSchema,
  ZRemoveTrainingInputSchema,
  ZStageInputSchema,
  ZTrainingInputSchema,
  ZUndoStageInputSchema,
} from '../../shared/schemas/planification.ts';
import {
  addTraining,
  completeStage,
  getPlanification,
  removeAdhesion,
  removeTraining,
  saveAdhesion,
  undoStage,
} from '../services/planification.ts';
import { authedProcedure, router } from '../trpc/trpc.ts';

export const planificationRouter = router({
  view: authedProcedure.query(({ ctx }) => getPlanification(ctx.readDb, ctx.user, ctx.now())),
  saveAdhesion: authedProcedure
    .input(ZAdhesionInputSchema)
    .mutation(({ ctx, input }) => saveAdhesion(ctx.db, ctx.user, input, ctx.now())),
  removeAdhesion: authedProcedure
    .input(ZRemoveAdhesionInputSchema)
    .mutation(({ ctx, input }) => removeAdhesion(ctx.db, ctx.user, input, ctx.now())),
  addTraining: authedProcedure
    .input(ZTrainingInputSchema)
    .mutation(({ ctx, input }) => addTraining(ctx.db, ctx.user, input, ctx.now())),
  removeTraining: authedProcedure
    .input(ZRemoveTrainingInputSchema)
    .mutation(({ ctx, input }) => removeTraining(ctx.db, ctx.user, input.id, ctx.now())),
  completeStage: authedProcedure
    .input(ZStageInputSchema)
    .mutation(({ ctx, input }) => completeStage(ctx.db, ctx.user, input, ctx.now())),
  undoStage: authedProcedure
    .input(ZUndoStageInputSchema)
    .mutation(({ ctx, input }) => undoStage(ctx.db, ctx.user, input, ctx.now())),
});
