/** Inputs of the semester report per objective (PRODUCT.md §4.6), validated on the server. */
import { parseYearPart, planYearParts, type YearPart, yearPartCode, yearPartLabel } from '../domain/dates.ts';
import { z } from './zod-locale.ts';

/** Each of the three texts of a coordenadoria (a, b, c of the report). */
export const NARRATIVE_MAX_CHARS = 8000;

const FIRST = planYearParts('semester')[0] as string;
const LAST = planYearParts('semester').at(-1) as string;

/** `AAAA-S1` or `AAAA-S2`, 2024-S1 to 2027-S2; `2026-s1` is read as `2026-S1`. */
export const ZSemesterSchema = z
  .string({ error: 'Informe o semestre como AAAA-S1 ou AAAA-S2 (ex.: 2026-S1).' })
  .trim()
  .superRefine((text, context) => {
    if (!/^\d{4}-[sS][12]$/.test(text)) {
      context.addIssue({
        code: 'custom',
        message:
          'Semestre inválido: use AAAA-S1 (janeiro a junho) ou AAAA-S2 (julho a dezembro), ex.: 2026-S1.',
      });
    } else if (parseYearPart(text, 'semester') === null) {
      context.addIssue({
        code: 'custom',
        message: `Semestre fora do plano: o relatório vai do ${yearPartLabel(FIRST)} ao ${yearPartLabel(LAST)}.`,
      });
    }
  })
  .transform((text) => yearPartCode(parseYearPart(text, 'semester') as YearPart));

export const ZSemesterReportInputSchema = z.object({ semester: ZSemesterSchema });
export type TSemesterReportInput = z.infer<typeof ZSemesterReportInputSchema>;

const narrativeText = (what: string) =>
  z
    .string({ error: `O texto "${what}" deve ser um texto.` })
    .trim()
    .max(
      NARRATIVE_MAX_CHARS,
      `O texto "${what}" é muito longo (máximo ${NARRATIVE_MAX_CHARS.toLocaleString('pt-BR')} caracteres).`,
    )
    .transform((value) => (value === '' ? null : value))
    .nullable();

/**
 * The three texts each coordenadoria writes, in the report's order: `heading` as the seed's
 * reports ask it (the plan of action in place of the "PTS"), `label` where space is short.
 */
export const NARRATIVE_FIELDS = [
  {
    key: 'progress',
    letter: 'a',
    label: 'Progresso das ações programadas',
    heading: 'Comentar sobre o progresso das ações programadas no plano de ação',
  },
  {
    key: 'difficulties',
    letter: 'b',
    label: 'Dificuldades, intervenções requeridas e/ou sugestões',
    heading:
      'Detalhar as dificuldades, intervenções requeridas e/ou sugestões para execução do plano de ação, se existentes',
  },
  {
    key: 'relation',
    letter: 'c',
    label: 'Relação do progresso com o alcance das metas',
    heading:
      'Relacionar o progresso das ações programadas com o alcance do objetivo, considerando os indicadores e as metas',
  },
] as const;

export type NarrativeField = (typeof NARRATIVE_FIELDS)[number]['key'];

export const ZSemesterNarrativeInputSchema = z.object({
  semester: ZSemesterSchema,
  objectiveCode: z
    .string({ error: 'Informe o objetivo.' })
    .trim()
    .min(1, 'Informe o objetivo.')
    .max(10, 'Código do objetivo muito longo.')
    .transform((code) => code.toUpperCase()),
  coordinationCode: z
    .string({ error: 'Informe a coordenadoria.' })
    .trim()
    .min(1, 'Informe a coordenadoria.')
    .max(20, 'Código de coordenadoria muito longo.')
    .transform((code) => code.toUpperCase()),
  progress: narrativeText('progresso das ações'),
  difficulties: narrativeText('dificuldades'),
  relation: narrativeText('relação com as metas'),
  /** The version the page showed; null when nothing was written yet. A different one is a conflict. */
  version: z.number().int().positive().nullable(),
});
export type TSemesterNarrativeInput = z.infer<typeof ZSemesterNarrativeInputSchema>;
