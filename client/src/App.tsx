import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { ActionPage } from './pages/ActionPage.tsx';
import { ActionPlanPage } from './pages/ActionPlanPage.tsx';
import { ApiTokensPage } from './pages/ApiTokensPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { DataEntryPage } from './pages/DataEntryPage.tsx';
import { DataQualityPage } from './pages/DataQualityPage.tsx';
import { DeadlineReviewPage } from './pages/DeadlineReviewPage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MapPage } from './pages/MapPage.tsx';
import { MeetingMinutesPage } from './pages/MeetingMinutesPage.tsx';
import { MeetingPage } from './pages/MeetingPage.tsx';
import { MeetingsPage } from './pages/MeetingsPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PlanificationPage } from './pages/PlanificationPage.tsx';
import { PlanStructurePage } from './pages/PlanStructurePage.tsx';
import { RegionalBriefPage } from './pages/RegionalBriefPage.tsx';
import { ScorecardPage } from './pages/ScorecardPage.tsx';
import { SemesterReportIndexPage, SemesterReportPage } from './pages/SemesterReportPage.tsx';
import { SemesterReportPrintPage } from './pages/SemesterReportPrintPage.tsx';
import { TerritoryPage } from './pages/TerritoryPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';

export function App() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      {/* The ata prints on clean A4: no header, navigation or footer around it. */}
      <Route path="reunioes/:month/ata" element={<MeetingMinutesPage />} />
      <Route path="territorio/:code/resumo" element={<RegionalBriefPage />} />
      <Route path="relatorios/semestral/:semester/imprimir" element={<SemesterReportPrintPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<ScorecardPage />} />
        <Route path="indicador/:code" element={<IndicatorPage />} />
        <Route path="territorio/:code" element={<TerritoryPage />} />
        <Route path="mapa" element={<MapPage />} />
        <Route path="planificacao" element={<PlanificationPage />} />
        <Route path="digitar" element={<DataEntryPage />} />
        <Route path="importar" element={<ImportPage />} />
        <Route path="qualidade" element={<DataQualityPage />} />
        <Route path="acoes" element={<ActionPlanPage />} />
        <Route path="acoes/:code" element={<ActionPage />} />
        <Route path="reunioes" element={<MeetingsPage />} />
        <Route path="reunioes/:month" element={<MeetingPage />} />
        <Route path="relatorios/semestral" element={<SemesterReportIndexPage />} />
        <Route path="relatorios/semestral/:semester" element={<SemesterReportPage />} />
        <Route path="admin/plano" element={<PlanStructurePage />} />
        <Route path="admin/prazos" element={<DeadlineReviewPage />} />
        <Route path="admin/usuarios" element={<UsersPage />} />
        <Route path="admin/tokens" element={<ApiTokensPage />} />
        <Route path="admin/auditoria" element={<AuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
