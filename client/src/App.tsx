import { type ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { Loading } from './components/ui/Loading.tsx';
import { OpenOnHome } from './features/auth/OpenOnHome.tsx';
import { CanonicalTerritoryAddress } from './features/territories/CanonicalTerritoryAddress.tsx';
import { AppLayout } from './layout/AppLayout.tsx';
import { MarkInteractive } from './layout/MarkInteractive.tsx';
import { PageLoadFailed } from './layout/PageLoadFailed.tsx';

/** Set while the app reloads itself once to fetch the files of a newly published version. */
const RELOADED_FOR_NEW_VERSION = 'painel:recarregado-para-versao-nova';

/**
 * Each page is its own chunk, loaded when first opened (React.lazy): the first page a person opens
 * does not wait for the code of the other twenty (recharts, the map, the forms). A chunk that does
 * not arrive — a tab opened before a new version replaced the files, or a dropped connection —
 * reloads the app once (it then asks for the new files), and says so in Portuguese if that fails too.
 */
function page<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): ComponentType {
  const Page = lazy(async (): Promise<{ default: ComponentType }> => {
    // On the server (the first page's render) the code is on disk: nothing to reload.
    if (typeof window === 'undefined') return { default: (await load())[name] };
    try {
      const module = await load();
      sessionStorage.removeItem(RELOADED_FOR_NEW_VERSION);
      return { default: module[name] };
    } catch {
      if (!sessionStorage.getItem(RELOADED_FOR_NEW_VERSION)) {
        sessionStorage.setItem(RELOADED_FOR_NEW_VERSION, '1');
        window.location.reload();
        return new Promise<never>(() => {});
      }
      sessionStorage.removeItem(RELOADED_FOR_NEW_VERSION);
      return { default: PageLoadFailed };
    }
  });
  // Marked in the page's own boundary: the page answers clicks once it is hydrated, not its header.
  return function PageAndMark() {
    return (
      <>
        <Page />
        <MarkInteractive />
      </>
    );
  };
}

const ActionPage = page(() => import('./pages/ActionPage.tsx'), 'ActionPage');
const ActionPlanPage = page(() => import('./pages/ActionPlanPage.tsx'), 'ActionPlanPage');
const ApiTokensPage = page(() => import('./pages/ApiTokensPage.tsx'), 'ApiTokensPage');
const AuditPage = page(() => import('./pages/AuditPage.tsx'), 'AuditPage');
const DataEntryPage = page(() => import('./pages/DataEntryPage.tsx'), 'DataEntryPage');
const DataQualityPage = page(() => import('./pages/DataQualityPage.tsx'), 'DataQualityPage');
const DeadlineReviewPage = page(() => import('./pages/DeadlineReviewPage.tsx'), 'DeadlineReviewPage');
const ImportPage = page(() => import('./pages/ImportPage.tsx'), 'ImportPage');
const IndicatorPage = page(() => import('./pages/IndicatorPage.tsx'), 'IndicatorPage');
const LoginPage = page(() => import('./pages/LoginPage.tsx'), 'LoginPage');
const MapPage = page(() => import('./pages/MapPage.tsx'), 'MapPage');
const MatrixPage = page(() => import('./pages/MatrixPage.tsx'), 'MatrixPage');
const MatrixPrintPage = page(() => import('./pages/MatrixPrintPage.tsx'), 'MatrixPrintPage');
const MeetingMinutesPage = page(() => import('./pages/MeetingMinutesPage.tsx'), 'MeetingMinutesPage');
const MeetingPage = page(() => import('./pages/MeetingPage.tsx'), 'MeetingPage');
const MeetingPresentationPage = page(
  () => import('./pages/MeetingPresentationPage.tsx'),
  'MeetingPresentationPage',
);
const MeetingsPage = page(() => import('./pages/MeetingsPage.tsx'), 'MeetingsPage');
const NotFoundPage = page(() => import('./pages/NotFoundPage.tsx'), 'NotFoundPage');
const PlanificationPage = page(() => import('./pages/PlanificationPage.tsx'), 'PlanificationPage');
const PlanStructurePage = page(() => import('./pages/PlanStructurePage.tsx'), 'PlanStructurePage');
const RegionalBriefPage = page(() => import('./pages/RegionalBriefPage.tsx'), 'RegionalBriefPage');
const ScorecardPage = page(() => import('./pages/ScorecardPage.tsx'), 'ScorecardPage');
const PendingWorkPage = page(() => import('./pages/PendingWorkPage.tsx'), 'PendingWorkPage');
const AccountPage = page(() => import('./pages/AccountPage.tsx'), 'AccountPage');
const PlanningReportIndexPage = page(
  () => import('./pages/PlanningReportPage.tsx'),
  'PlanningReportIndexPage',
);
const PlanningReportPage = page(() => import('./pages/PlanningReportPage.tsx'), 'PlanningReportPage');
const PlanningReportPrintPage = page(
  () => import('./pages/PlanningReportPage.tsx'),
  'PlanningReportPrintPage',
);
const ReportsPage = page(() => import('./pages/ReportsPage.tsx'), 'ReportsPage');
const ScorecardPrintPage = page(() => import('./pages/ScorecardPrintPage.tsx'), 'ScorecardPrintPage');
const SemesterReportIndexPage = page(
  () => import('./pages/SemesterReportPage.tsx'),
  'SemesterReportIndexPage',
);
const SemesterReportPage = page(() => import('./pages/SemesterReportPage.tsx'), 'SemesterReportPage');
const SemesterReportPrintPage = page(
  () => import('./pages/SemesterReportPrintPage.tsx'),
  'SemesterReportPrintPage',
);
const TerritoryPage = page(() => import('./pages/TerritoryPage.tsx'), 'TerritoryPage');
const UsersPage = page(() => import('./pages/UsersPage.tsx'), 'UsersPage');

