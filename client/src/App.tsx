import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { ApiTokensPage } from './pages/ApiTokensPage.tsx';
import { AuditPage } from './pages/AuditPage.tsx';
import { DataEntryPage } from './pages/DataEntryPage.tsx';
import { ImportPage } from './pages/ImportPage.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ScorecardPage } from './pages/ScorecardPage.tsx';
import { TerritoryPage } from './pages/TerritoryPage.tsx';
import { UsersPage } from './pages/UsersPage.tsx';

export function App() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<ScorecardPage />} />
        <Route path="indicador/:code" element={<IndicatorPage />} />
        <Route path="territorio/:code" element={<TerritoryPage />} />
        <Route path="digitar" element={<DataEntryPage />} />
        <Route path="importar" element={<ImportPage />} />
        <Route path="admin/usuarios" element={<UsersPage />} />
        <Route path="admin/tokens" element={<ApiTokensPage />} />
        <Route path="admin/auditoria" element={<AuditPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
