/**
 * The reminder e-mail's words (plain text, Brazilian Portuguese): the same sentences and links as
 * the Pendências page (shared/pending-links.ts), grouped under the page's headings.
 */
import {
  isOwed,
  PENDING_KIND_LABELS,
  PENDING_KINDS,
  type PendingItem,
} from '../../../shared/domain/pending-work.ts';
import { daysUntil, type ReminderKind } from '../../../shared/domain/reminder-schedule.ts';
import { formatIsoDate } from '../../../shared/format.ts';
import { pendingDetail, pendingLink, pendingTitle } from '../../../shared/pending-links.ts';

export type ReminderEmailInput = {
  kind: ReminderKind;
  displayName: string;
  meetingOn: string;
  today: string;
  items: readonly PendingItem[];
  appUrl: string;
};

/** What each reminder speaks of: before the meeting, what is owed; after it, overdue deliberations. */
export function reminderItems(kind: ReminderKind, items: readonly PendingItem[]): PendingItem[] {
  return items.filter((item) =>
    kind === 'after' ? item.kind === 'deliberation' && item.isOverdue : isOwed(item.kind),
  );
}

/** The e-mail, or null when there is nothing to say (no empty e-mails). */
export function reminderEmail(input: ReminderEmailInput): { subject: string; text: string } | null {
  const items = reminderItems(input.kind, input.items);
  if (items.length === 0) return null;
  const date = formatIsoDate(input.meetingOn);
  const days = daysUntil(input.today, input.meetingOn);
  const subject =
    input.kind === 'after'
      ? `Deliberações vencidas após a reunião de condução de ${date}`
      : input.kind === 'eve'
        ? `Pendências para a reunião de condução de amanhã, ${date}`
        : `Pendências para a reunião de condução de ${date} (faltam ${days} dias)`;
  const opening =
    input.kind === 'after'
      ? `A reunião de condução de ${date} passou, e estas deliberações sob a sua responsabilidade estão com o prazo vencido:`
      : `A reunião de condução será ${input.kind === 'eve' ? 'amanhã' : `em ${days} dias`}, ${date}. Estas são as suas pendências até lá:`;
  const sections = PENDING_KINDS.flatMap((kind) => {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) return [];
    return [
      `${PENDING_KIND_LABELS[kind]} (${ofKind.length})`,
      ...ofKind.flatMap((item) => {
        const detail = pendingDetail(item);
        return [
          `- ${pendingTitle(item)}`,
          ...(detail ? [`  ${detail}`] : []),
          `  ${input.appUrl}${pendingLink(item)}`,
        ];
      }),
      '',
    ];
  });
  const text = [
    `Olá, ${input.displayName}.`,
    '',
    opening,
    '',
    ...sections,
    `Cada item sai da lista assim que é feito. Todas as suas pendências: ${input.appUrl}/pendencias`,
    '',
    `Para não receber mais estes lembretes, desmarque "Receber lembretes por e-mail" em Minha conta: ${input.appUrl}/conta`,
    '',
    'Painel do Plano Estratégico SAS · SES-MT',
    '',
  ].join('\n');
  return { subject, text };
}
