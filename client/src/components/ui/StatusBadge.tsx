import { STATUS_LABELS, type Status } from '../../../../shared/domain/status.ts';

/** The shape repeats what the colour says, so status never depends on colour alone. */
export const STATUS_ICONS: Record<Status, string> = {
  achieved: '✓',
  at_risk: '!',
  not_achieved: '✕',
  no_data: '–',
  no_target: '○',
  small_number: '≈',
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status-badge status-badge--${status}`} data-status={status}>
      <span className="status-badge__icon" aria-hidden="true">
        {STATUS_ICONS[status]}
      </span>
      {STATUS_LABELS[status]}
    </span>
  );
}
