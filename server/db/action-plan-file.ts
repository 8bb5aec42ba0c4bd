/** Reads `data/plan/acoes.json` (sections 6 and 6.1 of the plan, as printed) into domain rows. */
import { statusFromPlanText } from '../../shared/domain/action-status.ts';
import { parseDeadline } from '../../shared/domain/deadline.ts';
import { z } from '../../shared/schemas/zod-locale.ts';
import { readJson } from './data-files.ts';
import type { OperationalActionRow, StrategicActionRow } from './repositories/action-plan-repository.ts';

const ZActionsFileSchema = z.object({
  acoes_estrategicas: z.array(
    z.object({
      codigo: z.string(),
      objetivo: z.string(),
      texto: z.string(),
      texto_desdobramento: z.string().nullable(),
      responsavel: z.string(),
      prazo: z.string(),
      acoes_operacionais: z.array(
        z.object({
          codigo: z.string(),
          numero_impresso: z.string(),
          texto: z.string(),
          responsavel: z.string(),
          coordenadorias: z.array(z.string()).min(1),
          quem_participa: z.string().nullable(),
          prazo: z.string(),
          observacoes: z.string().nullable(),
          status: z.enum(['Concluído', 'Em andamento', 'Não Iniciado']).nullable(),
        }),
      ),
    }),
  ),
});

export type ActionPlanData = { strategic: StrategicActionRow[]; operational: OperationalActionRow[] };

/** A prazo as written plus the dates read from it (none when unreadable: a person sets them). */
export function deadlineFromText(text: string) {
  const dates = parseDeadline(text);
  return {
    deadlineText: text,
    startsOn: dates?.startsOn ?? null,
    endsOn: dates?.endsOn ?? null,
    datesSetBy: null,
  };
}
export function readActionPlanFile(): ActionPlanData {
  const file = ZActionsFileSchema.parse(readJson('plan/acoes.json'));
  return {
    strategic: file.acoes_estrategicas.map((action, index) => ({
      code: action.codigo,
      objectiveCode: action.objetivo,
      text: action.texto,
      planText: action.texto_desdobramento,
      responsibleText: action.responsavel,
      ...deadlineFromText(action.prazo),
      sortOrder: index,
      retiredAt: null,
      version: 1,
    })),
    operational: file.acoes_estrategicas.flatMap((strategic) =>
      strategic.acoes_operacionais.map((action, index) => ({
        code: action.codigo,
        strategicActionCode: strategic.codigo,
        printedNumber: action.numero_impresso,
        text: action.texto,
        responsibleText: action.responsavel,
        coordinationCodes: action.coordenadorias,
        participants: action.quem_participa,
        ...deadlineFromText(action.prazo),
        observations: action.observacoes,
        statusInPlan: statusFromPlanText(action.status),
        sortOrder: index,
        retiredAt: null,
        version: 1,
      })),
    ),
  };
}
