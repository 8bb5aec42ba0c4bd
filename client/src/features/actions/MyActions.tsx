import { useId } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../../../shared/domain/permissions.ts';
import { Card } from '../../components/ui/Card.tsx';
import { MonthSelect } from '../../components/ui/MonthSelect.tsx';
import { Table } from '../../components/ui/Table.tsx';
import { TableHead } from '../../components/ui/TableHead.tsx';
import { countLabel } from '../data-entry/count-label.ts';
import { ActionFlags } from './ActionFlags.tsx';
import { ActionStatusBadge } from './ActionStatusBadge.tsx';
import { actionCountLabel, formatMonth } from './action-labels.ts';
import { actionPath, recordPath } from './action-search.ts';
import { monthlyRecordState, sortMyActions } from './my-actions.ts';
import type { MyActionRow } from './use-action-plan.ts';

type MyActionsProps = {
  month: string;
  currentMonth: string;
  onMonthChange: (month: string) => void;
  coordinationCodes: readonly string[];
  rows: readonly MyActionRow[];
  role: Role;
  names: ReadonlyMap<string, string>;
  isStale: boolean;
};

export function MonthPicker({
  month,
  currentMonth,
  onChange,
}: {
  month: string;
  currentMonth: string;
  onChange: (month: string) => void;
}) {
  const id = useId();
  return (
    <div className="action-filters__field">
      <label htmlFor={id}>Mês do registro</label>
      <MonthSelect id={id} value={month} last={currentMonth} onChange={onChange} />
    </div>
  );
}

/**
 * A column's name written in the cell, seen only when a narrow screen stacks the table's rows into cards
 * (screen readers already read the column heading).
 */
function StackedLabel({ text }: { text: string }) {
  return (
    <span className="my-actions__label" aria-hidden="true">
      {text}:{' '}
    </span>
  );
}

/** The user's actions for one month: those still missing the month's record first, marked in words. */
export function MyActions({
  month,
  currentMonth,
  onMonthChange,
  coordinationCodes,
  rows,
  role,
  names,
  isStale,
}: MyActionsProps) {
  if (role === 'regional' || coordinationCodes.length === 0) {
    return (
      <Card title="Minhas ações">
        <p className="note">
          Seu perfil não responde por ações do plano: o monitoramento mensal é registrado pelas coordenadorias
          responsáveis e pela Superintendência. Você pode acompanhar todas as ações nas visões Árvore, Lista e
          Quadro e abrir cada uma para ver o histórico de registros.
        </p>
      </Card>
    );
  }
  const sorted = sortMyActions(rows);
  const owed = rows.filter((row) => row.owesRecord).length;
  const period = formatMonth(month);
  const whose = coordinationCodes.map((code) => names.get(code) ?? code).join(', ');
  return (
    <Card
      title={`Ações de ${coordinationCodes.join(', ')}`}
      actions={<MonthPicker month={month} currentMonth={currentMonth} onChange={onMonthChange} />}
      className={isStale ? 'my-actions is-stale' : 'my-actions'}
    >
      <p className="my-actions__summary" aria-live="polite">
        {whose}: {actionCountLabel(rows.length)};{' '}
        {owed === 0 ? (
          <strong>todas com o registro de {period} em dia.</strong>
        ) : (
          <strong>
            {countLabel(owed, 'ainda sem registro', 'ainda sem registro')} em {period}.
          </strong>
        )}
      </p>
      {role !== 'coordination' && (
        <p className="note">
          Para o seu perfil, “minhas ações” são as da Superintendência (gabinete). Você também pode registrar
          o monitoramento de qualquer outra ação, na página da ação.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="note">Nenhuma ação do plano está sob a responsabilidade de {whose}.</p>
      ) : (
        <Table
          caption={`Ações de ${whose} e o registro de ${period}`}
          isCaptionHidden
          className="action-table my-actions__table"
        >
          <TableHead
            columns={[
              'Código',
              'Ação',
              'Situação',
              'Último registro',
              `Registro de ${period}`,
              { label: 'Registrar', isLabelHidden: true },
            ]}
          />
          <tbody>
            {sorted.map((row) => {
              const state = monthlyRecordState(row, month);
              return (
                <tr key={row.code} className={state.owes ? 'action-row action-row--owed' : 'action-row'}>
                  <th scope="row" className="action-row__code">
                    <Link to={actionPath(row.code)}>{row.code}</Link>
                  </th>
                  <td className="action-row__text">
                    <Link to={actionPath(row.code)} className="action-row__link">
                      {row.text}
                    </Link>
                  </td>
                  <td className="my-actions__status">
                    <StackedLabel text="Situação" />
                    <ActionStatusBadge status={row.status} />
                    <ActionFlags action={row} />
                  </td>
                  <td className="nowrap">
                    <StackedLabel text="Último registro" />
                    {row.lastRecord ? formatMonth(row.lastRecord.referenceMonth) : 'nenhum'}
                  </td>
                  <td>
                    {state.owes ? (
                      <span className="tag tag--owed">
                        <span aria-hidden="true">● </span>
                        {state.label}
                      </span>
                    ) : (
                      <span className="secondary-text">{state.label}</span>
                    )}
                  </td>
                  <td>
                    <Link
                      to={recordPath(row.code, month)}
                      className={
                        state.owes ? 'button button--small' : 'button button--secondary button--small'
                      }
                      aria-label={`Registrar ${period} da ação ${row.code}`}
                    >
                      Registrar
                    </Link>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
