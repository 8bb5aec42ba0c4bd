import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorMessage } from '../components/ui/ErrorMessage.tsx';
import { ExampleDataBanner } from '../components/ui/ExampleDataBanner.tsx';
import { Loading } from '../components/ui/Loading.tsx';
import { MacroDetail } from '../features/planification/MacroDetail.tsx';
import { MacroTabs } from '../features/planification/MacroTabs.tsx';
import { MacroTimeline } from '../features/planification/MacroTimeline.tsx';
import { planificationPath, readMacroParam } from '../features/planification/planification-url.ts';
import { StateAdhesionCard } from '../features/planification/StateAdhesionCard.tsx';
import { hasExampleRecords, usePlanification } from '../features/planification/use-planification.ts';
import { PageError } from '../layout/PageError.tsx';
import { usePageTitle } from '../layout/use-page-title.ts';

/**
 * /planificacao: the planificação da atenção à saúde (objective 4) — the state's adhesions against the
 * plan's targets and the 2024–2027 schedule of the six macros; `?macro=5104` opens one macro.
 */
export function PlanificationPage() {
  const [searchParams] = useSearchParams();
  const macroCode = readMacroParam(searchParams);
  const view = usePlanification();
  const macro = view.data?.macros.find((candidate) => candidate.code === macroCode) ?? null;
  usePageTitle(macro ? `Planificação · ${macro.name}` : 'Planificação');

  // Another macro (or the overview) opens at its top, wherever the link was.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the macro in the URL changes.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [macroCode]);

  return (
    <>
      {macroCode && (
        <nav className="breadcrumb" aria-label="Trilha">
          <ol>
            <li>
              <Link to={planificationPath()}>Planificação</Link>
            </li>
            <li>
              <span aria-current="page">{macro?.name ?? `Macrorregião ${macroCode}`}</span>
            </li>
          </ol>
        </nav>
      )}
      <div className="page-heading">
        <p className="page-heading__eyebrow">Plano Estratégico SAS 2024–2027 · Objetivo 4</p>
        <h1>{macro ? `Planificação — ${macro.name}` : 'Planificação da atenção à saúde'}</h1>
        {!macroCode && (
          <p className="page-heading__lead">
            A planificação da atenção à saúde materno-infantil avança por macrorregião: municípios em adesão,
            profissionais qualificados e as etapas da fase 1, contra as metas do plano. Escolha uma
            macrorregião no cronograma para ver e registrar o seu andamento.
          </p>
        )}
      </div>
      {view.isError ? (
        <PageError error={view.error} what="a planificação" />
      ) : view.isPending ? (
        <Loading what="a planificação" />
      ) : (
        <>
          {hasExampleRecords(view.data) && (
            <ExampleDataBanner>
              Parte das adesões, formações e etapas desta página foram geradas para demonstração do painel e
              não são registros oficiais (aparecem como “Registro de exemplo”).
            </ExampleDataBanner>
          )}
          <MacroTabs macros={view.data.macros} current={macro ? macro.code : null} />
          {macroCode === null ? (
            <>
              <MacroTimeline view={view.data} />
              <StateAdhesionCard view={view.data} />
            </>
          ) : macro ? (
            <MacroDetail macro={macro} today={view.data.today} canRecord={view.data.canRecord} />
          ) : (
            <ErrorMessage
              title="Macrorregião não encontrada"
              message={`A macrorregião ${macroCode} não está no cronograma da planificação ou fica fora do seu território.`}
            >
              <p>
                <Link to={planificationPath()}>Ver todas as macrorregiões</Link>
              </p>
            </ErrorMessage>
          )}
        </>
      )}
    </>
  );
}
