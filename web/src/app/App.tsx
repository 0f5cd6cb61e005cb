import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes } from 'react-router';
import { useViewer } from '../features/identity/useViewer';
import { WelcomePage } from '../features/welcome/WelcomePage';
import { Loading } from '../ui/Loading';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';

// Facilitator screens are loaded on demand: participants on a phone only download
// the welcome page and what a live session needs.
const LoginPage = lazy(() => import('../features/identity/LoginPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));

/** `/`: the facilitator's dashboard, or the participant welcome for everyone else. */
function Home() {
  const { t } = useTranslation();
  const { loading, isFacilitator } = useViewer();
  if (loading) return <Loading label={t('app.loading')} />;
  return isFacilitator ? <DashboardPage /> : <WelcomePage />;
}

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Home />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
