/**
 * Reads `data/plan/como-atualizar.json`: for each indicator, where its data come from and how a
 * coordenadoria brings them into the panel ("Como atualizar" on the indicator sheet). Portuguese
 * keys, as the team edits it; every indicator of the plan must have a guide.
 */
import { z } from 'zod';
import { readJson } from './data-files.ts';

const ZGuidePartSchema = z.object({
  parte: z.enum(['numerador', 'denominador', 'valor']),
  sistema: z.string().min(1),
  onde: z.string().min(1),
  selecoes: z.array(z.string()),
  importar: z.string().min(1),
  observacao: z.string().nullable(),
});

const ZUpdateGuideFileSchema = z.object({
  fonte: z.string(),
  indicadores: z.record(
    z.string(),
    z.object({
      resumo: z.string().min(1),
      partes: z.array(ZGuidePartSchema).min(1),
      fechamento: z.string().nullable(),
      a_confirmar: z.string().nullable(),
    }),
  ),
});

const PART_LABELS = { numerador: 'Numerador', denominador: 'Denominador', valor: 'Valor' } as const;

export type UpdateGuide = {
  summary: string;
  parts: {
    label: string;
    system: string;
    where: string;
    selections: string[];
    howToLoad: string;
    note: string | null;
  }[];
  yearClosing: string | null;
  toConfirm: string | null;
};

export function readUpdateGuides(): Map<string, UpdateGuide> {
  const file = ZUpdateGuideFileSchema.parse(readJson('plan/como-atualizar.json'));
  return new Map(
    Object.entries(file.indicadores).map(([code, guide]) => [
      code,
      {
        summary: guide.resumo,
        parts: guide.partes.map((part) => ({
          label: PART_LABELS[part.parte],
          system: part.sistema,
          where: part.onde,
          selections: part.selecoes,
          howToLoad: part.importar,
          note: part.observacao,
        })),
        yearClosing: guide.fechamento,
        toConfirm: guide.a_confirmar,
      },
    ]),
  );
}
