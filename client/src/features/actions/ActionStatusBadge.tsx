import type { ActionStatus } from '../../../../shared/domain/action-status.ts';
import { type StatusKey, statusLabel } from './action-labels.ts';

/** The shape repeats what the colour says, so a status never depends on colour alone. */
const STATUS_ICONS: Record<StatusKey, string> = {
  none: '–',
  not_started: '○',
  in_progress: '◐',
  suspended: '‖',
  done: '✓',
  cancelled: '✕',
};

export function ActionStatusBadge({
  status,
  count,
}: {
  status: ActionStatus | StatusKey | null;
  count?: number;
}) {
  const key: StatusKey = status ?? 'none';
  return (
    <span className={`action-status action-status--${key}`} data-status={key}>
      <span className="action-status__icon" aria-hidden="true">
        {STATUS_ICONS[key]}
      </span>
      {count !== undefined && <span className="action-status__count">{count}</span>}
      {statusLabel(key)}
    </span>
  );
}
