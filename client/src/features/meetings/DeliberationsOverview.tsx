import { useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { Actor } from '../../../../shared/domain/permissions.ts';
import { formatPeriod } from '../../../../shared/format.ts';
import { Card } from '../../components/ui/Card.tsx';
import { Loading } from '../../components/ui/Loading.tsx';
import { PageError } from '../../layout/PageError.tsx';
import { useCoordinations } from '../actions/use-action-plan.ts';
import { countLabel } from '../data-entry/count-label.ts';
import { DeliberationTable } from './DeliberationTable.tsx';
import { groupByMeeting } from './deliberations.ts';
import { useDeliberations } from './use-meetings.ts';

/** `?deliberacoes=todas` shows the concluded and cancelled ones too; the default is only the open ones. */
export const ALL_DELIBERATIONS_PARAM = 'deliberacoes';

/** Every deliberation of every meeting, tracked until done: status, owner, deadline, follow-up. */
export function DeliberationsOverview({ actor }: { actor: Actor | null }) {
  const id = useId();
  const deliberations = useDeliberations();
  const coordinations = useCoordinations();
  const [searchParams, setSearchParams] = useSearchParams();
  const onlyOpen = searchParams.get(ALL_DELIBERATIONS_PARAM) !== 'todas';
  const [notice, setNotice] = useState('');

  function setOnlyOpen(value: boolean) {
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.delete(ALL_DELIBERATIONS_PARAM);
        else next.set(ALL_DELIBERATIONS_PARAM, 'todas');
        return next;
      },
      { replace: true },
    );
  }

  const all = deliberations.data ?? [];
  const open = all.filter((deliberation) => deliberation.isOpen);
  const overdue = open.filter((deliberation) => deliberation.overdue).length;
  const groups = groupByMeeting(all, onlyOpen);

  return (
    <div id="deliberacoes" className="pack-section">
      <Card
        title="Deliberações e encaminhamentos"
        actions={
          <label className="checkbox-field" htmlFor={`${id}-abertas`}>
            <input
              id={`${id}-abertas`}
              type="checkbox"
              checked={onlyOpen}
              onChange={(event) => setOnlyOpen(event.target.checked)}
            />
            Somente em aberto
          </label>
        }
      >
        <p className="pack-section__explanation">
          Decididas nas reuniões e acompanhadas até a conclusão. A coordenadoria responsável (ou a
          superintendência) registra o andamento em “Acompanhar”; o histórico fica guardado.
        </p>
        {deliberations.isError ? (
          <PageError error={deliberations.error} what="as deliberações" />
        ) : deliberations.isPending ? (
          <Loading what="as deliberações" />
        ) : (
          <>
            <p className="pack-section__summary" aria-live="polite">
              {countLabel(open.length, 'em aberto', 'em aberto')}
              {overdue > 0 && `, ${countLabel(overdue, 'atrasada', 'atrasadas')}`} ·{' '}
              {countLabel(all.length, 'deliberação', 'deliberações')} no total
            </p>
            <p className="form-success" role="status">
              {notice}
            </p>
            {groups.length === 0 ? (
              <p className="pack-section__empty">
                {onlyOpen ? 'Nenhuma deliberação em aberto.' : 'Nenhuma deliberação registrada ainda.'}
              </p>
            ) : (
              groups.map((group) => (
                <section
                  key={group.month}
                  className="deliberation-group"
                  aria-label={`Reunião de ${formatPeriod(group.month)}`}
                >
                  <h3 className="deliberation-group__title">Reunião de {formatPeriod(group.month)}</h3>
                  <DeliberationTable
                    caption={`Deliberações da reunião de ${formatPeriod(group.month)}`}
                    deliberations={group.items}
                    coordinations={coordinations.data ?? []}
                    actor={actor}
                    allowFollowUp
                    onNotice={setNotice}
                  />
                </section>
              ))
            )}
          </>
        )}
      </Card>
    </div>
  );
}
