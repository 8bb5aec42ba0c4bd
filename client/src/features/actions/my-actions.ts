/** "Minhas ações": which actions still owe the month's record, and what to say about the others. */
import type { ActionStatus } from '../../../../shared/domain/action-status.ts';
import { formatMonth } from './action-labels.ts';

type MyAction = {
  code: string;
  status: ActionStatus | null;
  startsOn: string | null;
  owesRecord: boolean;
};

/** The actions still owing the month's record first; the plan's order kept within each group. */
export function sortMyActions<T extends MyAction>(rows: readonly T[]): T[] {
  return [...rows.filter((row) => row.owesRecord), ...rows.filter((row) => !row.owesRecord)];
}

/** Why an action does or does not owe `month`'s record (the server decided; this names the reason). */
export function monthlyRecordState(row: MyAction, month: string): { owes: boolean; label: string } {
  const period = formatMonth(month);
  if (row.owesRecord) return { owes: true, label: `Sem registro em ${period}` };
  if (row.status === 'done') return { owes: false, label: 'Concluída: não precisa de registro' };
  if (row.status === 'cancelled') return { owes: false, label: 'Cancelada: não precisa de registro' };
  if (row.startsOn !== null && row.startsOn.slice(0, 7) > month)
    return { owes: false, label: `Começa em ${formatMonth(row.startsOn.slice(0, 7))}` };
  return { owes: false, label: `Registro de ${period} feito` };
}
