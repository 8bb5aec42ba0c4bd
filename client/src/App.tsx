import { Route, Routes } from 'react-router';
import { AppLayout } from './layout/AppLayout.tsx';
import { IndicatorPage } from './pages/IndicatorPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { ScorecardPage } from './pages/ScorecardPage.tsx';
import { TerritoryPage } from './pages/TerritoryPage.tsx';

export function App() {
  return (
    <Routes>
      <Route path="login" element={<LoginPage />} />
      <Route element={<AppLayout />}>
        <Route index element={<ScorecardPage />} />
        <Route path="indicador/:code" element={<IndicatorPage />} />
        <Route path="territorio/:code" element={<TerritoryPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
