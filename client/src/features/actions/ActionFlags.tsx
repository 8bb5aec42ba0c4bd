import { Tag } from '../../components/ui/Tag.tsx';
import { splitTags } from './action-labels.ts';
import { isExampleStatus } from './example-status.ts';

/** "Exemplo": a monitoring record generated for the demonstration of the panel, not official. */
export function ExampleRecordTag() {
  return <Tag title="Registro gerado para demonstração do painel; não é oficial.">Exemplo</Tag>;
}

/**
 * "Atrasada" / "Vence em 30 dias" / "Retirada do plano": words, not only a colour; "Exemplo" when the
 * status comes from an example record.
 */
export function ActionFlags({
  action,
}: {
  action: {
    overdue: boolean;
    dueSoon: boolean;
    retiredAt?: string | null;
    lastRecord?: { isExample: boolean } | null;
  };
}) {
  const isExample = isExampleStatus(action);
  if (!action.overdue && !action.dueSoon && !action.retiredAt && !isExample) return null;
  return (
    <span className="action-flags">
      {action.overdue && (
        <span className="tag tag--overdue">
          <span aria-hidden="true">⚠ </span>Atrasada
        </span>
      )}
      {action.dueSoon && (
        <Tag tone="warning" title="O prazo termina nos próximos 30 dias">
          Vence em 30 dias
        </Tag>
      )}
      {action.retiredAt && <Tag>Retirada do plano</Tag>}
      {isExample && <ExampleRecordTag />}
    </span>
  );
}

/**
 * The action's coordenadorias as short tags, the full name on hover and for screen readers. With
 * `max`, a long list (an action of every coordenadoria) ends in one "+N" tag.
 */
export function CoordinationTags({
  codes,
  names,
  max,
}: {
  codes: readonly string[];
  names: ReadonlyMap<string, string>;
  max?: number;
}) {
  if (codes.length === 0) return null;
  const { shown, hidden } = max === undefined ? { shown: codes, hidden: [] } : splitTags(codes, max);
  return (
    <ul className="coordination-tags" aria-label="Coordenadorias responsáveis">
      {shown.map((code) => {
        const name = names.get(code);
        return (
          <li key={code}>
            <Tag tone="info" title={name}>
              {code}
            </Tag>
            {name && <span className="visually-hidden"> — {name}</span>}
          </li>
        );
      })}
      {hidden.length > 0 && (
        <li>
          <Tag title={hidden.join(', ')}>
            +{hidden.length}
            <span className="visually-hidden"> coordenadorias: {hidden.join(', ')}</span>
          </Tag>
        </li>
      )}
    </ul>
  );
}
