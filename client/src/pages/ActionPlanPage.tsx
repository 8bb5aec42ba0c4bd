import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { monthOf, todayInMt } from '../../../shared/domain/dates.ts';
import type { Role } from '../../../shared/domain/permissions.ts';
import { Card } from '../components/ui/Card.tsx';
import { DownloadLink, DownloadXlsxLink } from '../components/ui/DownloadXlsxLink.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { ActionBoard } from '../features/actions/ActionBoard.tsx';
import { ActionFilters } from '../features/actions/ActionFilters.tsx';
import { ActionTable } from '../features/actions/ActionTable.tsx';
import { ActionTimeline } from '../features/actions/ActionTimeline.tsx';
import { ActionTree } from '../features/actions/ActionTree.tsx';
import { ActionViewTabs } from '../features/actions/ActionViewTabs.tsx';
import { actionCountLabel, operationalCountLabel } from '../features/actions/action-labels.ts';
import {
  ACTION_VIEW_LABELS,
  type ActionFilterValues,
  actionsExportPath,
  boardFilter,
  MONTH_PARAM,
  readActionFilter,
  readActionView,
  readMonthParam,
  VIEW_PARAM,
  withActionFilter,
} from '../features/actions/action-search.ts';
import { ExampleStatusNotice } from '../features/actions/ExampleStatusNotice.tsx';
import { treeActions } from '../features/actions/example-status.ts';
import { MyActions } from '../features/actions/MyActions.tsx';
import {
  useActionList,
  useActionTree,
  useCoordinationNames,
  useCoordinations,
  useMyActions,
} from '../features/actions/use-action-plan.ts';
import { useCurrentUser } from '../features/auth/use-current-user.ts';
import { useUpcomingMeeting } from '../features/meetings/use-meetings.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

/** The filters in the URL, and a setter that keeps the other parameters (view, month). */
function useActionFilterParams() {
  const [searchParams, setSearchParams] = useSearchParams();
  const filter = useMemo(() => readActionFilter(searchParams), [searchParams]);
  const setFilter = useCallback(
    (values: ActionFilterValues, isTyping = false) =>
      setSearchParams((current) => withActionFilter(current, values), { replace: isTyping }),
    [setSearchParams],
  );
  return { filter, setFilter };
}

/**
 * The filters of the list, the quadro and the cronograma (the same URL parameters), with the plan's
 * coordenadorias and objectives to choose from (the objectives from the tree, shared in the cache),
 * and how many actions they select when `count` is given.
 */
function PlanActionFilters({
  filter,
  setFilter,
  count,
  isBoard = false,
}: ReturnType<typeof useActionFilterParams> & { count?: string; isBoard?: boolean }) {
  const coordinations = useCoordinations();
  const tree = useActionTree();
  const objectives = useMemo(
    () => (tree.data?.objectives ?? []).map((objective) => ({ code: objective.code, name: objective.name })),
    [tree.data],
  );
  return (
    <>
      <ActionFilters
        values={filter}
        onChange={setFilter}
        coordinations={coordinations.data ?? []}
        objectives={objectives}
        isBoard={isBoard}
      />
      {count !== undefined && (
        <p className="action-count" aria-live="polite">
          {count}
        </p>
      )}
    </>
  );
}

function TreeView() {
  const tree = useActionTree();
  const names = useCoordinationNames();
  if (tree.isError) return <PageError error={tree.error} what="a árvore do plano" />;
  if (tree.isPending) return <Loading what="a árvore do plano" />;
  return (
    <>
      <ExampleStatusNotice actions={treeActions(tree.data)} />
      <ActionTree tree={tree.data} names={names} />
    </>
  );
}

function ListView() {
  const { filter, setFilter } = useActionFilterParams();
  const names = useCoordinationNames();
  const list = useActionList(filter);
  const count = list.data ? actionCountLabel(list.data.rows.length) : '';
  return (
    <>
      {list.data && <ExampleStatusNotice actions={list.data.rows} />}
      <Card
        title="Ações operacionais"
        actions={
          <>
            <DownloadXlsxLink href={actionsExportPath(filter, 'xlsx')} />
            <DownloadLink href={actionsExportPath(filter, 'csv')} label="Baixar CSV" />
          </>
        }
      >
        <PlanActionFilters filter={filter} setFilter={setFilter} count={count} />
        {list.isError ? (
          <PageError error={list.error} what="a lista de ações" />
        ) : !list.data ? (
          <Loading what="a lista de ações" />
        ) : list.data.rows.length === 0 ? (
          <p className="note">Nenhuma ação atende a esses filtros.</p>
        ) : (
          <div className={list.isPlaceholderData ? 'is-stale' : undefined}>
            <ActionTable rows={list.data.rows} caption={`Ações do plano (${count})`} names={names} />
          </div>
        )}
      </Card>
    </>
  );
}

