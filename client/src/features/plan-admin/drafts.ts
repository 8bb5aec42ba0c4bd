/**
 * What the admin types in the editors of the plan's tree, and the tRPC input it becomes. The server
 * checks everything again; here the same sentences come before a round trip.
 */
import { newCodeProblem } from './codes.ts';
import type { ObjectiveNode, OperationalNode, RouterInputs, StrategicNode } from './plan-tree.ts';

type Inputs = RouterInputs['actionPlan'];
export type ObjectiveInput = Inputs['saveObjective'];
export type StrategicInput = Inputs['saveStrategicAction'];
export type OperationalInput = Inputs['saveOperationalAction'];

export type DraftResult<T> = { isValid: true; input: T } | { isValid: false; problems: string[] };

/** Creating a node (its code is typed and must be free) or editing one (at the version shown). */
export type Target =
  | { mode: 'create'; parentCode: string | null; usedCodes: readonly string[] }
  | { mode: 'edit'; code: string; version: number };

export type ObjectiveDraft = { code: string; perspective: string; name: string };
export type StrategicDraft = { code: string; text: string; responsibleText: string; deadlineText: string };
export type OperationalDraft = StrategicDraft & {
  coordinationCodes: string[];
  participants: string;
  observations: string;
};

function required(value: string, max: number, missing: string, tooLong: string, problems: string[]): string {
  const trimmed = value.trim();
  if (trimmed === '') problems.push(missing);
  else if (trimmed.length > max) problems.push(tooLong);
  return trimmed;
}

function optional(value: string, max: number, tooLong: string, problems: string[]): string | null {
  const trimmed = value.trim();
  if (trimmed.length > max) problems.push(tooLong);
  return trimmed === '' ? null : trimmed;
}

function codeAndVersion(
  kind: 'objective' | 'strategic' | 'operational',
  code: string,
  target: Target,
  problems: string[],
): { code: string; version: number | null } {
  if (target.mode === 'edit') return { code: target.code, version: target.version };
  const problem = newCodeProblem(kind, code, target.parentCode, target.usedCodes);
  if (problem) problems.push(problem);
  return { code: code.trim(), version: null };
}

const result = <T>(problems: string[], input: T): DraftResult<T> =>
  problems.length > 0 ? { isValid: false, problems } : { isValid: true, input };

const deadline = (value: string, problems: string[]) =>
  required(
    value,
    200,
    'Informe o prazo (como escrito no plano).',
    'Prazo muito longo (máximo 200 caracteres).',
    problems,
  );
const responsible = (value: string, problems: string[]) =>
  required(
    value,
    1000,
    'Informe o responsável.',
    'Responsável muito longo (máximo 1000 caracteres).',
    problems,
  );

export function objectiveDraft(
  objective: Pick<ObjectiveNode, 'code' | 'perspective' | 'name'> | null,
  suggestedCode = '',
): ObjectiveDraft {
  if (!objective) return { code: suggestedCode, perspective: '', name: '' };
  return { code: objective.code, perspective: objective.perspective, name: objective.name };
}

export function objectiveInput(draft: ObjectiveDraft, target: Target): DraftResult<ObjectiveInput> {
  const problems: string[] = [];
  const { code, version } = codeAndVersion('objective', draft.code, target, problems);
  const perspective = required(
    draft.perspective,
    200,
    'Informe a perspectiva.',
    'Perspectiva muito longa (máximo 200 caracteres).',
    problems,
  );
  const name = required(
    draft.name,
    1000,
    'Informe o nome do objetivo.',
    'Nome muito longo (máximo 1000 caracteres).',
    problems,
  );
  return result(problems, { code, perspective, name, version });
}

export function strategicDraft(
  action: Pick<StrategicNode, 'code' | 'text' | 'responsibleText' | 'deadlineText'> | null,
  suggestedCode = '',
): StrategicDraft {
  if (!action) return { code: suggestedCode, text: '', responsibleText: '', deadlineText: '' };
  return {
    code: action.code,
    text: action.text,
    responsibleText: action.responsibleText,
    deadlineText: action.deadlineText,
  };
}

export function strategicInput(
  draft: StrategicDraft,
  objectiveCode: string,
  target: Target,
): DraftResult<StrategicInput> {
  const problems: string[] = [];
  const { code, version } = codeAndVersion('strategic', draft.code, target, problems);
  const text = required(
    draft.text,
    4000,
    'Informe o texto da ação estratégica.',
    'Texto muito longo (máximo 4000 caracteres).',
    problems,
  );
  const responsibleText = responsible(draft.responsibleText, problems);
  const deadlineText = deadline(draft.deadlineText, problems);
  return result(problems, { code, objectiveCode, text, responsibleText, deadlineText, version });
}

export function operationalDraft(
  action: Pick<
    OperationalNode,
    | 'code'
    | 'text'
    | 'responsibleText'
    | 'coordinationCodes'
    | 'participants'
    | 'deadlineText'
    | 'observations'
  > | null,
  suggestedCode = '',
): OperationalDraft {
  if (!action)
    return {
      code: suggestedCode,
      text: '',
      responsibleText: '',
      coordinationCodes: [],
      participants: '',
      deadlineText: '',
      observations: '',
    };
  return {
    code: action.code,
    text: action.text,
    responsibleText: action.responsibleText,
    coordinationCodes: [...action.coordinationCodes],
    participants: action.participants ?? '',
    deadlineText: action.deadlineText,
    observations: action.observations ?? '',
  };
}

export function operationalInput(
  draft: OperationalDraft,
  strategicActionCode: string,
  target: Target,
): DraftResult<OperationalInput> {
  const problems: string[] = [];
  const { code, version } = codeAndVersion('operational', draft.code, target, problems);
  const text = required(
    draft.text,
    4000,
    'Informe o texto da ação operacional.',
    'Texto muito longo (máximo 4000 caracteres).',
    problems,
  );
  const responsibleText = responsible(draft.responsibleText, problems);
  if (draft.coordinationCodes.length === 0) problems.push('Escolha ao menos uma coordenadoria responsável.');
  const participants = optional(draft.participants, 4000, 'Texto de participantes muito longo.', problems);
  const deadlineText = deadline(draft.deadlineText, problems);
  const observations = optional(draft.observations, 4000, 'Observações muito longas.', problems);
  return result(problems, {
    code,
    strategicActionCode,
    text,
    responsibleText,
    coordinationCodes: [...draft.coordinationCodes],
    participants,
    deadlineText,
    observations,
    version,
  });
}

/** Ticks or unticks one coordenadoria, keeping the others in the order they were chosen. */
export function toggleCoordination(codes: readonly string[], code: string, isChosen: boolean): string[] {
  if (!isChosen) return codes.filter((candidate) => candidate !== code);
  return codes.includes(code) ? [...codes] : [...codes, code];
}
