/** The words of retiring and returning a node of the plan (pt-BR gender: o objetivo, a ação). */
import type { NodeKind } from './codes.ts';

const NAMES: Record<NodeKind, { the: string; retired: string }> = {
  objective: { the: 'o objetivo', retired: 'Retirado' },
  strategic: { the: 'a ação estratégica', retired: 'Retirada' },
  operational: { the: 'a ação operacional', retired: 'Retirada' },
};

/** "o objetivo 2", "a ação operacional 1.1.6". */
export const nodeName = (kind: NodeKind, code: string) => `${NAMES[kind].the} ${code}`;

/** "Retirada em 24/11/2026". */
export const retiredOnText = (kind: NodeKind, date: string) => `${NAMES[kind].retired} em ${date}`;

const EXPLANATIONS: Record<NodeKind, string> = {
  objective:
    'Ele sai da árvore e dos percentuais do plano. Nada é apagado: o histórico (registros mensais e auditoria) é mantido e ele pode ser devolvido ao plano depois. As ações abaixo dele não são retiradas uma a uma: se também saem do plano, retire-as antes.',
  strategic:
    'Ela sai da árvore e dos percentuais do plano. Nada é apagado: o histórico (registros mensais e auditoria) é mantido e ela pode ser devolvida ao plano depois. As ações operacionais abaixo dela não são retiradas uma a uma: se também saem do plano, retire-as antes.',
  operational:
    'Ela sai da árvore, das listas e dos percentuais do plano. Nada é apagado: o histórico (registros mensais e auditoria) é mantido e ela pode ser devolvida ao plano depois.',
};

/** What retiring does, said before it is done: the history stays and the node can come back. */
export function retireQuestion(kind: NodeKind, code: string): { question: string; explanation: string } {
  return { question: `Retirar ${nodeName(kind, code)} do plano?`, explanation: EXPLANATIONS[kind] };
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "A ação estratégica 1.2 foi retirada do plano." */
export const retiredNotice = (kind: NodeKind, code: string) =>
  `${capitalised(nodeName(kind, code))} foi ${NAMES[kind].retired.toLowerCase()} do plano.`;

/** "O objetivo 2 voltou ao plano." */
export const returnedNotice = (kind: NodeKind, code: string) =>
  `${capitalised(nodeName(kind, code))} voltou ao plano.`;
