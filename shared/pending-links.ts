/**
 * Where each pendência is done, and how it reads: the same sentences on the Pendências page and in
 * the reminder e-mails.
 */
import { actionPath, analysisPath, meetingPath } from './app-paths.ts';
import type { PendingItem } from './domain/pending-work.ts';
import { formatIsoDate, formatPeriod } from './format.ts';

/** The page where the work is done: the action's monitoring form for the month, the indicator's analysis… */
export function pendingLink(item: PendingItem): string {
  switch (item.kind) {
    case 'record':
      return actionPath(item.subject, item.month);
    case 'analysis':
      return analysisPath(item.subject, item.month ?? '');
    case 'check':
      return `/indicador/${encodeURIComponent(item.subject)}`;
    case 'deliberation':
      return meetingPath(item.month ?? '');
    case 'corrective':
      return actionPath(item.subject);
    case 'agenda':
      return meetingPath(item.subject);
  }
}

/** The link's words: what to do, on what. */
export function pendingTitle(item: PendingItem): string {
  const month = item.month ? formatPeriod(item.month) : '';
  switch (item.kind) {
    case 'record':
      return `Registrar ${month} da ação ${item.subject}`;
    case 'analysis':
      return `Escrever a análise de ${month} do indicador ${item.subject} (${item.text ?? ''})`;
    case 'check':
      return `Conferir os dados de ${month} do indicador ${item.subject} (${item.text ?? ''})`;
    case 'deliberation':
      return `Deliberação da reunião de ${month}`;
    case 'corrective':
      return `Medida corretiva da ação ${item.subject}`;
    case 'agenda':
      return `Propor pauta para a reunião de ${month}`;
  }
}

/** The line under the link: the action's or deliberation's text, and by when. */
export function pendingDetail(item: PendingItem): string {
  const due = item.dueOn
    ? item.isOverdue
      ? `venceu em ${formatIsoDate(item.dueOn)}`
      : item.kind === 'deliberation' || item.kind === 'corrective'
        ? `prazo ${formatIsoDate(item.dueOn)}`
        : `até a reunião, ${formatIsoDate(item.dueOn)}`
    : null;
  const text = item.kind === 'analysis' || item.kind === 'check' ? null : item.text;
  return [text, due].filter(Boolean).join(' · ');
}