export function App() {
  return (
    <Suspense fallback={<Loading what="a página" />}>
      <CanonicalTerritoryAddress />
      <Routes>
        <Route path="login" element={<LoginPage />} />
        {/* The ata prints on clean A4: no header, navigation or footer around it. */}
        <Route path="reunioes/:month/ata" element={<MeetingMinutesPage />} />
        {/* The projector: the whole screen for the slides. */}
        <Route path="reunioes/:month/apresentacao" element={<MeetingPresentationPage />} />
        <Route path="territorio/:code/resumo" element={<RegionalBriefPage />} />
        <Route path="relatorios/semestral/:semester/imprimir" element={<SemesterReportPrintPage />} />
        <Route path="relatorios/:kind/:period/imprimir" element={<PlanningReportPrintPage />} />
        <Route path="painel/imprimir" element={<ScorecardPrintPage />} />
        <Route path="matriz/imprimir" element={<MatrixPrintPage />} />
        <Route element={<AppLayout />}>
          <Route
            index
            element={
              <OpenOnHome>
                <ScorecardPage />
              </OpenOnHome>
            }
          />
          <Route path="indicador/:code" element={<IndicatorPage />} />
          <Route path="territorio/:code" element={<TerritoryPage />} />
          <Route path="matriz" element={<MatrixPage />} />
          <Route path="mapa" element={<MapPage />} />
          <Route path="planificacao" element={<PlanificationPage />} />
          <Route path="digitar" element={<DataEntryPage />} />
          <Route path="importar" element={<ImportPage />} />
          <Route path="qualidade" element={<DataQualityPage />} />
          <Route path="acoes" element={<ActionPlanPage />} />
          <Route path="acoes/:code" element={<ActionPage />} />
          <Route path="reunioes" element={<MeetingsPage />} />
          <Route path="reunioes/:month" element={<MeetingPage />} />
          <Route path="pendencias" element={<PendingWorkPage />} />
          <Route path="conta" element={<AccountPage />} />
          <Route path="relatorios" element={<ReportsPage />} />
          <Route path="relatorios/semestral" element={<SemesterReportIndexPage />} />
          <Route path="relatorios/:kind" element={<PlanningReportIndexPage />} />
          <Route path="relatorios/:kind/:period" element={<PlanningReportPage />} />
          <Route path="relatorios/semestral/:semester" element={<SemesterReportPage />} />
          <Route path="admin/plano" element={<PlanStructurePage />} />
          <Route path="admin/prazos" element={<DeadlineReviewPage />} />
          <Route path="admin/usuarios" element={<UsersPage />} />
          <Route path="admin/tokens" element={<ApiTokensPage />} />
          <Route path="admin/auditoria" element={<AuditPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
