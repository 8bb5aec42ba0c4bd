/** Reads `data/plan/planificacao.json`: each macro's place in the plan's schedule and the phase-1 stages. */
import { z } from '../../shared/schemas/zod-locale.ts';
import { readJson } from './data-files.ts';

const ZPlanificationFileSchema = z.object({
  macros: z.array(
    z.object({
      macro: z.string(),
      inicio: z.number().int(),
      fim: z.number().int(),
      fase: z.string(),
      nota: z.string(),
    }),
  ),
  etapas_fase1: z.array(z.object({ codigo: z.string(), nome: z.string(), acao: z.string() })),
});

export type MacroSchedule = {
  macroCode: string;
  startYear: number;
  endYear: number;
  phase: string;
  note: string;
};
export type PhaseOneStage = { code: string; name: string; actionCode: string };

let cached: { schedule: MacroSchedule[]; stages: PhaseOneStage[] } | null = null;

/** Read once: the file ships with the app and does not change while it runs. */
export function readPlanificationFile() {
  if (cached) return cached;
  const file = ZPlanificationFileSchema.parse(readJson('plan/planificacao.json'));
  cached = {
    schedule: file.macros.map((macro) => ({
      macroCode: macro.macro,
      startYear: macro.inicio,
      endYear: macro.fim,
      phase: macro.fase,
      note: macro.nota,
    })),
    stages: file.etapas_fase1.map((stage) => ({
      code: stage.codigo,
      name: stage.nome,
      actionCode: stage.acao,
    })),
  };
  return cached;
}
