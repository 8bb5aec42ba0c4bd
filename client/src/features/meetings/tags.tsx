import {
  ACTION_STATUS_LABELS,
  type ActionStatus,
  NO_STATUS_LABEL,
} from '../../../../shared/domain/action-status.ts';
import { Tag, type TagTone } from '../../components/ui/Tag.tsx';

const TONES: Record<ActionStatus, TagTone> = {
  not_started: 'neutral',
  in_progress: 'info',
  done: 'info',
  cancelled: 'neutral',
  suspended: 'warning',
};

/** The status of an action or a deliberation, in words ("Em andamento"). */
export function ActionStatusTag({ status }: { status: ActionStatus | null }) {
  if (status === null) return <Tag>{NO_STATUS_LABEL}</Tag>;
  return <Tag tone={TONES[status]}>{ACTION_STATUS_LABELS[status]}</Tag>;
}

export function OverdueTag() {
  return (
    <Tag tone="warning" title="O prazo passou e não está concluída.">
      atrasada
    </Tag>
  );
}

export function ExampleTag() {
  return <Tag title="Gerado para demonstração do painel; não é dado oficial.">exemplo</Tag>;
}