function BoardView() {
  const { filter, setFilter } = useActionFilterParams();
  const names = useCoordinationNames();
  const list = useActionList(boardFilter(filter));
  return (
    <>
      <Card>
        <PlanActionFilters filter={filter} setFilter={setFilter} isBoard />
        <p className="note">
          Cada coluna é a situação atual da ação (a do último registro mensal, ou a do plano). Para mudar a
          situação, abra a ação e registre o monitoramento do mês.
        </p>
      </Card>
      {list.isError ? (
        <PageError error={list.error} what="o quadro de ações" />
      ) : !list.data ? (
        <Loading what="o quadro de ações" />
      ) : (
        <>
          <ExampleStatusNotice actions={list.data.rows} />
          <div className={list.isPlaceholderData ? 'is-stale' : undefined}>
            <ActionBoard rows={list.data.rows} names={names} />
          </div>
        </>
      )}
    </>
  );
}

/**
 * The filtered actions on 2024–2027, with the list's filters (the same URL parameters) and the
 * server's "hoje" (Mato Grosso), the day atrasada was judged on. Printed on landscape A4.
 */
function TimelineView() {
  const { filter, setFilter } = useActionFilterParams();
  const list = useActionList(filter);
  const count = list.data ? actionCountLabel(list.data.rows.length) : '';
  return (
    <>
      <Card title="Cronograma das ações, 2024–2027" className="action-timeline-filters">
        <PlanActionFilters filter={filter} setFilter={setFilter} count={count} />
        <p className="note">
          Cada barra vai do início ao término da ação (datas lidas do prazo do plano ou definidas pelo
          administrador); uma ação com uma só data (“até”, “a partir de”) é um losango. A cor é a situação
          atual; ⚠ marca as atrasadas. Cada barra abre a ação.
        </p>
      </Card>
      {list.isError ? (
        <PageError error={list.error} what="o cronograma" />
      ) : !list.data ? (
        <Loading what="o cronograma" />
      ) : list.data.rows.length === 0 ? (
        <p className="note">Nenhuma ação atende a esses filtros.</p>
      ) : (
        <div className={list.isPlaceholderData ? 'is-stale' : undefined}>
          <ExampleStatusNotice actions={list.data.rows} />
          <ActionTimeline rows={list.data.rows} today={list.data.today} />
        </div>
      )}
    </>
  );
}

function MineView({ role }: { role: Role }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const currentMonth = monthOf(todayInMt(new Date()));
  // Without ?mes=, the month the next meeting reviews (asked first; the current month if it fails).
  const upcoming = useUpcomingMeeting();
  const month = readMonthParam(
    searchParams.get(MONTH_PARAM),
    currentMonth,
    upcoming.data?.reviewedMonth ?? currentMonth,
  );
  const mine = useMyActions(month, !upcoming.isPending);
  const names = useCoordinationNames();
  const changeMonth = (next: string) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      params.set(MONTH_PARAM, next);
      return params;
    });
  if (mine.isError) return <PageError error={mine.error} what="as suas ações" />;
  if (!mine.data) return <Loading what="as suas ações" />;
  return (
    <>
      <ExampleStatusNotice actions={mine.data.rows} />
      <MyActions
        month={mine.data.month}
        currentMonth={currentMonth}
        onMonthChange={changeMonth}
        coordinationCodes={mine.data.coordinationCodes}
        rows={mine.data.rows}
        role={role}
        names={names}
        isStale={mine.isPlaceholderData}
      />
    </>
  );
}

export function ActionPlanPage() {
  const [searchParams] = useSearchParams();
  const user = useCurrentUser();
  // The live total: an action the admin retires leaves it (every view shares the tree in the cache).
  const total = useActionTree().data?.total.total;
  const hasView = searchParams.has(VIEW_PARAM);
  const view = user.data || hasView ? readActionView(searchParams, user.data?.role ?? null) : null;
  usePageTitle(view ? `Plano de ação · ${ACTION_VIEW_LABELS[view]}` : 'Plano de ação');

  return (
    // The cronograma is wide: the whole page prints on landscape A4 (print.css's named page).
    <div className={view === 'cronograma' ? 'print-landscape' : undefined}>
      <div className="page-heading">
        <p className="page-heading__eyebrow">Plano Estratégico SAS 2024–2027 · PDCA</p>
        <h1>Plano de ação</h1>
        <p className="page-heading__lead">
          Os objetivos, as ações estratégicas e as {operationalCountLabel(total)} do plano, com a situação de
          cada uma segundo o último registro de monitoramento mensal. Uma ação fica <strong>atrasada</strong>{' '}
          quando o prazo de término passou e ela não foi concluída, cancelada nem suspensa.
        </p>
      </div>
      {user.isError ? (
        <PageError error={user.error} what="o seu perfil" />
      ) : view === null ? (
        <Loading what="o plano de ação" />
      ) : (
        <>
          <ActionViewTabs view={view} />
          {view === 'arvore' && <TreeView />}
          {view === 'lista' && <ListView />}
          {view === 'quadro' && <BoardView />}
          {view === 'cronograma' && <TimelineView />}
          {view === 'minhas' &&
            (user.data ? <MineView role={user.data.role} /> : <Loading what="o seu perfil" />)}
        </>
      )}
    </div>
  );
}
